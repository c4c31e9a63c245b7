import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { decryptField, encryptField, type KeyRing } from './crypto';

/**
 * Every column holding AES-256-GCM ciphertext ("v1:<keyId>:…"). Old keys stay
 * in the key directory, so anything not listed here (e.g. uploads awaiting
 * import, kept at most 7 days) remains readable after a rotation.
 */
export const ENCRYPTED_COLUMNS: [string, string[]][] = [
  ['users', ['mfa_secret_enc', 'mfa_pending_secret_enc']],
  ['students', ['personal_id_enc', 'phone_enc', 'address_enc', 'health_note_enc', 'birth_place_enc']],
  ['staff', ['personal_id_enc', 'phone_enc', 'address_enc', 'email_enc']],
  ['guardians', ['phone_enc', 'personal_id_enc']],
  ['import_findings', ['before', 'after']],
];

/** Re-seals every ciphertext of a table with the current key, 500 rows per statement. */
export async function resealTable(
  db: Db,
  ring: KeyRing,
  table: string,
  columns: string[],
  onProgress: (done: number) => void,
): Promise<number> {
  const anySealed = columns.map((c) => `${c} like 'v1:%'`).join(' or ');
  let done = 0;
  let lastId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await db.execute(
      sql.raw(
        `select id::text as id, ${columns.join(', ')} from ${table} where (${anySealed}) and id > '${lastId}' order by id limit 500`,
      ),
    )) as unknown as { rows: Record<string, string | null>[] };
    if (rows.rows.length === 0) return done;
    for (const row of rows.rows) {
      const sets = columns.map((c) => {
        const value = row[c];
        const next = value?.startsWith('v1:') ? encryptField(ring, decryptField(ring, value)) : value;
        return sql`${sql.raw(c)} = ${next ?? null}`;
      });
      await db.execute(
        sql`update ${sql.raw(table)} set ${sql.join(sets, sql`, `)} where id = ${row.id}::uuid`,
      );
      lastId = row.id!;
      done++;
    }
    onProgress(done);
  }
}
