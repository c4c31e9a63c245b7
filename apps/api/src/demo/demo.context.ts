import type { Db } from '../db/client';
import type { Keys } from '../lib/keys';

/**
 * What the demo seed hands each feature's seeder (modules/<feature>/<feature>.demo.ts):
 * the database, keys, the admin, the root unit, units by code, the shared demo
 * password hash, and a list the seeder appends demo usernames to (printed at start).
 */
export interface DemoContext {
  db: Db;
  keys: Keys;
  adminId: string;
  rootId: string;
  byCode: ReadonlyMap<string, string>;
  passwordHash: string;
  accounts: string[];
}
