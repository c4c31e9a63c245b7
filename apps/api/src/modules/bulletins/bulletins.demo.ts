import { inArray, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import type { DemoContext } from '../../demo/demo.context';
import { sanitizeRichText } from '../../lib/rich-text';
import { notify } from '../notifications/notify';
import { users } from '../users/users.table';
import * as repo from './bulletins.repository';
import { publicationNotice } from './bulletins.service';
import { bulletinRecipients, bulletins } from './bulletins.table';

/**
 * The demo province's bulletins: an urgent scam alert every unit head must
 * acknowledge (some have, some not), two more scam alerts, a monthly
 * bulletin on the public news page, and a draft. Published the way the app
 * publishes: recipients materialised from the audience, notices sent.
 */

interface DemoBulletin {
  kind: 'bulletin' | 'scam_alert';
  severity: 'info' | 'warning' | 'urgent';
  title: string;
  summary: string;
  bodyHtml: string;
  roles: string[];
  isPublic: boolean;
  /** Vietnam time, ISO with offset; absent = left as a draft. */
  publishedAt?: string;
  ackDeadline?: string;
  /** Usernames who read / acknowledged (acknowledging implies reading). */
  read?: string[];
  acknowledged?: string[];
}

const DEMO: DemoBulletin[] = [
  {
    kind: 'scam_alert',
    severity: 'urgent',
    title: 'Cảnh báo khẩn: giả danh “cán bộ Sở” gọi điện cho phụ huynh về học bổng',
    summary:
      'Nhiều phụ huynh trong tỉnh nhận cuộc gọi tự xưng cán bộ Sở GD&ĐT báo con được học bổng và yêu cầu chuyển “phí hồ sơ”. Đề nghị thủ trưởng các đơn vị phổ biến ngay tới giáo viên và phụ huynh.',
    bodyHtml: `
<p>Từ ngày 17/11/2026, Sở GD&amp;ĐT nhận được phản ánh từ nhiều trường về việc phụ huynh học sinh nhận cuộc gọi từ người <strong>tự xưng là cán bộ Sở</strong>. Người gọi đọc đúng họ tên, lớp, trường của học sinh, thông báo em được nhận “học bổng khuyến học của tỉnh” trị giá 5–10 triệu đồng, rồi yêu cầu phụ huynh chuyển từ 1,5 đến 3 triệu đồng “phí làm hồ sơ” hoặc “phí xác minh tài khoản” vào một số tài khoản cá nhân.</p>
<h2>Sở GD&amp;ĐT khẳng định</h2>
<ul>
<li>Sở <strong>không gọi điện trực tiếp</strong> cho phụ huynh để thông báo học bổng.</li>
<li>Mọi chương trình học bổng được thông báo qua nhà trường, bằng văn bản; <strong>không thu bất kỳ khoản phí hồ sơ nào</strong> qua chuyển khoản cá nhân.</li>
</ul>
<h2>Đề nghị các đơn vị</h2>
<ol>
<li>Phổ biến ngay cảnh báo này tới toàn thể giáo viên, nhân viên; giáo viên chủ nhiệm đăng cảnh báo và ghim trong nhóm phụ huynh của lớp.</li>
<li>Rà soát việc chia sẻ danh sách học sinh kèm số điện thoại phụ huynh; không gửi các danh sách này qua nhóm Zalo đông người.</li>
<li>Khi có phụ huynh bị lừa, hướng dẫn gia đình báo ngay ngân hàng và cơ quan công an nơi cư trú; báo cáo về Sở qua cán bộ phụ trách an toàn thông tin.</li>
</ol>
<p>Thủ trưởng đơn vị xác nhận “Tôi đã đọc và sẽ phổ biến” trên EduShield trước hạn.</p>`,
    roles: ['school_principal', 'commune_officer'],
    isPublic: true,
    publishedAt: '2026-11-20T08:30:00+07:00',
    ackDeadline: '2026-11-27T17:00:00+07:00',
    read: ['ht.thcs.thaibinh'],
    acknowledged: ['ht.th.thaibinh', 'xa.thaibinh'],
  },
  {
    kind: 'scam_alert',
    severity: 'warning',
    title: 'Mã QR thu học phí giả được dán đè lên thông báo của nhà trường',
    summary:
      'Kẻ gian dán mã QR chuyển khoản giả lên bảng thông báo và gửi vào nhóm phụ huynh. Phụ huynh chỉ nộp học phí theo hướng dẫn chính thức, tên tài khoản nhận là tên nhà trường.',
    bodyHtml: `
<p>Một số trường ghi nhận mã QR lạ được <strong>dán đè lên thông báo nộp học phí</strong> ở cổng trường, hoặc gửi vào nhóm Zalo phụ huynh từ tài khoản mạo danh giáo viên. Khi quét, tiền được chuyển vào tài khoản cá nhân không liên quan đến nhà trường.</p>
<h2>Cách nhận biết</h2>
<ul>
<li>Trước khi xác nhận chuyển khoản, kiểm tra <strong>tên người nhận</strong> hiện trên ứng dụng ngân hàng: phải là tên nhà trường hoặc đơn vị thu được nhà trường công bố.</li>
<li>Mã QR dán chồng, in trên giấy khác màu, hoặc gửi kèm lời nhắn “giảm học phí nếu nộp trong hôm nay” là dấu hiệu lừa đảo.</li>
</ul>
<h2>Đề nghị</h2>
<p>Nhà trường kiểm tra bảng thông báo hằng ngày, thông báo trong nhóm phụ huynh về kênh thu chính thức, và nhắc lại rằng giáo viên không thu tiền qua tài khoản cá nhân.</p>`,
    roles: [],
    isPublic: true,
    publishedAt: '2026-11-12T10:00:00+07:00',
    read: ['ht.th.thaibinh', 'gv.th.thaibinh', 'vt.th.thaibinh'],
  },
  {
    kind: 'scam_alert',
    severity: 'warning',
    title: 'Cuộc gọi video “deepfake” mạo danh giáo viên chủ nhiệm để vay tiền phụ huynh',
    summary:
      'Xuất hiện cuộc gọi video vài giây có hình ảnh giống giáo viên, sau đó nhắn tin nhờ phụ huynh chuyển tiền gấp. Giáo viên cần cảnh báo phụ huynh lớp mình và xác nhận đã phổ biến.',
    bodyHtml: `
<p>Kẻ gian dùng ảnh, video giáo viên đăng công khai trên mạng xã hội để tạo <strong>cuộc gọi video giả</strong> bằng trí tuệ nhân tạo. Cuộc gọi chỉ kéo dài vài giây, hình ảnh chập chờn, rồi chuyển sang nhắn tin: “Cô đang cần gấp, anh chị chuyển giúp cô 5 triệu, tối cô gửi lại”.</p>
<h2>Giáo viên cần làm</h2>
<ol>
<li>Nhắn trong nhóm phụ huynh: <em>giáo viên không bao giờ vay tiền hay nhờ phụ huynh chuyển tiền qua tin nhắn</em>; khi nghi ngờ, gọi lại số điện thoại đã lưu.</li>
<li>Cân nhắc để chế độ riêng tư cho video, ghi âm giọng nói của mình trên mạng xã hội.</li>
<li>Nếu phát hiện tài khoản giả mạo mình, báo ngay trong nhóm lớp và báo nhà trường.</li>
</ol>
<p>Xem thêm bài học “Giọng nói và video giả mạo bằng trí tuệ nhân tạo” trong khóa “Nhận diện lừa đảo trực tuyến”.</p>`,
    roles: ['teacher'],
    isPublic: true,
    publishedAt: '2026-11-16T14:00:00+07:00',
    ackDeadline: '2026-11-30T17:00:00+07:00',
    read: ['gv2.th.thaibinh', 'gv1.thcs.thaibinh'],
    acknowledged: [
      'gv.th.thaibinh',
      'gv3.th.thaibinh',
      'gv.thcs.thaibinh',
      'gv.th.trungmon',
      'gv2.thcs.thaibinh',
    ],
  },
  {
    kind: 'bulletin',
    severity: 'info',
    title: 'Bản tin an toàn thông tin tháng 11/2026',
    summary:
      'Tóm tắt các thủ đoạn lừa đảo nổi bật trong tháng, kết quả diễn tập thư lừa đảo tại một số trường và các khóa học mới trên EduShield.',
    bodyHtml: `
<h2>Thủ đoạn nổi bật trong tháng</h2>
<ul>
<li>Giả danh cán bộ Sở gọi phụ huynh về “học bổng” để thu phí hồ sơ.</li>
<li>Mã QR thu học phí giả dán tại cổng trường.</li>
<li>Thư điện tử giả danh phòng tổ chức cán bộ yêu cầu “cập nhật thông tin lương” qua đường link lạ.</li>
</ul>
<h2>Diễn tập thư lừa đảo</h2>
<p>Sở đã tổ chức diễn tập cho cán bộ, giáo viên một số trường. Những người lỡ bấm vào đường link được hướng dẫn ngay và ghi danh bài học bổ trợ; nhiều thầy cô đã dùng nút báo cáo thư lừa đảo — đây là phản xạ đáng khen.</p>
<h2>Khóa học mới</h2>
<p>Khóa “Nhận diện lừa đảo trực tuyến” có phiên bản riêng cho lãnh đạo, cán bộ giáo viên và học sinh từng cấp học. Đề nghị các đơn vị giao khóa học và theo dõi tiến độ trên EduShield.</p>
<p>Phản ánh trang web, tài khoản lừa đảo: <a href="https://canhbao.khonggianmang.gov.vn">canhbao.khonggianmang.gov.vn</a>.</p>`,
    roles: [],
    isPublic: true,
    publishedAt: '2026-11-21T16:00:00+07:00',
  },
  {
    kind: 'bulletin',
    severity: 'info',
    title: 'Hướng dẫn bật xác thực hai lớp cho hộp thư công vụ',
    summary: 'Các bước bật xác thực hai lớp bằng ứng dụng trên điện thoại; cất giữ mã khôi phục.',
    bodyHtml: `
<ol>
<li>Cài một ứng dụng xác thực từ kho ứng dụng chính thức.</li>
<li>Đăng nhập hộp thư công vụ, vào phần bảo mật tài khoản, chọn bật xác thực hai lớp và quét mã hiển thị.</li>
<li>In hoặc ghi lại mã khôi phục, cất ở nơi an toàn.</li>
</ol>`,
    roles: [],
    isPublic: false,
  },
];

async function idsOf(tx: DbOrTx, usernames: readonly string[]) {
  if (usernames.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.username, [...usernames]));
  return rows.map((r) => r.id);
}

export async function seedDemoBulletins(ctx: DemoContext): Promise<void> {
  const [root] = await query<{ path: string }>(
    ctx.db,
    sql`select path from org_units where id = ${ctx.rootId}`,
  );
  if (!root) return;
  for (const demo of DEMO) {
    await ctx.db.transaction(async (tx) => {
      const row = await repo.insertBulletin(tx, {
        unitId: ctx.rootId,
        kind: demo.kind,
        severity: demo.severity,
        title: demo.title,
        summary: demo.summary,
        bodyHtml: sanitizeRichText(demo.bodyHtml),
        audienceUnitIds: [ctx.rootId],
        audienceRoles: demo.roles,
        isPublic: demo.isPublic,
        requiresAck: Boolean(demo.ackDeadline),
        ackDeadline: demo.ackDeadline ? new Date(demo.ackDeadline) : null,
        createdBy: ctx.adminId,
        createdAt: new Date(demo.publishedAt ?? Date.now()),
      });
      if (!demo.publishedAt) return;
      const publishedAt = new Date(demo.publishedAt);
      const count = await repo.insertRecipients(tx, row.id, [root.path], demo.roles);
      await repo.updateBulletin(tx, row.id, { status: 'published', publishedAt, recipientCount: count });
      const notice = publicationNotice(row);
      await notify(tx, {
        userIds: await repo.recipientIds(tx, row.id),
        kind: demo.kind === 'scam_alert' ? 'bulletins.scam_alert' : 'bulletins.bulletin',
        title: notice.title,
        body: notice.body,
        link: `/bulletins/inbox/${row.id}`,
        related: { type: 'bulletin', id: row.id },
        unitId: ctx.rootId,
        channels: ['in_app'],
        dedupeKey: `bulletins.published:${row.id}`,
      });
      const readAt = new Date(publishedAt.getTime() + 3 * 3_600_000);
      for (const id of await idsOf(tx, demo.read ?? [])) {
        await tx
          .update(bulletinRecipients)
          .set({ readAt })
          .where(sql`${bulletinRecipients.bulletinId} = ${row.id} and ${bulletinRecipients.userId} = ${id}`);
      }
      const ackAt = new Date(publishedAt.getTime() + 26 * 3_600_000);
      for (const id of await idsOf(tx, demo.acknowledged ?? [])) {
        await tx
          .update(bulletinRecipients)
          .set({ readAt: ackAt, acknowledgedAt: ackAt })
          .where(sql`${bulletinRecipients.bulletinId} = ${row.id} and ${bulletinRecipients.userId} = ${id}`);
      }
    });
  }
  // Keep the demo's updated_at in line with the publication dates.
  await ctx.db.execute(sql`update ${bulletins} set updated_at = coalesce(published_at, created_at)`);
}
