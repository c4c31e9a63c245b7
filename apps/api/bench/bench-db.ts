import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client';

export interface BenchDatabase {
  database: Database;
  /** A fresh temporary directory (PGlite's data, keys, files), removed by `drop`. */
  tmp: string;
  /** The fresh database's URL on PostgreSQL, null on PGlite. */
  url: string | null;
  /** Drops the PostgreSQL database (after `database.close()`) and removes `tmp`. */
  drop(): Promise<void>;
}

/**
 * The database a benchmark runs in: a new, empty PostgreSQL database under
 * DATABASE_URL (created here, dropped by `drop`), else PGlite in a temporary
 * directory. Not migrated: the bench decides when.
 */
export async function benchDatabase(label: string, poolSize = 10): Promise<BenchDatabase> {
  const tmp = mkdtempSync(path.join(tmpdir(), `edushield-bench-${label}-`));
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ url: null, dataDir: tmp });
    return { database, tmp, url: null, drop: async () => removeTmp() };
  }
  const name = `edushield_bench_${label}_${Date.now().toString(36)}`;
  await adminQuery(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: null, poolSize });
  return {
    database,
    tmp,
    url: url.toString(),
    drop: async () => {
      await adminQuery(base, `drop database if exists ${name} with (force)`);
      removeTmp();
    },
  };
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
