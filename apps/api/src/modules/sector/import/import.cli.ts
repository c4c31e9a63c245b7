import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { errorMessage } from '@edushield/core';
import { SingleBar } from 'cli-progress';
import type { Settings } from '../../../config/settings';
import type { Db } from '../../../db/client';
import type { Keys } from '../../../lib/keys';
import type { ImportSummary } from './analyse';
import { runAnalysis } from './analyse.job';
import { runCommit } from './commit.job';
import { isAppError } from './import.errors';
import {
  findSchoolByCode,
  findSchoolYearByCode,
  getBatch,
  listFindings,
  type Progress,
} from './import.repository';
import { type CommitMode, requestCommit, startStudentImport } from './import.service';
import { MAX_JOB_ATTEMPTS } from './job.deps';
import { importLimits } from './limits';

/**
 * `npm run cli -- import students <file> --unit <school code> --year 2025-2026 [--commit all|valid]`:
 * the same upload, analysis and commit as the web, run in this process with
 * a progress bar, for operators loading many schools' files.
 */
export interface CliImportOptions {
  file: string;
  unit: string;
  year: string;
  commit?: string;
  maxRows?: number;
}

/** Operator actions are recorded under this id, with the OS user in the name. */
const CLI_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

const PHASES: Record<string, string> = {
  reading: 'Đọc tệp / reading',
  checking: 'Kiểm tra / checking',
  workbook: 'Tệp lỗi / error workbook',
  writing: 'Ghi dữ liệu / writing',
};

function progressBar() {
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', hideCursor: true });
  let started = false;
  const update = (p: Progress) => {
    if (!process.stderr.isTTY) return;
    // While reading, the total is not known yet: the bar follows the rows read.
    const total = Math.max(p.total, p.done, 1);
    const phase = PHASES[p.phase] ?? p.phase;
    if (!started) {
      bar.start(total, p.done, { phase });
      started = true;
    }
    bar.setTotal(total);
    bar.update(p.done, { phase });
  };
  const stop = () => {
    if (started) bar.stop();
    started = false;
  };
  return { update, stop };
}

export async function importStudentsCli(
  deps: { db: Db; keys: Keys; settings: Settings },
  options: CliImportOptions,
  print: { out: (line: string) => void; err: (line: string) => void } = {
    out: console.log,
    err: console.error,
  },
): Promise<number> {
  const mode: CommitMode | null =
    options.commit === undefined
      ? null
      : options.commit === 'all'
        ? 'all_or_nothing'
        : options.commit === 'valid'
          ? 'valid_only'
          : null;
  if (options.commit !== undefined && !mode) {
    print.err('--commit phải là "all" hoặc "valid" / --commit must be "all" or "valid"');
    return 64;
  }
  const school = await findSchoolByCode(deps.db, options.unit);
  if (!school) {
    print.err(`Không tìm thấy trường có mã "${options.unit}" / no school with code "${options.unit}"`);
    return 65;
  }
  const year = await findSchoolYearByCode(deps.db, options.year);
  if (!year) {
    print.err(`Không có năm học "${options.year}" / no school year "${options.year}"`);
    return 65;
  }
  const limits = importLimits(options.maxRows ? { maxRows: options.maxRows } : {});
  const actor = { id: CLI_ACTOR_ID, name: `cli:${userInfo().username}` };
  const jobDeps = { db: deps.db, keys: deps.keys, limits };
  const bar = progressBar();
  try {
    const size = statSync(options.file).size;
    if (size > deps.settings.uploadLimitBytes) {
      print.err(errorMessage('FILE_TOO_LARGE', 'vi'));
      return 66;
    }
    const batch = await startStudentImport(
      { db: deps.db, keys: deps.keys, dataDir: deps.settings.dataDir, limits },
      {
        unitId: school.id,
        schoolYearId: year.id,
        filename: path.basename(options.file),
        data: { path: options.file, size },
      },
      { actor },
    );
    await runAnalysis(jobDeps, batch.id, { attempts: MAX_JOB_ATTEMPTS }, bar.update);
    bar.stop();
    const analysed = await getBatch(deps.db, batch.id);
    if (analysed?.status !== 'analysed') {
      print.err(`${errorMessage(analysed?.errorCode ?? 'INTERNAL', 'vi')} (${analysed?.errorCode})`);
      const details = (analysed?.summary as { error?: { details?: unknown } } | null)?.error?.details;
      if (details) print.err(JSON.stringify(details));
      return 1;
    }
    const summary = analysed.summary as unknown as ImportSummary;
    const c = summary.counts;
    print.out(`Lô nhập / import ${batch.id}: ${school.code} — ${school.name}, ${year.code}`);
    print.out(
      `Số dòng / rows: ${c.rows}; hợp lệ / valid: ${c.valid}; có cảnh báo / with warnings: ${c.withWarnings}; lỗi / blocking: ${c.blocking}`,
    );
    for (const change of summary.changesByColumn)
      print.out(`  chuẩn hóa / standardised "${change.key}": ${change.count}`);
    const { items } = await listFindings(deps.db, batch.id, { kind: 'issue' }, 1, 20);
    for (const f of items)
      print.out(`  dòng ${f.rowNumber}${f.column ? ` [${f.column}]` : ''}: ${f.messageVi}`);
    if (!mode) return c.blocking > 0 ? 2 : 0;

    await requestCommit(deps.db, batch.id, mode, { actor });
    const result = await runCommit(
      jobDeps,
      { batchId: batch.id, actorName: actor.name },
      { attempts: MAX_JOB_ATTEMPTS },
      bar.update,
    );
    bar.stop();
    const committed = await getBatch(deps.db, batch.id);
    if (committed?.status !== 'committed') {
      print.err(`${errorMessage(committed?.errorCode ?? 'INTERNAL', 'vi')} (${committed?.errorCode})`);
      return 1;
    }
    print.out(
      `Đã ghi / written: mới / created ${result.created}, cập nhật / updated ${result.updated}, không đổi / unchanged ${result.unchanged}, bỏ qua / skipped ${result.skipped}`,
    );
    return 0;
  } catch (error) {
    bar.stop();
    if (isAppError(error)) {
      print.err(`${errorMessage(error.code, 'vi')} (${error.code})`);
      if (error.details) print.err(JSON.stringify(error.details));
      return 1;
    }
    throw error;
  }
}
