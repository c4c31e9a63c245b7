/**
 * Drill email templates, written for staff of Vietnamese schools. Each one
 * imitates a lure seen in the sector and carries the tell-tale signs the
 * explanation page (web: features/drills/landing.ts) then points out.
 * Placeholders: {{name}}, {{unit}}, {{link}} (both bodies), {{pixel}} (HTML
 * only: the open-tracking image). Values are HTML-escaped in the HTML body.
 */
export interface DrillTemplate {
  code: string;
  /** What the officer sees in the list. */
  titleVi: string;
  titleEn: string;
  senderName: string;
  subject: string;
  text: string;
  html: string;
}

export const DRILL_TEMPLATES: readonly DrillTemplate[] = [
  {
    code: 'so-gddt-ky-van-ban',
    titleVi: 'Sở GD&ĐT giả mạo: yêu cầu ký số văn bản gấp',
    titleEn: 'Fake Department of Education: urgent document signing',
    senderName: 'Văn phòng Sở GD&ĐT',
    subject: '[KHẨN] Văn bản số 1582/SGDĐT-VP cần ký số trước 17h hôm nay',
    text: `Kính gửi {{name}} ({{unit}}),

Văn phòng Sở GD&ĐT gửi đồng chí văn bản số 1582/SGDĐT-VP về việc rà soát, cập nhật danh sách cán bộ, giáo viên hưởng phụ cấp năm 2026.
Đồng chí vui lòng đăng nhập hệ thống ký số để xem và ký xác nhận TRƯỚC 17h00 HÔM NAY. Quá hạn, đơn vị sẽ không được tổng hợp.

Xem và ký văn bản: {{link}}

Trân trọng,
Văn phòng Sở Giáo dục và Đào tạo
(Thư gửi tự động, vui lòng không trả lời)`,
    html: `<p>Kính gửi <b>{{name}}</b> ({{unit}}),</p>
<p>Văn phòng Sở GD&amp;ĐT gửi đồng chí văn bản số <b>1582/SGDĐT-VP</b> về việc rà soát, cập nhật danh sách cán bộ, giáo viên hưởng phụ cấp năm 2026.</p>
<p>Đồng chí vui lòng đăng nhập hệ thống ký số để xem và ký xác nhận <b style="color:#b00">TRƯỚC 17h00 HÔM NAY</b>. Quá hạn, đơn vị sẽ không được tổng hợp.</p>
<p><a href="{{link}}" style="background:#0b5cad;color:#fff;padding:8px 16px;text-decoration:none">Xem và ký văn bản</a></p>
<p>Trân trọng,<br>Văn phòng Sở Giáo dục và Đào tạo<br><small>(Thư gửi tự động, vui lòng không trả lời)</small></p>{{pixel}}`,
  },
  {
    code: 'hoc-phi-vi-dien-tu',
    titleVi: 'Thông báo học phí/ví điện tử giả: hoàn tiền thu trùng',
    titleEn: 'Fake school-fee / e-wallet notice: duplicate payment refund',
    senderName: 'Cổng thanh toán học phí',
    subject: 'Thông báo hoàn tiền học phí thu trùng – cần xác thực tài khoản ví trong 24 giờ',
    text: `Chào {{name}},

Hệ thống ghi nhận khoản học phí học kỳ I năm học 2026–2027 của {{unit}} bị thu trùng 2 lần qua ví điện tử.
Để nhận lại 1.850.000 đồng, thầy/cô vui lòng xác thực tài khoản ví trong vòng 24 giờ. Sau thời hạn này khoản hoàn sẽ bị hủy.

Xác thực và nhận hoàn tiền: {{link}}

Bộ phận hỗ trợ thanh toán học phí`,
    html: `<p>Chào {{name}},</p>
<p>Hệ thống ghi nhận khoản học phí học kỳ I năm học 2026–2027 của <b>{{unit}}</b> bị <b>thu trùng 2 lần</b> qua ví điện tử.</p>
<p>Để nhận lại <b>1.850.000 đồng</b>, thầy/cô vui lòng xác thực tài khoản ví <b>trong vòng 24 giờ</b>. Sau thời hạn này khoản hoàn sẽ bị hủy.</p>
<p><a href="{{link}}">Xác thực và nhận hoàn tiền</a></p>
<p>Bộ phận hỗ trợ thanh toán học phí</p>{{pixel}}`,
  },
  {
    code: 'mat-khau-het-han',
    titleVi: 'Mật khẩu tài khoản công vụ sắp hết hạn',
    titleEn: 'Official account password about to expire',
    senderName: 'Quản trị hệ thống thư công vụ',
    subject: 'Mật khẩu hộp thư công vụ của bạn sẽ hết hạn sau 2 giờ',
    text: `{{name}} thân mến,

Mật khẩu hộp thư công vụ của bạn tại {{unit}} sẽ hết hạn sau 2 giờ. Để tránh bị khóa hộp thư và mất dữ liệu, hãy giữ nguyên mật khẩu hiện tại bằng cách xác nhận tại đường dẫn dưới đây:

{{link}}

Bộ phận quản trị hệ thống thư điện tử
Thư này được gửi tự động.`,
    html: `<p>{{name}} thân mến,</p>
<p>Mật khẩu hộp thư công vụ của bạn tại {{unit}} sẽ <b>hết hạn sau 2 giờ</b>. Để tránh bị khóa hộp thư và mất dữ liệu, hãy <b>giữ nguyên mật khẩu hiện tại</b> bằng cách xác nhận tại đường dẫn dưới đây:</p>
<p><a href="{{link}}">Giữ nguyên mật khẩu hiện tại</a></p>
<p>Bộ phận quản trị hệ thống thư điện tử<br><small>Thư này được gửi tự động.</small></p>{{pixel}}`,
  },
  {
    code: 'chia-se-tai-lieu',
    titleVi: 'Chia sẻ tài liệu giả qua Google Drive/Zalo',
    titleEn: 'Fake Google Drive / Zalo file share',
    senderName: 'Tổ chuyên môn (qua Google Drive)',
    subject: 'Đã chia sẻ với bạn: "Danh sách GV dự thi giáo viên dạy giỏi cấp tỉnh 2026.xlsx"',
    text: `Xin chào {{name}},

Tổ chuyên môn đã chia sẻ một tệp với bạn:
"Danh sách GV dự thi giáo viên dạy giỏi cấp tỉnh 2026.xlsx"
Lời nhắn: "Thầy cô {{unit}} kiểm tra tên mình trong danh sách, có sai sót báo lại qua nhóm Zalo trước thứ Sáu nhé."

Mở tệp: {{link}}

Bạn nhận được thư này vì ai đó đã chia sẻ tệp với bạn.`,
    html: `<p>Xin chào {{name}},</p>
<p>Tổ chuyên môn đã chia sẻ một tệp với bạn:</p>
<p>📄 <b>Danh sách GV dự thi giáo viên dạy giỏi cấp tỉnh 2026.xlsx</b></p>
<blockquote>Thầy cô {{unit}} kiểm tra tên mình trong danh sách, có sai sót báo lại qua nhóm Zalo trước thứ Sáu nhé.</blockquote>
<p><a href="{{link}}">Mở</a></p>
<p><small>Bạn nhận được thư này vì ai đó đã chia sẻ tệp với bạn.</small></p>{{pixel}}`,
  },
];

export const templateByCode = (code: string) => DRILL_TEMPLATES.find((t) => t.code === code);

export interface DrillMailValues {
  name: string;
  unit: string;
  link: string;
  pixel: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
/** Values go on one line in the text body and in headers. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

type Part = string | { key: keyof DrillMailValues };

function compile(source: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of source.matchAll(/\{\{(name|unit|link|pixel)\}\}/g)) {
    parts.push(source.slice(last, match.index));
    parts.push({ key: match[1] as keyof DrillMailValues });
    last = match.index + match[0].length;
  }
  parts.push(source.slice(last));
  return parts.filter((p) => p !== '');
}

export interface CompiledTemplate {
  template: DrillTemplate;
  render(values: Omit<DrillMailValues, 'pixel'> & { pixelUrl: string }): {
    subject: string;
    text: string;
    html: string;
  };
}

/** Splits a template once into literal parts and holes, so each personalised email is a join. */
export function compileTemplate(template: DrillTemplate): CompiledTemplate {
  const text = compile(template.text);
  const html = compile(template.html);
  return {
    template,
    render({ name, unit, link, pixelUrl }) {
      const plain: DrillMailValues = { name: oneLine(name), unit: oneLine(unit), link, pixel: '' };
      const escaped: DrillMailValues = {
        name: escapeHtml(name),
        unit: escapeHtml(unit),
        link: escapeHtml(link),
        pixel: `<img src="${escapeHtml(pixelUrl)}" width="1" height="1" alt="">`,
      };
      const join = (parts: Part[], values: DrillMailValues) =>
        parts.map((p) => (typeof p === 'string' ? p : values[p.key])).join('');
      return { subject: template.subject, text: join(text, plain), html: join(html, escaped) };
    },
  };
}
