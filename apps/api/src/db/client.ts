import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsDir } from '../lib/paths';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; otherwise PGlite. */
  url?: string | null;
  /** PGlite data directory; omitted means in memory (tests). */
  dataDir?: string | null;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A broken connection in the pool must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder: migrationsDir }),
      close: () => pool.end(),
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.join(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: migrationsDir }),
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows, the same way on PGlite and PostgreSQL. */
export async function query<T extends Record<string, unknown>>(db: DbOrTx, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * `query` as a named prepared statement on PostgreSQL, for hot read paths
 * whose statement is large enough that planning it costs more than running
 * it (the dashboard). The name is a hash of the SQL text, so each pooled
 * connection prepares each text once and PostgreSQL's plan cache keeps its
 * plan. Elsewhere (PGlite, an open transaction) it is `query`.
 */
export async function queryPrepared<T extends Record<string, unknown>>(
  db: DbOrTx,
  statement: SQL,
): Promise<T[]> {
  const internal = db as unknown as {
    $client?: unknown;
    dialect: { sqlToQuery(s: SQL): { sql: string; params: unknown[] } };
  };
  if (!(internal.$client instanceof pg.Pool)) return query<T>(db, statement);
  const { sql: text, params } = internal.dialect.sqlToQuery(statement);
  const name = `es_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
  const result = await internal.$client.query<T>({ name, text, values: params });
  return result.rows;
}
