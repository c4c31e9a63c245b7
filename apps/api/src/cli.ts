import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { count } from 'drizzle-orm';
import { syncRoles } from './bootstrap';
import { loadSettings, type Settings, SettingsError } from './config/settings';
import { type Database, openDatabase } from './db/client';
import { generateStudentFile } from './demo/generate.cli';
import { ENCRYPTED_COLUMNS, resealTable } from './lib/key-rotation';
import { addFieldKey, loadOrCreateKeys, readKeyRing } from './lib/keys';
import { createDailyCheckpoints } from './modules/audit/audit.checkpoints';
import { auditLog } from './modules/audit/audit.table';
import { verifyAuditChain } from './modules/audit/audit.verify';
import { importStudentsCli } from './modules/sector/import/import.cli';
import { serverLockFile } from './server.lock';

/**
 * Operator commands: `npm run cli -- <command>`. They use the same settings
 * as the server (DATABASE_URL or DATA_DIR, EDUSHIELD_KEYS_DIR).
 */
const program = new Command('edushield').description('EduShield — công cụ quản trị / operator tools');

function settingsOrExit(): Settings {
  try {
    return loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}

/**
 * PGlite allows one process per data directory. While the server runs, read-only
 * commands work on a snapshot copy (PostgreSQL recovers it like after a crash).
 */
async function withDatabase<T>(
  settings: Settings,
  readOnly: boolean,
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  let dataDir: string | null = settings.dataDir;
  let snapshot: string | null = null;
  if (!settings.databaseUrl && serverIsRunning(settings)) {
    if (!readOnly) {
      console.error('Máy chủ EduShield đang chạy với PGlite trong DATA_DIR này: hãy dừng máy chủ trước.');
      console.error('The EduShield server is running on this PGlite DATA_DIR: stop it first.');
      process.exit(75);
    }
    snapshot = mkdtempSync(path.join(tmpdir(), 'edushield-snapshot-'));
    cpSync(path.join(settings.dataDir, 'pglite'), path.join(snapshot, 'pglite'), { recursive: true });
    dataDir = snapshot;
    console.error(
      '(Máy chủ đang chạy: kiểm tra trên bản chụp dữ liệu / server running: checking a snapshot)',
    );
  }
  const database = await openDatabase({ url: settings.databaseUrl, dataDir });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  }
}

function serverIsRunning(settings: Settings): boolean {
  const lock = serverLockFile(settings);
  if (!existsSync(lock)) return false;
  const pid = Number(readFileSync(lock, 'utf8'));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const audit = program.command('audit').description('Nhật ký kiểm toán / audit log');

audit
  .command('verify')
  .description('Kiểm tra chuỗi băm và các mốc ký số hằng ngày / verify the hash chain and signed checkpoints')
  .action(async () => {
    const settings = settingsOrExit();
    const keys = loadOrCreateKeys(settings.keysDir);
    const result = await withDatabase(settings, true, async ({ db }) => {
      const [total] = await db.select({ n: count() }).from(auditLog);
      const bar = new SingleBar({ format: 'Kiểm tra / verifying [{bar}] {value}/{total}', hideCursor: true });
      if (process.stderr.isTTY) bar.start(total?.n ?? 0, 0);
      const outcome = await verifyAuditChain(
        db,
        keys.auditPublicKeyPem,
        (n) => process.stderr.isTTY && bar.update(n),
      );
      if (process.stderr.isTTY) bar.stop();
      return outcome;
    });
    if (result.ok) {
      console.log(
        `OK: chuỗi nhật ký nguyên vẹn — ${result.checked} bản ghi, ${result.checkpoints} mốc ký số hợp lệ. ` +
          `(audit chain intact: ${result.checked} entries, ${result.checkpoints} valid checkpoints)`,
      );
      return;
    }
    const reasons: Record<string, string> = {
      hash_mismatch: 'nội dung bản ghi đã bị sửa / entry content was modified',
      chain_link:
        'liên kết chuỗi bị đứt (bản ghi trước bị xóa hoặc chèn) / chain link broken (a previous entry was removed or inserted)',
      checkpoint_mismatch: 'khác với mốc đã ký / differs from the signed checkpoint',
      checkpoint_signature: 'chữ ký mốc không hợp lệ / checkpoint signature invalid',
      missing_rows: 'bản ghi đã ký bị xóa / a signed entry was deleted',
    };
    console.error(
      `HỎNG / BROKEN: bản ghi #${result.broken!.id}: ${reasons[result.broken!.reason]} ` +
        `(${result.checked} bản ghi trước đó hợp lệ / entries before it are valid)`,
    );
    process.exitCode = 1;
  });

audit
  .command('checkpoint')
  .description('Ký số các ngày đã kết thúc chưa có mốc / sign finished days that have no checkpoint')
  .action(async () => {
    const settings = settingsOrExit();
    const keys = loadOrCreateKeys(settings.keysDir);
    const created = await withDatabase(settings, false, ({ db }) => createDailyCheckpoints(db, keys));
    console.log(`Đã tạo ${created} mốc / created ${created} checkpoints`);
  });

program
  .command('migrate')
  .description('Áp dụng các migration SQL / apply SQL migrations')
  .action(async () => {
    const settings = settingsOrExit();
    await withDatabase(settings, false, async ({ db }) => syncRoles(db));
    console.log('OK');
  });

const keysCommand = program.command('keys').description('Khóa mã hóa / encryption keys');
keysCommand
  .command('rotate')
  .description('Tạo khóa mới và mã hóa lại dữ liệu / add a new field key and re-encrypt data with it')
  .action(async () => {
    const settings = settingsOrExit();
    loadOrCreateKeys(settings.keysDir);
    const newId = addFieldKey(settings.keysDir);
    const ring = readKeyRing(settings.keysDir);
    const rewrapped = await withDatabase(settings, false, async ({ db }) => {
      let n = 0;
      const bar = new SingleBar({ format: 'Mã hóa lại / re-encrypting [{bar}] {value} {table}' });
      if (process.stderr.isTTY) bar.start(0, 0, { table: '' });
      for (const [table, columns] of ENCRYPTED_COLUMNS) {
        n += await resealTable(db, ring, table, columns, (done) => {
          if (process.stderr.isTTY) {
            bar.setTotal(n + done);
            bar.update(n + done, { table });
          }
        });
      }
      if (process.stderr.isTTY) bar.stop();
      return n;
    });
    console.log(`Khóa hiện hành / current key: ${newId}; đã mã hóa lại / re-encrypted: ${rewrapped}`);
  });

program
  .command('import')
  .description('Nhập dữ liệu từ tệp / import data from files')
  .command('students <file>')
  .description("Nhập danh sách học sinh (.xlsx, .xls, .csv) của một trường / import a school's student list")
  .requiredOption('--unit <code>', 'mã trường / school code')
  .requiredOption('--year <code>', 'năm học, ví dụ 2025-2026 / school year')
  .option('--commit <mode>', 'ghi sau khi kiểm tra: all (tất cả hoặc không) | valid (chỉ dòng hợp lệ)')
  .option('--max-rows <n>', 'giới hạn số dòng / row limit', (v) => Number.parseInt(v, 10))
  .action(
    async (file: string, options: { unit: string; year: string; commit?: string; maxRows?: number }) => {
      const settings = settingsOrExit();
      const keys = loadOrCreateKeys(settings.keysDir);
      process.exitCode = await withDatabase(settings, false, ({ db }) =>
        importStudentsCli({ db, keys, settings }, { file, ...options }),
      );
    },
  );

program
  .command('generate')
  .description('Dữ liệu tổng hợp / synthetic data')
  .command('students <out.xlsx>')
  .description(
    'Tạo tệp học sinh tổng hợp theo mẫu quốc gia / write a synthetic student file (national layout)',
  )
  .option('--rows <n>', 'số dòng / rows', (v) => Number.parseInt(v, 10), 1000)
  .option('--messy <share>', 'tỉ lệ ô "bẩn" 0..1 / share of messy cells', (v) => Number.parseFloat(v), 0.1)
  .option('--seed <seed>', 'hạt giống / seed (same seed, same file)', 'edushield')
  .action(async (out: string, options: { rows: number; messy: number; seed: string }) => {
    if (!Number.isInteger(options.rows) || options.rows < 1 || options.rows > 2_000_000) {
      console.error('--rows: cần số nguyên 1..2000000 / expected an integer 1..2000000');
      process.exit(2);
    }
    if (!(options.messy >= 0 && options.messy <= 1)) {
      console.error('--messy: cần số từ 0 đến 1 / expected a number 0..1');
      process.exit(2);
    }
    const written = await generateStudentFile({ out, ...options });
    console.log(`Đã ghi ${written} dòng vào ${out} / wrote ${written} rows`);
  });

program.parseAsync(process.argv).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
