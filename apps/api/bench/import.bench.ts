import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { syncRoles } from '../src/bootstrap';
import { openDatabase, query } from '../src/db/client';
import { loadOrCreateKeys } from '../src/lib/keys';
import { orgUnits } from '../src/modules/org/org.table';
import { copyTextLine } from '../src/modules/sector/copy';
import { runAnalysis } from '../src/modules/sector/import/analyse.job';
import { runCommit } from '../src/modules/sector/import/commit.job';
import { requestCommit, startStudentImport } from '../src/modules/sector/import/import.service';
import { importLimits } from '../src/modules/sector/import/limits';
import { classes, schoolProfiles, schoolYears } from '../src/modules/sector/sector.table';
import { users } from '../src/modules/users/users.table';
import { benchSchool } from './import-file';

/**
 * `npm run bench -- import`: a generated student .xlsx (national export
 * headers, one clean primary school and its classes) imported end to end
 * (analysis: parse, standardise, validate, findings; then a valid_only commit:
 * re-read, standardise, write) through the importer's job functions, no HTTP.
 * Baseline, same run, same file: exceljs's streaming WorkbookReader plus a bulk
 * load of the raw cells into a bare table of the same columns.
 *
 * BENCH_ROWS (default 100000) rows. BENCH_RSS_ROWS=1000000 adds a separate
 * run on that many rows, first, and reports its peak RSS: on PostgreSQL the
 * compiled CLI import in its own process (runCliImport), on PGlite the job
 * functions in this process. The files are written by a child process
 * (import-file.ts).
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RSS_ROWS = Number(process.env.BENCH_RSS_ROWS ?? 0);
const TODAY = '2026-01-15'; // the generator's default "as of" date for 2025–2026

/** The file is written by a child process, so the writer's memory is not the importer's. */
function writeWorkbookApart(file: string, rows: number) {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'import-file.ts'), file, String(rows)],
    {
      stdio: 'inherit',
    },
  );
  return benchSchool(rows);
}

/** A fresh PostgreSQL database under DATABASE_URL, or PGlite in a temp dir (as api.bench.ts). */
async function benchDatabase(tmp: string) {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ url: null, dataDir: tmp });
    return { database, url: null, drop: async () => {} };
  }
  const name = `edushield_bench_imp_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: null, poolSize: 10 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Peak RSS while `work` runs, sampled every 200 ms, with the JS heap and off-heap buffers at that moment. */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number; heapMb: number; externalMb: number }> {
  let peak = process.memoryUsage();
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) peak = now;
  };
  const timer = setInterval(sample, 200);
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  try {
    const result = await work();
    sample();
    return { result, peakMb: mb(peak.rss), heapMb: mb(peak.heapUsed), externalMb: mb(peak.external) };
  } finally {
    clearInterval(timer);
  }
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/** A fresh database with the generated file's school, its school year and classes, and a clerk. */
async function prepareSchool(file: string, rows: number, root: string) {
  const workbook = writeWorkbookApart(file, rows);
  const tmp = mkdtempSync(path.join(root, 'run-'));
  const { database, url, drop } = await benchDatabase(tmp);
  try {
    await database.migrate();
    await syncRoles(database.db);
    const db = database.db;
    const rootId = crypto.randomUUID();
    const schoolId = crypto.randomUUID();
    await db.insert(orgUnits).values([
      {
        id: rootId,
        code: 'SGD',
        typeCode: 'department',
        name: 'Sở',
        path: `/${rootId}/`,
        validFrom: '2025-07-01',
      },
      {
        id: schoolId,
        code: workbook.school.schoolId,
        typeCode: 'school',
        parentId: rootId,
        name: workbook.school.name,
        path: `/${rootId}/${schoolId}/`,
        validFrom: '2025-07-01',
      },
    ]);
    await db.insert(schoolProfiles).values({ unitId: schoolId, levelCode: 'TH', provinceCode: '08' });
    const [year] = await db
      .insert(schoolYears)
      .values({ code: '2025-2026', startsOn: '2025-09-05', endsOn: '2026-05-31', isCurrent: true })
      .returning();
    for (let i = 0; i < workbook.schoolClasses.length; i += 500)
      await db.insert(classes).values(
        workbook.schoolClasses.slice(i, i + 500).map((c) => ({
          unitId: schoolId,
          schoolYearId: year!.id,
          code: c.classCode,
          name: c.className,
          grade: c.grade,
        })),
      );
    const [clerk] = await db
      .insert(users)
      .values({ username: 'clerk', fullName: 'Văn thư', unitId: schoolId, passwordHash: null })
      .returning();
    const keys = loadOrCreateKeys(path.join(tmp, 'keys'));
    return { workbook, tmp, database, url, drop, schoolId, yearId: year!.id, clerk: clerk!, keys };
  } catch (error) {
    await database.close();
    await drop();
    throw error;
  }
}

/** Upload, analysis and valid_only commit of `file` into a fresh database; timings and peak RSS. */
async function runPipeline(file: string, rows: number, root: string, withBaseline: boolean) {
  const { workbook, tmp, database, url, drop, schoolId, yearId, clerk, keys } = await prepareSchool(
    file,
    rows,
    root,
  );
  const db = database.db;
  try {
    const baseline = withBaseline ? await runBaseline(file, workbook.headers, database, url) : null;

    const actor = { id: clerk.id, name: 'Văn thư' };
    const deps = { db, keys, today: () => TODAY };
    const measured = await withPeakRss(async () => {
      let t = process.hrtime.bigint();
      const batch = await startStudentImport(
        { db, keys, dataDir: tmp, limits: importLimits() },
        { unitId: schoolId, schoolYearId: yearId, filename: 'hoc-sinh.xlsx', data: readFileSync(file) },
        { actor },
      );
      const uploadS = seconds(t);
      t = process.hrtime.bigint();
      const analysed = await runAnalysis(deps, batch.id);
      const analyseS = seconds(t);
      if (analysed.valid === undefined)
        throw new Error(`analysis did not finish: ${JSON.stringify(analysed)}`);
      t = process.hrtime.bigint();
      await requestCommit(db, batch.id, 'valid_only', { actor });
      const committed = await runCommit(deps, { batchId: batch.id, actorName: actor.name });
      const commitS = seconds(t);
      return { uploadS, analyseS, commitS, analysed, committed };
    });
    const written =
      Number(measured.result.committed.created ?? 0) + Number(measured.result.committed.updated ?? 0);
    return {
      ...measured.result,
      peakMb: measured.peakMb,
      heapMb: measured.heapMb,
      externalMb: measured.externalMb,
      written,
      baseline,
      kind: database.kind,
    };
  } finally {
    await database.close();
    await drop();
  }
}

const API_DIR = path.resolve(import.meta.dirname, '..');

/** VmHWM of a running process in MB: the kernel's high-water mark of its RSS (Linux). */
function highWaterMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0; // exited between two reads
  }
}

/**
 * The peak-RSS run on PostgreSQL: the import as an operator runs it,
 * `edushield import students <file> --commit valid` from the compiled CLI
 * (npm start's build, so no TypeScript loader is measured), in its own
 * process; its peak is the kernel's RSS high-water mark, read until it
 * exits. Upload, analysis and commit are the same job functions as above.
 */
async function runCliImport(file: string, rows: number, root: string) {
  const { workbook, tmp, database, url, drop, schoolId } = await prepareSchool(file, rows, root);
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: API_DIR, stdio: 'ignore' });
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        path.join(API_DIR, 'dist', 'cli.js'),
        'import',
        'students',
        file,
        '--unit',
        workbook.school.schoolId,
        '--year',
        '2025-2026',
        '--commit',
        'valid',
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: url!,
          DATA_DIR: tmp,
          LOG_LEVEL: 'silent',
          NODE_OPTIONS: '',
          // A 1,000,000-row file is ~105 MB: above the 20 MB default, as an operator would set it.
          UPLOAD_LIMIT_BYTES: String(512 * 1_048_576),
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let peakMb = 0;
    const timer = setInterval(() => {
      peakMb = Math.max(peakMb, highWaterMb(child.pid!));
    }, 100);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    clearInterval(timer);
    const runS = seconds(started);
    if (code !== 0) throw new Error(`edushield import exited with ${code}: ${stderr}`);
    const [written] = await query<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from students where unit_id = ${schoolId}`,
    );
    return { peakMb, runS, written: written?.n ?? 0 };
  } finally {
    await database.close();
    await drop();
  }
}

/** Streaming read with exceljs's WorkbookReader, raw cells into a bare table of the same columns. */
async function runBaseline(
  file: string,
  headers: string[],
  database: Awaited<ReturnType<typeof openDatabase>>,
  url: string | null,
) {
  const cols = headers.map((_, i) => `c${i}`);
  const ddl = `create table bench_import_bare (${cols.map((c) => `${c} text`).join(', ')})`;
  const text = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object' && 'richText' in (v as object))
      return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if (typeof v === 'object' && 'result' in (v as object)) return String((v as { result: unknown }).result);
    return String(v);
  };
  async function* rowsOf(): AsyncGenerator<(string | null)[]> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number === 1) continue;
        const values = row.values as unknown[]; // 1-based
        yield cols.map((_, i) => text(values[i + 1]));
      }
      break;
    }
  }
  let n = 0;
  const t = process.hrtime.bigint();
  let method: string;
  if (url) {
    method = 'exceljs WorkbookReader + COPY FROM STDIN (pg-copy-streams, text format, one COPY)';
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(ddl);
      const copy = client.query(copyFrom(`copy bench_import_bare (${cols.join(',')}) from stdin`));
      const lines = async function* () {
        let buffered: string[] = [];
        for await (const r of rowsOf()) {
          buffered.push(copyTextLine(r));
          n++;
          if (buffered.length >= 1000) {
            yield buffered.join('');
            buffered = [];
          }
        }
        if (buffered.length > 0) yield buffered.join('');
      };
      await pipeline(Readable.from(lines()), copy);
    } finally {
      await client.end();
    }
  } else {
    method = "exceljs WorkbookReader + PGlite COPY FROM '/dev/blob' (CSV, 10,000 rows per COPY)";
    const client = (database.db as unknown as { $client: PGlite }).$client;
    await client.exec(ddl);
    const csvCell = (v: string | null) => (v === null ? '' : `"${v.replace(/"/g, '""')}"`);
    let lines: string[] = [];
    const flush = async () => {
      if (lines.length === 0) return;
      const blob = new Blob([`${lines.join('\n')}\n`]);
      await client.query(
        `copy bench_import_bare (${cols.join(',')}) from '/dev/blob' with (format csv)`,
        [],
        {
          blob,
        },
      );
      lines = [];
    };
    for await (const r of rowsOf()) {
      lines.push(r.map(csvCell).join(','));
      n++;
      if (lines.length >= 10_000) await flush();
    }
    await flush();
  }
  const s = seconds(t);
  return { rows: n, seconds: s, method };
}

export async function runImportBench() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'edushield-bench-import-'));
  try {
    // The RSS run goes first, in a process that has not yet read or written a large workbook.
    let rss: Record<string, unknown> | null = null;
    if (RSS_ROWS > 0) {
      const bigFile = path.join(tmp, 'hoc-sinh-big.xlsx');
      if (process.env.DATABASE_URL) {
        const big = await runCliImport(bigFile, RSS_ROWS, tmp);
        rss = {
          rss_run_method: 'compiled CLI in its own process, peak = VmHWM',
          rss_run_peak_rss_mb: big.peakMb,
          rss_run_rows_s: Math.round(RSS_ROWS / big.runS),
          rss_run_written: big.written,
        };
      } else {
        // PGlite lives in this process (one process per data directory): measured in-process.
        const big = await runPipeline(bigFile, RSS_ROWS, tmp, false);
        rss = {
          rss_run_method: 'in this process (tsx), sampled every 200 ms',
          rss_run_peak_rss_mb: big.peakMb,
          rss_run_heap_at_peak_mb: big.heapMb,
          rss_run_external_at_peak_mb: big.externalMb,
          rss_run_rows_s: Math.round(RSS_ROWS / (big.analyseS + big.commitS)),
          rss_run_written: big.written,
        };
      }
      rmSync(bigFile, { force: true });
    }
    const file = path.join(tmp, 'hoc-sinh.xlsx');
    const main = await runPipeline(file, ROWS, tmp, true);
    const base = main.baseline!;
    if (base.rows !== ROWS) throw new Error(`baseline read ${base.rows} rows, wanted ${ROWS}`);
    // A clean generated school still has the odd row the rules block (reported in `analysis`).
    if (main.written < ROWS * 0.99)
      throw new Error(`import wrote ${main.written} of ${ROWS} rows: ${JSON.stringify(main.committed)}`);
    const pipelineS = main.analyseS + main.commitS;
    const value = ROWS / pipelineS;
    const baseline = ROWS / base.seconds;
    const result: Record<string, unknown> = {
      name: 'import',
      unit: 'rows/s',
      value: Math.round(value),
      baseline: Math.round(baseline),
      ratio: Number((value / baseline).toFixed(3)),
      better: 'higher',
      rows: ROWS,
      db: main.kind,
      file_mb: Number((statSync(file).size / 1024 / 1024).toFixed(1)),
      upload_s: Number(main.uploadS.toFixed(2)),
      analyse_s: Number(main.analyseS.toFixed(2)),
      commit_s: Number(main.commitS.toFixed(2)),
      baseline_s: Number(base.seconds.toFixed(2)),
      baseline_method: base.method,
      peak_rss_mb: main.peakMb,
      heap_at_peak_mb: main.heapMb,
      external_at_peak_mb: main.externalMb,
      rows_written: main.written,
      analysis: main.analysed,
    };
    if (rss) Object.assign(result, { rss_rows: RSS_ROWS, ...rss });
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
