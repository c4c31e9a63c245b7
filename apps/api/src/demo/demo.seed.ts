import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Keys } from '../lib/keys';
import { appendAudit } from '../modules/audit/audit.service';
import { hashPassword } from '../modules/auth/passwords';
import { type ActionInfo, closeUnit, createUnit, moveUnit } from '../modules/org/org.service';
import { orgUnits } from '../modules/org/org.table';
import { roleAssignments, users } from '../modules/users/users.table';
import type { Actor } from '../plugins/access.types';
import { seedDemoFeatures } from './demo.features';
import { seedDemoSector } from './demo.sector';

/**
 * The demo province (EDUSHIELD_DEMO=1): a fictional Sở with the 2025
 * reorganisation in its history — two former districts whose schools moved
 * to the new communes on 1/7/2025 — and one account per role. All names are
 * invented for the demo.
 */
const DISTRICTS = [
  {
    code: 'PGD-YS',
    name: 'Phòng GD&ĐT huyện Yên Sơn',
    communes: [
      { code: 'XA-THAIBINH', name: 'UBND xã Thái Bình' },
      { code: 'XA-TRUNGMON', name: 'UBND xã Trung Môn' },
      { code: 'XA-KIMPHU', name: 'UBND xã Kim Phú' },
    ],
  },
  {
    code: 'PGD-SD',
    name: 'Phòng GD&ĐT huyện Sơn Dương',
    communes: [
      { code: 'XA-SONDUONG', name: 'UBND xã Sơn Dương' },
      { code: 'XA-TANTRAO', name: 'UBND xã Tân Trào' },
      { code: 'XA-HONGLAC', name: 'UBND xã Hồng Lạc' },
    ],
  },
];
const SCHOOL_KINDS = [
  { prefix: 'MN', name: 'Trường Mầm non' },
  { prefix: 'TH', name: 'Trường Tiểu học' },
  { prefix: 'THCS', name: 'Trường THCS' },
];
const UPPER_SECONDARY = [
  { code: 'THPT-YENSON', name: 'Trường THPT Yên Sơn' },
  { code: 'THPT-SONDUONG', name: 'Trường THPT Sơn Dương' },
  { code: 'THPT-CHUYEN', name: 'Trường THPT Chuyên tỉnh' },
];

export async function seedDemoProvince(
  db: Db,
  deps: { keys: Keys },
): Promise<{ password: string; accounts: string[]; pupils: number }> {
  const [root] = await db.select().from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  if (!root || !admin) throw new Error('bootstrap must run before the demo seed');
  await db
    .update(orgUnits)
    .set({ name: 'Sở Giáo dục và Đào tạo tỉnh Minh Sơn (demo)' })
    .where(eq(orgUnits.id, root.id));
  const actor: Actor = {
    userId: admin.id,
    username: admin.username,
    fullName: admin.fullName,
    unitId: root.id,
    locale: 'vi',
    sessionHash: 'demo-seed',
    csrfToken: '',
    mfaVerified: true,
    mfaEnabled: false,
    mustChangePassword: false,
    requiresMfa: true,
    assignments: [{ roleCode: 'system_admin', unitId: root.id, unitPath: root.path, scope: 'subtree' }],
    sessionCreatedAt: new Date(),
    sessionLastSeenAt: new Date(),
  };
  const info: ActionInfo = { actor, ip: '127.0.0.1', requestId: 'demo-seed' };
  const byCode = new Map<string, string>();

  // Before 1/7/2025: districts with their schools.
  for (const district of DISTRICTS) {
    const d = await createUnit(
      db,
      {
        code: district.code,
        name: district.name,
        typeCode: 'district',
        parentId: root.id,
        validFrom: '2020-01-01',
      },
      info,
    );
    byCode.set(district.code, d.id);
    for (const commune of district.communes) {
      const place = commune.name.replace('UBND xã ', '');
      for (const kind of SCHOOL_KINDS) {
        const code = `${kind.prefix}-${commune.code.slice(3)}`;
        const school = await createUnit(
          db,
          {
            code,
            name: `${kind.name} ${place}`,
            typeCode: 'school',
            parentId: d.id,
            address: `${commune.name.replace('UBND ', '')}, tỉnh Minh Sơn`,
            validFrom: '2020-01-01',
          },
          info,
        );
        byCode.set(code, school.id);
        if (kind.prefix !== 'THCS') {
          const site = await createUnit(
            db,
            {
              code: `${code}-DT2`,
              name: `Điểm trường thôn Đồng ${place}`,
              typeCode: 'satellite',
              parentId: school.id,
              validFrom: '2020-01-01',
            },
            info,
          );
          byCode.set(`${code}-DT2`, site.id);
        }
      }
    }
  }
  for (const s of UPPER_SECONDARY) {
    const u = await createUnit(
      db,
      { ...s, typeCode: 'school', parentId: root.id, validFrom: '2020-01-01' },
      info,
    );
    byCode.set(s.code, u.id);
  }
  // 1/7/2025 (Decree 142/2025/NĐ-CP): communes take over; districts close.
  for (const district of DISTRICTS) {
    for (const commune of district.communes) {
      const c = await createUnit(
        db,
        {
          code: commune.code,
          name: commune.name,
          typeCode: 'commune',
          parentId: root.id,
          validFrom: '2025-07-01',
        },
        info,
      );
      byCode.set(commune.code, c.id);
      for (const kind of SCHOOL_KINDS) {
        const schoolId = byCode.get(`${kind.prefix}-${commune.code.slice(3)}`)!;
        await moveUnit(
          db,
          schoolId,
          { newParentId: c.id, validFrom: '2025-07-01', note: 'NĐ 142/2025/NĐ-CP' },
          info,
        );
      }
    }
    await closeUnit(
      db,
      byCode.get(district.code)!,
      { validFrom: '2025-07-01', note: 'Kết thúc cấp huyện' },
      info,
    );
  }

  const password = process.env.EDUSHIELD_ADMIN_PASSWORD || 'Demo-EduShield-2026';
  const passwordHash = await hashPassword(password);
  const accounts: [string, string, string, string][] = [
    ['so.dulieu', 'Trần Thị Thu Hà', 'department_data_officer', root.id],
    ['so.attt', 'Lê Minh Quân', 'security_officer', root.id],
    ['so.quantri', 'Phạm Văn Hùng', 'department_admin', root.id],
    ['xa.thaibinh', 'Hoàng Thị Lan', 'commune_officer', byCode.get('XA-THAIBINH')!],
    ['ht.th.thaibinh', 'Nguyễn Văn An', 'school_principal', byCode.get('TH-THAIBINH')!],
    ['vt.th.thaibinh', 'Đỗ Thị Hoa', 'school_data_clerk', byCode.get('TH-THAIBINH')!],
    ['gv.th.thaibinh', 'Vũ Thị Mai', 'teacher', byCode.get('TH-THAIBINH')!],
  ];
  for (const [username, fullName, roleCode, unitId] of accounts) {
    const [user] = await db
      .insert(users)
      .values({ username, fullName, unitId, passwordHash, mustChangePassword: false, createdBy: admin.id })
      .returning();
    await db
      .insert(roleAssignments)
      .values({ userId: user!.id, roleCode, unitId, scope: 'subtree', grantedBy: admin.id });
  }
  const sector = await seedDemoSector(db, deps.keys, admin);
  const featureAccounts: string[] = [];
  await seedDemoFeatures({
    db,
    keys: deps.keys,
    adminId: admin.id,
    rootId: root.id,
    byCode,
    passwordHash,
    accounts: featureAccounts,
  });
  await appendAudit(db, {
    action: 'system.demo_seed',
    actorId: admin.id,
    actorName: 'admin',
    unitId: root.id,
    details: { pupils: sector.pupils, classes: sector.classes, staff: sector.staff },
  });
  return { password, accounts: [...accounts.map((a) => a[0]), ...featureAccounts], pupils: sector.pupils };
}
