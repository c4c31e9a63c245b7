import type { ByteSource } from '../../../lib/byte-source';
import { appendAudit } from '../../audit/audit.service';
import { analyseUpload, type ImportSummary } from './analyse';
import { writeErrorWorkbook } from './error-workbook';
import { SEVERITY_WARNING } from './findings';
import { importError, isAppError } from './import.errors';
import {
  deleteFindings,
  findingsOfRows,
  getBatch,
  type ImportBatch,
  transitionBatch,
} from './import.repository';
import {
  errorWorkbookPath,
  failBatch,
  type ImportJobDeps,
  MAX_JOB_ATTEMPTS,
  type ResolvedDeps,
  resolveDeps,
} from './job.deps';
import type { ImportPlan } from './plan';
import { BatchCancelled, ProgressReporter } from './progress';
import { openSpreadsheet } from './read';
import { deleteStaged, readHeader, stagedSheetRows } from './staging';
import { encryptedWriteStream, openEncrypted, removeStored } from './storage';

/**
 * Job 'import.analyse': the dry run of an uploaded file. Restartable: a
 * crashed run is simply run again (its findings are cleared first).
 */
export async function runAnalysis(
  input: ImportJobDeps,
  batchId: string,
  job: { id?: string; attempts: number } = { attempts: 1 },
  listener?: ConstructorParameters<typeof ProgressReporter>[2],
): Promise<Record<string, unknown>> {
  const deps = resolveDeps(input);
  const { db } = deps;
  const batch = await getBatch(db, batchId);
  if (!batch || !['queued', 'analysing'].includes(batch.status))
    return { skipped: batch?.status ?? 'missing' };
  const progress = new ProgressReporter(db, batchId, listener);
  progress.jobId = job.id ?? null;
  await transitionBatch(db, batchId, ['queued', 'analysing'], {
    status: 'analysing',
    progress: { phase: 'reading', done: 0, total: 0 },
  });
  await deleteFindings(db, batchId);
  await deleteStaged(db, batchId);
  try {
    const data = await loadUpload(deps, batch);
    const sheet = await openSpreadsheet(data, batch.filename, deps.limits);
    const { rowStates, ...result } = await analyseUpload(deps, batch, sheet, progress);
    const needsWorkbook = result.counts.blocking + result.counts.withWarnings > 0;
    const hasProblem = (row: number) => rowStates.get(row) >= SEVERITY_WARNING;
    const workbookFile = needsWorkbook
      ? await buildErrorWorkbook(deps, batch, result.plan, progress, hasProblem)
      : null;
    const summary: ImportSummary & { errorWorkbookFile?: string } = {
      ...result,
      errorWorkbook: workbookFile !== null,
      ...(workbookFile ? { errorWorkbookFile: workbookFile } : {}),
    };
    const done = { phase: 'done', done: result.counts.rows, total: result.counts.rows };
    const moved = await transitionBatch(db, batchId, ['analysing'], {
      status: 'analysed',
      summary: summary as unknown as Record<string, unknown>,
      progress: done,
    });
    if (!moved) throw new BatchCancelled();
    await appendAudit(db, {
      action: 'import.analyse',
      actorId: batch.createdBy,
      objectType: 'import_batch',
      objectId: batch.id,
      unitId: batch.unitId,
      details: { ...result.counts },
    });
    return { ...result.counts };
  } catch (error) {
    if (error instanceof BatchCancelled) {
      if (batch.storedFile) {
        await removeStored(batch.storedFile);
        await removeStored(errorWorkbookPath(batch.storedFile));
      }
      return { cancelled: true };
    }
    if (isAppError(error)) {
      await failBatch(db, batch, ['queued', 'analysing'], error.code, error.details);
      return { failed: error.code };
    }
    if (job.attempts >= MAX_JOB_ATTEMPTS) await failBatch(db, batch, ['queued', 'analysing'], 'INTERNAL');
    throw error;
  }
}

/**
 * The stored upload, authenticated and checked against the hash taken at
 * upload, as a source that decrypts only the ranges the reader asks for.
 */
export async function loadUpload(deps: Pick<ResolvedDeps, 'keys'>, batch: ImportBatch): Promise<ByteSource> {
  if (!batch.storedFile) throw importError('IMPORT_UPLOAD_GONE');
  const { source, sha256 } = await openEncrypted(batch.storedFile, deps.keys.fieldKeys);
  if (sha256 !== batch.fileSha256) throw importError('IMPORT_FILE_CORRUPT');
  return source;
}

/** The error workbook, from what the analysis staged (the file is not read again). */
async function buildErrorWorkbook(
  deps: ResolvedDeps,
  batch: ImportBatch,
  plan: ImportPlan,
  progress: ProgressReporter,
  hasProblem: (rowNumber: number) => boolean,
): Promise<string> {
  await progress.report('workbook', 0, 0, true);
  const file = errorWorkbookPath(batch.storedFile!);
  const header = await readHeader(deps.db, deps.codec, batch.id);
  const { stream, done } = await encryptedWriteStream(file, deps.keys.fieldKeys);
  await writeErrorWorkbook({
    header: header ?? { rows: [], merges: [] },
    rows: stagedSheetRows(deps.db, deps.codec, batch.id, hasProblem),
    plan,
    findings: (from, to) => findingsOfRows(deps.db, batch.id, from, to),
    out: stream,
  });
  await done;
  return file;
}
