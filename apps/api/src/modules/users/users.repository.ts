import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { escapeLike, foldSql, likePattern } from '../../db/fold';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { passwordResetTokens } from '../auth/auth.table';
import { orgUnits } from '../org/org.table';
import type { AssignmentView, UserView } from './users.schemas';
import { roleAssignments, users } from './users.table';

/**
 * The only place that touches the database for users and role assignments.
 * Every read takes the caller's scope and puts it in the WHERE clause, even
 * after the access gate has checked the object: a forgotten check elsewhere
 * then finds nothing instead of leaking. The `unsafe…` functions are the
 * deliberate exceptions the gate itself needs to decide.
 */

// ------------------------------------------------------- gate resolvers

/** The home unit of a user: what decides who may manage the account. */
export async function unsafeUserHomeUnit(db: Db, userId: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function unsafeAssignmentUnit(db: Db, assignmentId: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(eq(roleAssignments.id, assignmentId));
  return row ?? null;
}

// ------------------------------------------------------- units

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  path: string;
  status: string;
}

const unitColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  path: orgUnits.path,
  status: orgUnits.status,
};

export async function unitInScopeById(db: DbOrTx, scope: Scope, unitId: string): Promise<UnitRow | null> {
  const [row] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), unitInScope(scope, orgUnits.id)));
  return row ?? null;
}

/** Units with these codes that lie inside the scope; the others are simply absent. */
export async function unitsInScopeByCodes(db: DbOrTx, scope: Scope, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(inArray(orgUnits.code, codes), unitInScope(scope, orgUnits.id)));
}

// ------------------------------------------------------- reading users

export interface UserFilter {
  /** Whose home units may be listed. */
  scope: Scope;
  /** Only users whose home unit lies in this subtree. */
  subtreePath?: string;
  /** Already folded with `foldText`. */
  foldedQuery?: string;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  unitId: users.unitId,
  unitName: orgUnits.name,
  status: users.status,
  mfaEnabledAt: users.mfaEnabledAt,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
};

type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  unitId: string;
  unitName: string;
  status: 'active' | 'disabled';
  mfaEnabledAt: Date | null;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
};

function userConditions(filter: Omit<UserFilter, 'page' | 'pageSize'>): SQL {
  const conditions: (SQL | undefined)[] = [unitInScope(filter.scope, users.unitId)];
  if (filter.subtreePath) {
    conditions.push(
      sql`${users.unitId} in (select ou.id from org_units ou where ou.path like ${`${escapeLike(filter.subtreePath)}%`})`,
    );
  }
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.foldedQuery) {
    const pattern = likePattern(filter.foldedQuery);
    conditions.push(
      or(sql`${users.username} like ${pattern}`, sql`${foldSql(users.fullName)} like ${pattern}`),
    );
  }
  return and(...conditions)!;
}

export async function listUsers(
  db: DbOrTx,
  filter: UserFilter,
  roleScope: Scope,
): Promise<{ items: UserView[]; total: number }> {
  const where = userConditions(filter);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  const rows = await db
    .select(userColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { items: await withRoles(db, rows, roleScope), total: Number(count?.n ?? 0) };
}

/** One user by id, only if their home unit is inside the scope. */
export async function userInScope(db: DbOrTx, scope: Scope, userId: string): Promise<UserView | null> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(and(eq(users.id, userId), unitInScope(scope, users.unitId)));
  const [view] = await withRoles(db, rows, scope);
  return view ?? null;
}

/** Attaches each user's role assignments, showing only those at units inside the scope. */
async function withRoles(db: DbOrTx, rows: UserRow[], roleScope: Scope): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const assignments = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      roleCode: roleAssignments.roleCode,
      unitId: roleAssignments.unitId,
      unitName: orgUnits.name,
      scope: roleAssignments.scope,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(
      and(
        inArray(
          roleAssignments.userId,
          rows.map((r) => r.id),
        ),
        unitInScope(roleScope, roleAssignments.unitId),
      ),
    )
    .orderBy(asc(roleAssignments.createdAt));
  const byUser = new Map<string, AssignmentView[]>();
  for (const { userId, ...assignment } of assignments) {
    byUser.set(userId, [...(byUser.get(userId) ?? []), assignment]);
  }
  return rows.map(({ mfaEnabledAt, lastLoginAt, ...row }) => ({
    ...row,
    mfaEnabled: mfaEnabledAt !== null,
    lastLoginAt: lastLoginAt ? new Date(lastLoginAt).toISOString() : null,
    roles: byUser.get(row.id) ?? [],
  }));
}

export interface ManagedUser {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  unitId: string;
  unitPath: string;
  status: 'active' | 'disabled';
  /** Every role the user holds, anywhere: what the rank rule compares against. */
  roleCodes: string[];
}

/** A user the caller is about to change, only if their home unit is inside the scope. */
export async function managedUser(db: DbOrTx, scope: Scope, userId: string): Promise<ManagedUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      email: users.email,
      unitId: users.unitId,
      unitPath: orgUnits.path,
      status: users.status,
    })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(and(eq(users.id, userId), unitInScope(scope, users.unitId)));
  if (!row) return null;
  const roles = await db
    .select({ roleCode: roleAssignments.roleCode })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  return { ...row, roleCodes: roles.map((r) => r.roleCode) };
}

export async function existingUsernames(db: DbOrTx, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(inArray(users.username, usernames));
  return new Set(rows.map((r) => r.username));
}

// ------------------------------------------------------- writing users

export interface NewAccount {
  username: string;
  fullName: string;
  email: string | null;
  unitId: string;
  passwordHash: string;
  createdBy: string;
  role: { roleCode: string; unitId: string; scope: 'subtree' | 'unit' };
}

/** Creates accounts, each with its first role assignment; returns ids in input order. */
export async function insertAccounts(db: DbOrTx, accounts: NewAccount[]): Promise<string[]> {
  const ids: string[] = [];
  // Chunks keep each statement well under PostgreSQL's 65,535 bind parameters.
  for (let start = 0; start < accounts.length; start += 500) {
    const chunk = accounts.slice(start, start + 500);
    const inserted = await db
      .insert(users)
      .values(
        chunk.map(({ role: _role, ...account }) => ({
          ...account,
          mustChangePassword: true,
          status: 'active' as const,
        })),
      )
      .returning({ id: users.id, username: users.username });
    const idOf = new Map(inserted.map((r) => [r.username, r.id]));
    const chunkIds = chunk.map((a) => idOf.get(a.username)!);
    await db.insert(roleAssignments).values(
      chunk.map((a, i) => ({
        userId: chunkIds[i]!,
        roleCode: a.role.roleCode,
        unitId: a.role.unitId,
        scope: a.role.scope,
        grantedBy: a.createdBy,
      })),
    );
    ids.push(...chunkIds);
  }
  return ids;
}

export async function updateUserFields(
  db: DbOrTx,
  userId: string,
  fields: { fullName?: string; email?: string | null },
): Promise<void> {
  await db
    .update(users)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function setUserStatus(
  db: DbOrTx,
  userId: string,
  status: 'active' | 'disabled',
): Promise<void> {
  await db.update(users).set({ status, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/** A new reset link replaces every earlier unused one: only the latest link works. */
export async function replaceResetToken(
  db: DbOrTx,
  input: { userId: string; tokenHash: string; expiresAt: Date; createdBy: string },
): Promise<void> {
  await db
    .delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, input.userId), isNull(passwordResetTokens.usedAt)));
  await db.insert(passwordResetTokens).values(input);
}

// ------------------------------------------------------- role assignments

export interface AssignmentRow {
  id: string;
  userId: string;
  roleCode: string;
  unitId: string;
  unitPath: string;
  scope: 'subtree' | 'unit';
}

export async function assignmentInScope(
  db: DbOrTx,
  scope: Scope,
  assignmentId: string,
): Promise<AssignmentRow | null> {
  const [row] = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      roleCode: roleAssignments.roleCode,
      unitId: roleAssignments.unitId,
      unitPath: orgUnits.path,
      scope: roleAssignments.scope,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(and(eq(roleAssignments.id, assignmentId), unitInScope(scope, roleAssignments.unitId)));
  return row ?? null;
}

export async function insertAssignment(
  db: DbOrTx,
  values: { userId: string; roleCode: string; unitId: string; scope: 'subtree' | 'unit'; grantedBy: string },
): Promise<string> {
  const [row] = await db.insert(roleAssignments).values(values).returning({ id: roleAssignments.id });
  return row!.id;
}

export async function deleteAssignment(db: DbOrTx, assignmentId: string): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
}
