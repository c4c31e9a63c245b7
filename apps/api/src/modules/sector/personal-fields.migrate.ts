import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import type { PersonalDataCodec } from '../../lib/personal-data';

/**
 * The data half of migration 0012: staff e-mail and pupil birth place were
 * stored in plain text (`staff.email`, `students.birth_place`). SQL cannot
 * encrypt with a key that lives outside the database, so the app does it at
 * startup, after the SQL migrations: each plain value is sealed into its
 * `_enc` column and the plain column emptied, 500 rows per statement.
 *
 * Idempotent: only rows whose plain column still holds a value are touched,
 * so a restart after a crash continues where it stopped and a finished
 * database costs one scan per table. A value the app already wrote
 * to the `_enc` column wins over a plain one (it is newer).
 */

interface LegacyColumn {
  table: 'staff' | 'students';
  plain: string;
  sealed: string;
}

export const LEGACY_PERSONAL_COLUMNS: readonly LegacyColumn[] = [
  { table: 'staff', plain: 'email', sealed: 'email_enc' },
  { table: 'students', plain: 'birth_place', sealed: 'birth_place_enc' },
];

const BATCH = 500;

export async function sealLegacyPersonalFields(
  db: DbOrTx,
  codec: PersonalDataCodec,
  batchSize = BATCH,
): Promise<Record<string, number>> {
  const sealedCounts: Record<string, number> = {};
  for (const column of LEGACY_PERSONAL_COLUMNS) {
    sealedCounts[`${column.table}.${column.plain}`] = await sealColumn(db, codec, column, batchSize);
  }
  return sealedCounts;
}

async function sealColumn(
  db: DbOrTx,
  codec: PersonalDataCodec,
  { table, plain, sealed }: LegacyColumn,
  batchSize: number,
): Promise<number> {
  const t = sql.raw(`"${table}"`);
  const p = sql.raw(`"${plain}"`);
  const s = sql.raw(`"${sealed}"`);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // Keyset over the primary key: each batch is one index range, whatever the table's size.
    const rows = await query<{ id: string; plain: string; sealed: string | null }>(
      db,
      sql`select id::text as id, ${p} as plain, ${s} as sealed from ${t}
          where ${p} is not null and id > ${after}::uuid order by id limit ${batchSize}`,
    );
    if (rows.length === 0) return done;
    const payload = JSON.stringify(
      rows.map((r) => ({
        id: r.id,
        plain: r.plain,
        sealed: r.sealed ?? (r.plain.trim() === '' ? null : codec.seal(r.plain)),
      })),
    );
    // `plain = v.plain`: a row changed since it was read is left for the next start.
    await db.execute(sql`
      update ${t} as x set ${s} = v.sealed, ${p} = null
        from jsonb_to_recordset(${payload}::jsonb) as v(id uuid, plain text, sealed text)
       where x.id = v.id and x.${p} = v.plain`);
    done += rows.length;
    after = rows[rows.length - 1]!.id;
  }
}
