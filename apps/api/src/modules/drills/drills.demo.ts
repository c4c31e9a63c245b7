import { eq, inArray } from 'drizzle-orm';
import type { DemoContext } from '../../demo/demo.context';
import { roleAssignments, users } from '../users/users.table';
import { owedRemedial } from './drills.remedial';
import { type DrillEventType, drillEvents, drillRecipients, drills } from './drills.table';
import { hashDrillToken, newDrillToken } from './drills.tokens';

/** Staff of the two Thái Bình schools who received the demo drill (no password: they cannot sign in). */
const STAFF: [string, string, 'TH-THAIBINH' | 'THCS-THAIBINH', string][] = [
  ['gv2.th.thaibinh', 'Nguyễn Thị Thanh Hương', 'TH-THAIBINH', 'teacher'],
  ['gv3.th.thaibinh', 'Trần Văn Phúc', 'TH-THAIBINH', 'teacher'],
  ['gv4.th.thaibinh', 'Lê Thị Ngọc Ánh', 'TH-THAIBINH', 'teacher'],
  ['gv5.th.thaibinh', 'Phạm Thị Thu Trang', 'TH-THAIBINH', 'teacher'],
  ['gv6.th.thaibinh', 'Hoàng Đức Minh', 'TH-THAIBINH', 'teacher'],
  ['kt.th.thaibinh', 'Bùi Thị Kim Oanh', 'TH-THAIBINH', 'staff'],
  ['vt2.th.thaibinh', 'Đặng Văn Toàn', 'TH-THAIBINH', 'staff'],
  ['ht.thcs.thaibinh', 'Vương Quốc Khánh', 'THCS-THAIBINH', 'school_principal'],
  ['gv1.thcs.thaibinh', 'Ngô Thị Bích Ngọc', 'THCS-THAIBINH', 'teacher'],
  ['gv2.thcs.thaibinh', 'Đinh Văn Hải', 'THCS-THAIBINH', 'teacher'],
  ['gv3.thcs.thaibinh', 'Lý Thị Hồng Nhung', 'THCS-THAIBINH', 'teacher'],
  ['gv4.thcs.thaibinh', 'Tạ Quang Huy', 'THCS-THAIBINH', 'teacher'],
  ['gv5.thcs.thaibinh', 'Mai Thị Lan Anh', 'THCS-THAIBINH', 'teacher'],
  ['gv6.thcs.thaibinh', 'Cao Văn Dũng', 'THCS-THAIBINH', 'teacher'],
  ['gv7.thcs.thaibinh', 'Trịnh Thị Yến', 'THCS-THAIBINH', 'teacher'],
  ['gv8.thcs.thaibinh', 'Dương Minh Tuấn', 'THCS-THAIBINH', 'teacher'],
  ['kt.thcs.thaibinh', 'Phan Thị Hạnh', 'THCS-THAIBINH', 'staff'],
  ['tv.thcs.thaibinh', 'Hồ Thị Thảo', 'THCS-THAIBINH', 'staff'],
];

/** What happened to each recipient, in order (index into the list below); deterministic. */
type Fate = {
  opened?: number;
  clicked?: number;
  submitted?: number;
  reported?: number;
  scanner?: 'head' | 'too_soon';
};
const FATES: Fate[] = [
  { opened: 35, clicked: 38 }, // gv.th.thaibinh: clicked (the visitor sees her remedial lesson)
  { opened: 12, reported: 20 },
  { opened: 50 },
  { scanner: 'too_soon', opened: 95, clicked: 97, submitted: 99 },
  {},
  { opened: 140, reported: 146 },
  { scanner: 'head' },
  { opened: 61, clicked: 62 },
  { opened: 30 },
  { opened: 240, clicked: 241, reported: 300 },
  {},
  { opened: 18, reported: 25 },
  { opened: 77 },
  { scanner: 'too_soon', opened: 410 },
  { opened: 44, clicked: 45, submitted: 47 },
  { opened: 22 },
  {},
  { opened: 55, reported: 58 },
  { opened: 190 },
  {},
  { opened: 33, clicked: 36 },
];

/**
 * One finished drill ("mật khẩu hết hạn") for the staff of TH-THAIBINH and
 * THCS-THAIBINH, launched 12 days ago, with a realistic mix of events. No
 * email is sent: the events are written directly.
 */
export async function seedDemoDrills(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  const commune = ctx.byCode.get('XA-THAIBINH');
  const th = ctx.byCode.get('TH-THAIBINH');
  const thcs = ctx.byCode.get('THCS-THAIBINH');
  if (!commune || !th || !thcs) return;
  const existing = await db
    .select({ id: users.id, username: users.username, fullName: users.fullName, unitId: users.unitId })
    .from(users)
    .where(inArray(users.username, ['gv.th.thaibinh', 'ht.th.thaibinh', 'vt.th.thaibinh']));
  const people = [
    ...existing.sort((a, b) =>
      a.username === 'gv.th.thaibinh' ? -1 : b.username === 'gv.th.thaibinh' ? 1 : 0,
    ),
  ];
  for (const [username, fullName, unitCode, roleCode] of STAFF) {
    const unitId = unitCode === 'TH-THAIBINH' ? th : thcs;
    const [user] = await db
      .insert(users)
      .values({
        username,
        fullName,
        unitId,
        email: `${username}@${unitCode.toLowerCase()}.minhson.invalid`,
        passwordHash: null,
        mustChangePassword: true,
        createdBy: ctx.adminId,
      })
      .returning({ id: users.id, username: users.username, fullName: users.fullName, unitId: users.unitId });
    await db
      .insert(roleAssignments)
      .values({ userId: user!.id, roleCode, unitId, scope: 'unit', grantedBy: ctx.adminId });
    people.push(user!);
  }
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'so.attt'));
  const launched = new Date(Date.now() - 12 * 86_400_000);
  const [drill] = await db
    .insert(drills)
    .values({
      unitId: commune,
      name: 'Diễn tập tháng 11: mật khẩu hộp thư sắp hết hạn',
      templateCode: 'mat-khau-het-han',
      roleCodes: ['school_principal', 'school_data_clerk', 'teacher', 'staff'],
      landing: 'form',
      status: 'completed',
      scheduledAt: launched,
      launchedAt: launched,
      completedAt: new Date(launched.getTime() + 60_000),
      createdBy: officer?.id ?? ctx.adminId,
    })
    .returning({ id: drills.id });
  const drillId = drill!.id;
  for (const [i, person] of people.entries()) {
    const sentAt = new Date(launched.getTime() + i * 1500);
    const [recipient] = await db
      .insert(drillRecipients)
      .values({
        drillId,
        userId: person.id,
        unitId: person.unitId,
        email: `${person.username}@${person.unitId === th ? 'th' : 'thcs'}-thaibinh.minhson.invalid`,
        tokenHash: hashDrillToken(newDrillToken()),
        sentAt,
      })
      .returning({ id: drillRecipients.id });
    const fate = FATES[i % FATES.length]!;
    const at = (minutes: number) => new Date(sentAt.getTime() + minutes * 60_000);
    const events: {
      type: DrillEventType;
      at: Date;
      scanner?: boolean;
      scannerReason?: string;
      via: string;
    }[] = [{ type: 'sent', at: sentAt, via: 'mail' }];
    if (fate.scanner === 'head')
      events.push({
        type: 'clicked',
        at: new Date(sentAt.getTime() + 2000),
        scanner: true,
        scannerReason: 'head',
        via: 'link',
      });
    if (fate.scanner === 'too_soon') {
      events.push({
        type: 'opened',
        at: new Date(sentAt.getTime() + 3000),
        scanner: true,
        scannerReason: 'too_soon',
        via: 'pixel',
      });
      events.push({
        type: 'clicked',
        at: new Date(sentAt.getTime() + 4000),
        scanner: true,
        scannerReason: 'too_soon',
        via: 'link',
      });
    }
    if (fate.opened !== undefined) events.push({ type: 'opened', at: at(fate.opened), via: 'pixel' });
    if (fate.clicked !== undefined) {
      events.push({ type: 'clicked', at: at(fate.clicked), via: 'link' });
      if (i % 4 === 0) events.push({ type: 'clicked', at: at(fate.clicked + 1), via: 'link' });
    }
    if (fate.submitted !== undefined) events.push({ type: 'submitted', at: at(fate.submitted), via: 'form' });
    if (fate.reported !== undefined) events.push({ type: 'reported', at: at(fate.reported), via: 'in_app' });
    await db.insert(drillEvents).values(
      events.map((e) => ({
        drillId,
        recipientId: recipient!.id,
        type: e.type,
        at: e.at,
        scanner: e.scanner ?? false,
        scannerReason: e.scannerReason ?? null,
        via: e.via,
      })),
    );
    if (fate.clicked !== undefined || fate.submitted !== undefined) {
      await db.transaction((tx) =>
        owedRemedial(tx, { id: recipient!.id, userId: person.id, drillId }, new Date()),
      );
    }
  }
}
