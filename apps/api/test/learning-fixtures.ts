import { eq } from 'drizzle-orm';
import { sha256Hex } from '../src/lib/crypto';
import { sessions } from '../src/modules/auth/auth.table';
import { createSession } from '../src/modules/auth/sessions.repository';
import { type SeededUser, type Session, signIn, type TestContext } from './helpers';

/**
 * A session for a test user. Accounts without MFA sign in through the API;
 * accounts with MFA get a verified session directly (as the access matrix
 * does), so a TOTP step boundary on a loaded machine cannot fail a test.
 */
export async function sessionOf(ctx: TestContext, user: SeededUser): Promise<Session> {
  if (!user.mfa) return signIn(ctx.app, user);
  const token = await createSession(
    ctx.db,
    { userId: user.id, mfaVerified: true, ip: '127.0.0.1', userAgent: 'learning-test' },
    { idleMinutes: 30, absoluteHours: 12 },
  );
  const [row] = await ctx.db
    .select({ csrf: sessions.csrfToken })
    .from(sessions)
    .where(eq(sessions.idHash, sha256Hex(token)));
  const cookie = `edushield_sid=${token}`;
  return { cookie, csrf: row!.csrf, headers: { cookie, 'x-csrf-token': row!.csrf } };
}
