import { roleByCode } from '@edushield/core';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryPrepared } from '../../db/client';
import { randomToken, sha256Hex } from '../../lib/crypto';
import type { Actor, Assignment } from '../../plugins/access.types';
import { sessions } from './auth.table';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Creates a fresh session (a new id at every sign-in: no fixation). Returns the cookie token. */
export async function createSession(
  db: DbOrTx,
  input: { userId: string; mfaVerified: boolean; ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    idHash: sha256Hex(token),
    userId: input.userId,
    csrfToken: randomToken(),
    mfaVerified: input.mfaVerified,
    expiresAt: new Date(Date.now() + policy.absoluteHours * 3_600_000),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

interface ActorRow extends Record<string, unknown> {
  user_id: string;
  username: string;
  full_name: string;
  unit_id: string;
  locale: string;
  csrf_token: string;
  mfa_verified: boolean;
  mfa_enabled: boolean;
  must_change_password: boolean;
  created_at: string | Date;
  last_seen_at: string | Date;
  expires_at: string | Date;
  assignments: Assignment[] | string;
}

/**
 * One round trip per request: the session, its user and every role
 * assignment with the unit's current path. Disabled users, expired or idle
 * sessions and assignments on closed units yield nothing.
 */
export async function loadActor(db: DbOrTx, token: string, policy: SessionPolicy): Promise<Actor | null> {
  const idHash = sha256Hex(token);
  // Every authenticated request runs this: prepared once per connection (PostgreSQL).
  const result = await queryPrepared<ActorRow>(
    db,
    sql`
    select s.user_id, u.username, u.full_name, u.unit_id, u.locale, s.csrf_token, s.mfa_verified,
           (u.mfa_enabled_at is not null) as mfa_enabled, u.must_change_password,
           s.created_at, s.last_seen_at, s.expires_at,
           coalesce((select json_agg(json_build_object('roleCode', ra.role_code, 'unitId', ra.unit_id,
                                                       'unitPath', ou.path, 'scope', ra.scope))
                     from role_assignments ra join org_units ou on ou.id = ra.unit_id
                     where ra.user_id = u.id and ou.status = 'active'), '[]'::json) as assignments
    from sessions s join users u on u.id = s.user_id
    where s.id_hash = ${idHash} and u.status = 'active'
      and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(mins => ${policy.idleMinutes})`,
  );
  const row = result[0];
  if (!row) return null;
  const assignments: Assignment[] =
    typeof row.assignments === 'string' ? JSON.parse(row.assignments) : (row.assignments ?? []);
  return {
    userId: row.user_id,
    username: row.username,
    fullName: row.full_name,
    unitId: row.unit_id,
    locale: row.locale === 'en' ? 'en' : 'vi',
    sessionHash: idHash,
    csrfToken: row.csrf_token,
    mfaVerified: row.mfa_verified,
    mfaEnabled: row.mfa_enabled,
    mustChangePassword: row.must_change_password,
    requiresMfa: assignments.some((a) => roleByCode(a.roleCode)?.requiresMfa),
    assignments,
    sessionCreatedAt: new Date(row.created_at),
    sessionLastSeenAt: new Date(row.last_seen_at),
  };
}

/** Idle-timeout bookkeeping, written at most once a minute per session. */
export async function touchSession(db: DbOrTx, idHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(sessions.idHash, idHash), lt(sessions.lastSeenAt, sql`now() - interval '60 seconds'`)));
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Sign-out everywhere, disabling a user, password change: every session of the user ends now. */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string, exceptIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptIdHash
        ? and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${exceptIdHash}`)
        : eq(sessions.userId, userId),
    );
}

export async function purgeExpiredSessions(db: DbOrTx, policy: SessionPolicy): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, sql`now()`),
        lt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${policy.idleMinutes})`),
      ),
    );
}
