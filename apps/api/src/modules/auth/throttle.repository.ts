import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { loginThrottle } from './auth.table';

export interface ThrottlePolicy {
  maxPerAccount: number;
  maxPerAddress: number;
  lockMinutes: number;
}

export const accountKey = (username: string) => `u:${username.toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Seconds until the caller may try again, or 0. Same answer for real and unknown accounts. */
export async function secondsBlocked(db: DbOrTx, keys: string[]): Promise<number> {
  const rows = await db
    .select({ until: loginThrottle.blockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys));
  const latest = Math.max(0, ...rows.map((r) => (r.until ? r.until.getTime() : 0)));
  return latest > Date.now() ? Math.ceil((latest - Date.now()) / 1000) : 0;
}

/** Counts a failure in a sliding window; reaching the limit blocks the key for lockMinutes. */
export async function recordFailure(
  db: DbOrTx,
  key: string,
  limit: number,
  lockMinutes: number,
): Promise<void> {
  await db.execute(sql`
    insert into login_throttle (key, failures, window_start) values (${key}, 1, now())
    on conflict (key) do update set
      failures = case when login_throttle.window_start < now() - make_interval(mins => ${lockMinutes})
                      then 1 else login_throttle.failures + 1 end,
      window_start = case when login_throttle.window_start < now() - make_interval(mins => ${lockMinutes})
                          then now() else login_throttle.window_start end`);
  await db.execute(sql`
    update login_throttle set blocked_until = now() + make_interval(mins => ${lockMinutes}), failures = 0,
           window_start = now()
    where key = ${key} and failures >= ${limit}`);
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
}
