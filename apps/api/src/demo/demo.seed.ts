import type { Db } from '../db/client';
import type { Keys } from '../lib/keys';

/** Seeds the demo province (EDUSHIELD_DEMO=1). */
export async function seedDemoProvince(_db: Db, _deps: { keys: Keys }): Promise<void> {}
