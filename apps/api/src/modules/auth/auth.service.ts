import { checkPassword, PERMISSIONS, roleHasPermission } from '@edushield/core';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import { decryptField, encryptField, type KeyRing, randomToken, sha256Hex } from '../../lib/crypto';
import { AppError, badRequest, forbidden, tooManyRequests, unauthenticated } from '../../lib/errors';
import { pendingStep } from '../../plugins/access';
import type { Actor } from '../../plugins/access.types';
import { appendAudit } from '../audit/audit.service';
import { users } from '../users/users.table';
import { passwordResetTokens, recoveryCodes } from './auth.table';
import { hashPassword, verifyPassword } from './passwords';
import {
  createSession,
  deleteSession,
  deleteSessionsOfUser,
  loadActor,
  type SessionPolicy,
} from './sessions.repository';
import {
  accountKey,
  addressKey,
  clearFailures,
  recordFailure,
  secondsBlocked,
  type ThrottlePolicy,
} from './throttle.repository';
import { matchTotpStep, newTotpSecret, otpauthUrl, qrSvgDataUrl } from './totp';

export interface AuthContext {
  db: Db;
  fieldKeys: KeyRing;
  sessionPolicy: SessionPolicy;
  throttle: ThrottlePolicy;
}

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

export interface SessionView {
  user: {
    id: string;
    username: string;
    fullName: string;
    unitId: string;
    unitName: string;
    locale: 'vi' | 'en';
    mfaEnabled: boolean;
    mustChangePassword: boolean;
    requiresMfa: boolean;
    roles: { roleCode: string; unitId: string; unitName: string; scope: 'subtree' | 'unit' }[];
    permissions: string[];
  } | null;
  pending: ReturnType<typeof pendingStep>;
  csrfToken: string | null;
}

export const SIGNED_OUT: SessionView = { user: null, pending: null, csrfToken: null };

export async function sessionView(db: Db, actor: Actor | null): Promise<SessionView> {
  if (!actor) return SIGNED_OUT;
  const unitIds = [...new Set([actor.unitId, ...actor.assignments.map((a) => a.unitId)])];
  const names = await query<{ id: string; name: string }>(
    db,
    sql`select id, name from org_units where id in (${sql.join(
      unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  const nameOf = new Map(names.map((r) => [r.id, r.name]));
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      fullName: actor.fullName,
      unitId: actor.unitId,
      unitName: nameOf.get(actor.unitId) ?? '',
      locale: actor.locale,
      mfaEnabled: actor.mfaEnabled,
      mustChangePassword: actor.mustChangePassword,
      requiresMfa: actor.requiresMfa,
      roles: actor.assignments.map((a) => ({
        roleCode: a.roleCode,
        unitId: a.unitId,
        unitName: nameOf.get(a.unitId) ?? '',
        scope: a.scope,
      })),
      permissions: PERMISSIONS.filter((p) => actor.assignments.some((a) => roleHasPermission(a.roleCode, p))),
    },
    pending: pendingStep(actor),
    csrfToken: actor.csrfToken,
  };
}

/**
 * Password sign-in. Unknown accounts, wrong passwords and disabled accounts
 * get the same answer in the same time; both the account and the address
 * are throttled.
 */
export async function login(
  ctx: AuthContext,
  input: { username: string; password: string },
  info: RequestInfo,
): Promise<{ token: string; actor: Actor }> {
  const username = input.username.trim().toLowerCase();
  const keys = [accountKey(username), addressKey(info.ip)];
  const wait = await secondsBlocked(ctx.db, keys);
  if (wait > 0) {
    await appendAudit(ctx.db, {
      action: 'auth.login',
      outcome: 'denied',
      actorName: username.slice(0, 100),
      ip: info.ip,
      requestId: info.requestId,
      details: { reason: 'throttled' },
    });
    throw tooManyRequests(wait);
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await recordFailure(ctx.db, keys[0]!, ctx.throttle.maxPerAccount, ctx.throttle.lockMinutes);
    await recordFailure(ctx.db, keys[1]!, ctx.throttle.maxPerAddress, ctx.throttle.lockMinutes);
    await appendAudit(ctx.db, {
      action: 'auth.login',
      outcome: 'failure',
      actorId: user?.id ?? null,
      actorName: username.slice(0, 100),
      ip: info.ip,
      requestId: info.requestId,
      details: { reason: !user ? 'unknown_account' : !passwordOk ? 'bad_password' : 'disabled' },
    });
    throw unauthenticated('INVALID_CREDENTIALS');
  }
  await clearFailures(ctx.db, keys[0]!);
  const token = await ctx.db.transaction(async (tx) => {
    const created = await createSession(
      tx,
      { userId: user.id, mfaVerified: false, ip: info.ip, userAgent: info.userAgent },
      ctx.sessionPolicy,
    );
    await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
    await appendAudit(tx, {
      action: 'auth.login',
      actorId: user.id,
      actorName: user.username,
      ip: info.ip,
      requestId: info.requestId,
      details: { mfaPending: user.mfaEnabledAt !== null },
    });
    return created;
  });
  const actor = await loadActor(ctx.db, token, ctx.sessionPolicy);
  if (!actor) throw unauthenticated();
  return { token, actor };
}

/** Second factor: a TOTP code (each step usable once) or a one-time recovery code. Rotates the session id. */
export async function verifyMfa(
  ctx: AuthContext,
  actor: Actor,
  code: string,
  info: RequestInfo,
): Promise<{ token: string; actor: Actor }> {
  const key = accountKey(actor.username);
  const wait = await secondsBlocked(ctx.db, [key, addressKey(info.ip)]);
  if (wait > 0) throw tooManyRequests(wait);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.mfaSecretEnc) throw badRequest('MFA_INVALID');
  const cleaned = code.replace(/[\s-]/g, '');
  let method: 'totp' | 'recovery' | null = null;
  const step = matchTotpStep(decryptField(ctx.fieldKeys, user.mfaSecretEnc), cleaned);
  if (step !== null && (user.mfaLastStep === null || step > user.mfaLastStep)) {
    const updated = await ctx.db
      .update(users)
      .set({ mfaLastStep: step })
      .where(and(eq(users.id, user.id), sql`coalesce(${users.mfaLastStep}, -1) < ${step}`))
      .returning({ id: users.id });
    if (updated.length === 1) method = 'totp';
  } else if (/^[a-z0-9]{10}$/i.test(cleaned)) {
    const used = await ctx.db
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(recoveryCodes.userId, user.id),
          eq(recoveryCodes.codeHash, sha256Hex(cleaned.toLowerCase())),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (used.length === 1) method = 'recovery';
  }
  if (!method) {
    await recordFailure(ctx.db, key, ctx.throttle.maxPerAccount, ctx.throttle.lockMinutes);
    await appendAudit(ctx.db, {
      action: 'auth.mfa.verify',
      outcome: 'failure',
      actorId: actor.userId,
      actorName: actor.username,
      ip: info.ip,
      requestId: info.requestId,
    });
    throw badRequest('MFA_INVALID');
  }
  await clearFailures(ctx.db, key);
  const token = await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionHash);
    const created = await createSession(
      tx,
      { userId: actor.userId, mfaVerified: true, ip: info.ip, userAgent: info.userAgent },
      ctx.sessionPolicy,
    );
    await appendAudit(tx, {
      action: 'auth.mfa.verify',
      actorId: actor.userId,
      actorName: actor.username,
      ip: info.ip,
      requestId: info.requestId,
      details: { method },
    });
    return created;
  });
  return { token, actor: (await loadActor(ctx.db, token, ctx.sessionPolicy))! };
}

export async function logout(ctx: AuthContext, actor: Actor, info: RequestInfo, everywhere: boolean) {
  await ctx.db.transaction(async (tx) => {
    if (everywhere) await deleteSessionsOfUser(tx, actor.userId);
    else await deleteSession(tx, actor.sessionHash);
    await appendAudit(tx, {
      action: everywhere ? 'auth.logout_all' : 'auth.logout',
      actorId: actor.userId,
      actorName: actor.username,
      ip: info.ip,
      requestId: info.requestId,
    });
  });
}

/** Changing the password ends every other session and rotates this one. */
export async function changePassword(
  ctx: AuthContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  info: RequestInfo,
): Promise<{ token: string; actor: Actor }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(
      ctx.db,
      accountKey(actor.username),
      ctx.throttle.maxPerAccount,
      ctx.throttle.lockMinutes,
    );
    throw badRequest('CURRENT_PASSWORD_WRONG', [
      { field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' },
    ]);
  }
  const problem = checkPassword(input.newPassword, { username: user.username });
  if (problem) throw badRequest(problem, [{ field: 'newPassword', code: problem }]);
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    throw badRequest('PASSWORD_SAME_AS_OLD', [{ field: 'newPassword', code: 'PASSWORD_SAME_AS_OLD' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const token = await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await deleteSessionsOfUser(tx, user.id);
    const created = await createSession(
      tx,
      { userId: user.id, mfaVerified: actor.mfaVerified, ip: info.ip, userAgent: info.userAgent },
      ctx.sessionPolicy,
    );
    await appendAudit(tx, {
      action: 'auth.password.change',
      actorId: user.id,
      actorName: user.username,
      objectType: 'user',
      objectId: user.id,
      unitId: user.unitId,
      ip: info.ip,
      requestId: info.requestId,
    });
    return created;
  });
  return { token, actor: (await loadActor(ctx.db, token, ctx.sessionPolicy))! };
}

/** Starts (or restarts) TOTP enrolment; the secret becomes active only after a correct code. */
export async function startMfaEnrolment(ctx: AuthContext, actor: Actor) {
  if (actor.mfaEnabled && !actor.mfaVerified) throw forbidden('MFA_REQUIRED');
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ mfaPendingSecretEnc: encryptField(ctx.fieldKeys, secret) })
    .where(eq(users.id, actor.userId));
  const url = otpauthUrl(secret, actor.username);
  return { otpauthUrl: url, qrSvgDataUrl: await qrSvgDataUrl(url), secret };
}

export async function confirmMfaEnrolment(
  ctx: AuthContext,
  actor: Actor,
  code: string,
  info: RequestInfo,
): Promise<{ token: string; actor: Actor; recoveryCodes: string[] }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.mfaPendingSecretEnc) throw badRequest('MFA_INVALID');
  const secret = decryptField(ctx.fieldKeys, user.mfaPendingSecretEnc);
  const step = matchTotpStep(secret, code.replace(/\s/g, ''));
  if (step === null) throw badRequest('MFA_INVALID', [{ field: 'code', code: 'MFA_INVALID' }]);
  const codes = newRecoveryCodes();
  const token = await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        mfaSecretEnc: user.mfaPendingSecretEnc,
        mfaPendingSecretEnc: null,
        mfaEnabledAt: sql`now()`,
        mfaLastStep: step,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, user.id));
    await replaceRecoveryCodes(tx as unknown as Db, user.id, codes);
    await deleteSessionsOfUser(tx, user.id);
    const created = await createSession(
      tx,
      { userId: user.id, mfaVerified: true, ip: info.ip, userAgent: info.userAgent },
      ctx.sessionPolicy,
    );
    await appendAudit(tx, {
      action: 'auth.mfa.enrol',
      actorId: user.id,
      actorName: user.username,
      objectType: 'user',
      objectId: user.id,
      unitId: user.unitId,
      ip: info.ip,
      requestId: info.requestId,
    });
    return created;
  });
  return { token, actor: (await loadActor(ctx.db, token, ctx.sessionPolicy))!, recoveryCodes: codes };
}

/** New recovery codes need a current TOTP code: a stolen session alone cannot mint them. */
export async function regenerateRecoveryCodes(
  ctx: AuthContext,
  actor: Actor,
  code: string,
  info: RequestInfo,
) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.mfaSecretEnc) throw badRequest('MFA_INVALID');
  const step = matchTotpStep(decryptField(ctx.fieldKeys, user.mfaSecretEnc), code.replace(/\s/g, ''));
  if (step === null || (user.mfaLastStep !== null && step <= user.mfaLastStep)) {
    throw badRequest('MFA_INVALID', [{ field: 'code', code: 'MFA_INVALID' }]);
  }
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ mfaLastStep: step }).where(eq(users.id, user.id));
    await replaceRecoveryCodes(tx as unknown as Db, user.id, codes);
    await appendAudit(tx, {
      action: 'auth.mfa.recovery_codes',
      actorId: user.id,
      actorName: user.username,
      objectType: 'user',
      objectId: user.id,
      unitId: user.unitId,
      ip: info.ip,
      requestId: info.requestId,
    });
  });
  return codes;
}

/** Completes an administrator-issued reset link: the user, never the admin, chooses the password. */
export async function completePasswordReset(
  ctx: AuthContext,
  input: { token: string; newPassword: string },
  info: RequestInfo,
) {
  const tokenHash = sha256Hex(input.token);
  const [row] = await ctx.db
    .select({ userId: passwordResetTokens.userId, username: users.username, unitId: users.unitId })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
        eq(users.status, 'active'),
      ),
    );
  if (!row) throw badRequest('RESET_LINK_INVALID');
  const problem = checkPassword(input.newPassword, { username: row.username });
  if (problem) throw badRequest(problem, [{ field: 'newPassword', code: problem }]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt)))
      .returning({ userId: passwordResetTokens.userId });
    if (used.length !== 1) throw badRequest('RESET_LINK_INVALID');
    // MFA stays as it was: a reset link replaces the password, never the second factor.
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, row.userId));
    await deleteSessionsOfUser(tx, row.userId);
    await appendAudit(tx, {
      action: 'auth.password.reset_complete',
      actorId: row.userId,
      actorName: row.username,
      objectType: 'user',
      objectId: row.userId,
      unitId: row.unitId,
      ip: info.ip,
      requestId: info.requestId,
    });
  });
}

export async function setLocale(ctx: AuthContext, actor: Actor, locale: 'vi' | 'en') {
  await ctx.db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}

function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = Buffer.from(randomToken(16), 'base64url');
    const chars = [...bytes.subarray(0, 10)].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

async function replaceRecoveryCodes(db: Db, userId: string, codes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((c) => ({ userId, codeHash: sha256Hex(c.replace('-', '').toLowerCase()) })));
}

export { AppError };
