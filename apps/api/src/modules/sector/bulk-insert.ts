import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';

/**
 * Many rows in one INSERT with ONE parameter: the rows as a JSON array,
 * spread by jsonb_populate_recordset over the table's own row type. Building
 * a 20-column × 1,000-row INSERT with one bind parameter per value costs the
 * query builder more than the database spends writing it. Columns no row
 * gives keep their defaults.
 */
export async function bulkInsert<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: readonly T['$inferInsert'][],
  chunkSize = 5_000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(columns).filter((k) =>
    rows.some((r) => (r as Record<string, unknown>)[k] !== undefined),
  );
  const names = keys.map((k) => columns[k]!.name);
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  for (let at = 0; at < rows.length; at += chunkSize) {
    const payload = JSON.stringify(
      rows.slice(at, at + chunkSize).map((row) => {
        const out: Record<string, unknown> = {};
        keys.forEach((k, i) => {
          out[names[i]!] = (row as Record<string, unknown>)[k] ?? null;
        });
        return out;
      }),
    );
    await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${payload}::jsonb)`,
    );
  }
}
