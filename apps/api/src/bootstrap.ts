import { ROLES } from '@edushield/core';
import { sql } from 'drizzle-orm';
import type { Settings } from './config/settings';
import { type Db, query } from './db/client';
import { randomToken } from './lib/crypto';
import { appendAudit } from './modules/audit/audit.service';
import { hashPassword } from './modules/auth/passwords';
import { orgUnits, orgUnitVersions } from './modules/org/org.table';
import { roleAssignments, roles, users } from './modules/users/users.table';

/** The root predates any history a province may import (pre-2025 districts included). */
const ROOT_VALID_FROM = '2000-01-01';

/** Built-in roles are code; the table mirrors them for foreign keys and display. */
export async function syncRoles(db: Db): Promise<void> {
  for (const role of ROLES) {
    await db
      .insert(roles)
      .values({
        code: role.code,
        nameVi: role.nameVi,
        nameEn: role.nameEn,
        rank: role.rank,
        requiresMfa: role.requiresMfa,
      })
      .onConflictDoUpdate({
        target: roles.code,
        set: { nameVi: role.nameVi, nameEn: role.nameEn, rank: role.rank, requiresMfa: role.requiresMfa },
      });
  }
}

export interface BootstrapResult {
  createdAdmin: boolean;
  /** Only when generated: printed once by the caller, never logged. */
  generatedPassword: string | null;
}

/**
 * On an empty database: the root unit (the provincial department) and the
 * `admin` account with the system-admin role over the whole tree.
 */
export async function bootstrapEmptyDatabase(
  db: Db,
  settings: Pick<Settings, 'adminPassword'>,
  rootName?: string,
) {
  await syncRoles(db);
  const existing = await query<{ n: number }>(db, sql`select count(*)::int as n from users`);
  if ((existing[0]?.n ?? 0) > 0)
    return { createdAdmin: false, generatedPassword: null } satisfies BootstrapResult;

  const generatedPassword = settings.adminPassword ? null : readablePassword();
  const password = settings.adminPassword ?? generatedPassword!;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    let [root] = await tx.select().from(orgUnits).where(sql`${orgUnits.parentId} is null`).limit(1);
    if (!root) {
      const id = crypto.randomUUID();
      const name = rootName ?? 'Sở Giáo dục và Đào tạo';
      [root] = await tx
        .insert(orgUnits)
        .values({
          id,
          code: 'SGDDT',
          typeCode: 'department',
          name,
          path: `/${id}/`,
          validFrom: ROOT_VALID_FROM,
        })
        .returning();
      await tx.insert(orgUnitVersions).values({
        unitId: id,
        code: 'SGDDT',
        typeCode: 'department',
        name,
        status: 'active',
        validFrom: ROOT_VALID_FROM,
        change: 'created',
      });
    }
    const [admin] = await tx
      .insert(users)
      .values({
        username: 'admin',
        fullName: 'Quản trị hệ thống',
        unitId: root!.id,
        passwordHash,
        // A generated password is shown once on the console: it must be replaced at first sign-in.
        mustChangePassword: generatedPassword !== null,
      })
      .returning();
    await tx
      .insert(roleAssignments)
      .values({ userId: admin!.id, roleCode: 'system_admin', unitId: root!.id, scope: 'subtree' });
    await appendAudit(tx, {
      action: 'system.bootstrap',
      objectType: 'user',
      objectId: admin!.id,
      unitId: root!.id,
      details: {
        username: 'admin',
        passwordFrom: generatedPassword ? 'generated' : 'EDUSHIELD_ADMIN_PASSWORD',
      },
    });
  });
  return { createdAdmin: true, generatedPassword } satisfies BootstrapResult;
}

/** 4 groups of 4 from an unambiguous alphabet: ~80 bits, easy to type once. */
export function readablePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = Buffer.from(randomToken(24), 'base64url');
  const chars = [...bytes.subarray(0, 16)].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}
