import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DbOrTx } from '../../db/client';
import { copyTextLine, copyValue } from './copy';

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

/** What a transaction runs on underneath Drizzle: a node-postgres client, or PGlite's transaction. */
type Underlying =
  | { kind: 'pg'; client: pg.ClientBase }
  | {
      kind: 'pglite';
      client: { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };
    };

function underlying(tx: DbOrTx): Underlying | null {
  // Only a transaction has one connection of its own (the database object holds a pool).
  if (!('rollback' in tx)) return null;
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (client instanceof pg.Client) return { kind: 'pg', client };
  if (
    client &&
    typeof (client as { query?: unknown }).query === 'function' &&
    'rollback' in (client as object)
  )
    return { kind: 'pglite', client: client as Extract<Underlying, { kind: 'pglite' }>['client'] };
  return null;
}

/** Rows per COPY text piece handed to the stream (and per PGlite blob). */
const COPY_PIECE = 1_000;
/** Fewer rows than this go through INSERT: a COPY costs its own round trips. */
const COPY_MIN_ROWS = 50;

/**
 * As bulkInsert, through COPY FROM STDIN inside a transaction: no JSON built
 * in Node or parsed by PostgreSQL, no statement to plan. Outside a
 * transaction, or for a few rows, it is bulkInsert. A failing row (a unique
 * index) fails the COPY and with it the transaction, as an INSERT would.
 */
export async function bulkCopy<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const target = rows.length >= COPY_MIN_ROWS ? underlying(tx) : null;
  if (!target) return bulkInsert(tx, table, rows);
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(columns).filter((k) =>
    rows.some((r) => (r as Record<string, unknown>)[k] !== undefined),
  );
  const list = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const pieces = function* () {
    for (let at = 0; at < rows.length; at += COPY_PIECE) {
      let text = '';
      for (const row of rows.slice(at, at + COPY_PIECE))
        text += copyTextLine(keys.map((k) => copyValue((row as Record<string, unknown>)[k])));
      yield text;
    }
  };
  const name = `"${getTableName(table)}"`;
  if (target.kind === 'pg') {
    await pipeline(
      Readable.from(pieces()),
      target.client.query(copyFrom(`copy ${name} (${list}) from stdin`)),
    );
    return;
  }
  for (const text of pieces())
    await target.client.query(`copy ${name} (${list}) from '/dev/blob'`, [], { blob: new Blob([text]) });
}
