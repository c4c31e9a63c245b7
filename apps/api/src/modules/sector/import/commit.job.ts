import type { DbOrTx } from '../../../db/client';
import { AppError } from '../../../lib/errors';
import { releaseGarbage } from '../../../lib/memory';
import { appendAudit } from '../../audit/audit.service';
import { assertSectorWritable } from '../../reporting/reporting.lock';
import { type StudentRecord, type UpsertContext, upsertStudents } from '../students.write';
import type { ImportSummary } from './analyse';
import { importError, isAppError } from './import.errors';
import {
  blockingRowNumbers,
  getBatch,
  type ImportBatch,
  insertFindings,
  updateBatch,
} from './import.repository';
import {
  allowsConcurrentWrites,
  failBatch,
  type ImportJobDeps,
  MAX_JOB_ATTEMPTS,
  type ResolvedDeps,
  resolveDeps,
} from './job.deps';
import { importIssue } from './messages';
import { ProgressReporter } from './progress';
import { deleteStaged, stagedRecords } from './staging';
import type { ImportStudentRecord } from './standardise';
import { removeStored } from './storage';

/**
 * Job 'import.commit': writes the records the analysis standardised and
 * staged (import_staged, sealed per chunk; the file is not read again)
 * through the sector module's upsertStudents in chunks.
 *  - all_or_nothing: one transaction for the whole file, the batch marked
 *    committed inside it. A crash or error leaves nothing; a rerun starts
 *    from scratch.
 *  - valid_only: rows with blocking findings are skipped; each chunk is one
 *    transaction; a record the write refuses is set aside (and reported) and
 *    the rest of its chunk written. A rerun rewrites every chunk, which
 *    upsertStudents makes idempotent (matching by id, personal id, name and
 *    birth date), so nothing is duplicated.
 */
export interface CommitPayload {
  batchId: string;
  actorName: string;
  requestId?: string;
}

interface Pending {
  rowNumber: number;
  record: ImportStudentRecord;
}

interface Totals {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** The refused record of an upsertStudents error, when it names one. */
function refusedIndex(error: unknown): number | null {
  if (!(error instanceof AppError) || error.status >= 500) return null;
  const first = Array.isArray(error.details)
    ? (error.details[0] as { index?: unknown } | undefined)
    : undefined;
  return typeof first?.index === 'number' ? first.index : null;
}

const asRecord = (r: ImportStudentRecord): StudentRecord => r;

export async function runCommit(
  input: ImportJobDeps,
  payload: CommitPayload,
  job: { id?: string; attempts: number } = { attempts: 1 },
  listener?: ConstructorParameters<typeof ProgressReporter>[2],
): Promise<Record<string, unknown>> {
  const deps = resolveDeps(input);
  const { db } = deps;
  const batch = await getBatch(db, payload.batchId);
  if (batch?.status !== 'committing') return { skipped: batch?.status ?? 'missing' };
  const progress = new ProgressReporter(db, batch.id, listener);
  progress.jobId = job.id ?? null;
  const ctx: UpsertContext = {
    codec: deps.codec,
    unitId: batch.unitId,
    schoolYearId: batch.schoolYearId!,
    actorId: batch.createdBy,
    actorName: payload.actorName,
    ...(payload.requestId ? { requestId: payload.requestId } : {}),
    // One 'import.commit' entry at the end instead of one per chunk (keeps the chain lock short).
    audit: false,
  };
  try {
    await assertSectorWritable(db, batch.unitId);
    const totals =
      batch.mode === 'all_or_nothing'
        ? await commitAllOrNothing(deps, batch, ctx, progress)
        : await commitValidOnly(deps, batch, ctx, progress);
    if (batch.storedFile) await removeStored(batch.storedFile);
    return { ...totals };
  } catch (error) {
    if (isAppError(error)) {
      await failBatch(db, batch, ['committing'], error.code, error.details);
      return { failed: error.code };
    }
    if (job.attempts >= MAX_JOB_ATTEMPTS) await failBatch(db, batch, ['committing'], 'IMPORT_WRITE_FAILED');
    throw error;
  }
}

/** The staged records to write, re-chunked to the commit's size, blocked rows skipped. Reads only `db`. */
async function* chunksOf(
  db: DbOrTx,
  deps: ResolvedDeps,
  batchId: string,
  skipRows: ReadonlySet<number>,
  totals: Totals,
) {
  const size = deps.limits.commitBatchSize;
  let chunk: Pending[] = [];
  for await (const row of stagedRecords(db, deps.codec, batchId)) {
    if (skipRows.has(row.rowNumber) || !row.record) {
      totals.skipped++;
      continue;
    }
    chunk.push({ rowNumber: row.rowNumber, record: row.record });
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Asks for the next item as soon as the current one is handed out: the read overlaps the write. */
async function* prefetched<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = iterator.next();
    next.catch(() => {});
    yield current.value;
  }
}

function add(totals: Totals, result: { created: number; updated: number; unchanged: number }) {
  totals.created += result.created;
  totals.updated += result.updated;
  totals.unchanged += result.unchanged;
}

async function commitAllOrNothing(
  deps: ResolvedDeps,
  batch: ImportBatch,
  ctx: UpsertContext,
  progress: ProgressReporter,
): Promise<Totals> {
  const { db } = deps;
  const summary = batch.summary as unknown as ImportSummary;
  if ((await blockingRowNumbers(db, batch.id)).size > 0) throw importError('IMPORT_HAS_BLOCKING');
  const totals: Totals = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const total = summary.counts.valid + summary.counts.withWarnings;
  // The record the database refused, if that is why the transaction failed.
  const refused: { row: number | null; error: AppError | null } = { row: null, error: null };
  progress.writeTo(allowsConcurrentWrites(db) ? db : null);
  try {
    await db.transaction(async (tx) => {
      let n = 0;
      let done = 0;
      for await (const chunk of chunksOf(tx, deps, batch.id, new Set(), totals)) {
        try {
          add(
            totals,
            await upsertStudents(
              tx,
              ctx,
              chunk.map((p) => asRecord(p.record)),
            ),
          );
        } catch (error) {
          const index = refusedIndex(error);
          if (index !== null && error instanceof AppError) {
            refused.row = chunk[index]?.rowNumber ?? null;
            refused.error = error;
          }
          throw error;
        }
        done += chunk.length;
        releaseGarbage();
        await deps.hooks.afterCommitChunk?.(++n);
        await progress.report('writing', done, total);
      }
      if (done === 0) throw importError('IMPORT_NOTHING_TO_COMMIT');
      await finish(tx, batch, ctx, summary, totals);
    });
  } catch (error) {
    if (!refused.error) throw error;
    // Everything rolled back; say which row the database refused, and why.
    await noteRefused(db, batch.id, refused.row);
    throw importError('IMPORT_WRITE_FAILED', { row: refused.row, reason: refused.error.code });
  } finally {
    progress.writeTo(db);
  }
  return totals;
}

async function commitValidOnly(
  deps: ResolvedDeps,
  batch: ImportBatch,
  ctx: UpsertContext,
  progress: ProgressReporter,
): Promise<Totals> {
  const { db } = deps;
  const summary = batch.summary as unknown as ImportSummary;
  const blocked = await blockingRowNumbers(db, batch.id);
  const totals: Totals = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const total = summary.counts.valid + summary.counts.withWarnings;
  let n = 0;
  let done = 0;
  const chunks = chunksOf(db, deps, batch.id, blocked, totals);
  // PGlite is one connection: there the next read waits for the chunk's transaction anyway.
  for await (const chunk of allowsConcurrentWrites(db) ? prefetched(chunks) : chunks) {
    let pending = chunk;
    while (pending.length > 0) {
      try {
        const records = pending.map((p) => asRecord(p.record));
        add(totals, await db.transaction((tx) => upsertStudents(tx, ctx, records)));
        break;
      } catch (error) {
        const index = refusedIndex(error);
        if (index === null) throw error;
        await noteRefused(db, batch.id, pending[index]?.rowNumber ?? null);
        totals.skipped++;
        pending = pending.filter((_, i) => i !== index);
      }
    }
    done += chunk.length;
    releaseGarbage();
    await deps.hooks.afterCommitChunk?.(++n);
    await progress.report('writing', done, total);
  }
  if (totals.created + totals.updated + totals.unchanged === 0) throw importError('IMPORT_NOTHING_TO_COMMIT');
  await db.transaction((tx) => finish(tx, batch, ctx, summary, totals));
  return totals;
}

async function noteRefused(db: DbOrTx, batchId: string, rowNumber: number | null) {
  if (rowNumber === null) return;
  const issue = importIssue('IMPORT_STUDENT_NOT_SAVED', null);
  await insertFindings(db, [
    {
      batchId,
      rowNumber,
      column: null,
      kind: 'issue',
      ruleCode: issue.ruleCode,
      severity: issue.severity,
      messageVi: issue.messageVi,
      messageEn: issue.messageEn,
    },
  ]);
}

async function finish(
  tx: DbOrTx,
  batch: ImportBatch,
  ctx: UpsertContext,
  summary: ImportSummary,
  totals: Totals,
) {
  const commit = { mode: batch.mode ?? 'valid_only', ...totals };
  await updateBatch(tx, batch.id, {
    status: 'committed',
    summary: { ...summary, commit } as unknown as Record<string, unknown>,
    storedFile: null,
    finishedAt: new Date(),
    progress: {
      phase: 'done',
      done: totals.created + totals.updated + totals.unchanged,
      total: totals.created + totals.updated + totals.unchanged,
    },
  });
  await deleteStaged(tx, batch.id);
  await appendAudit(tx, {
    action: 'import.commit',
    actorId: ctx.actorId,
    actorName: ctx.actorName,
    objectType: 'import_batch',
    objectId: batch.id,
    unitId: batch.unitId,
    requestId: ctx.requestId ?? null,
    details: { ...commit, rows: summary.counts.rows },
  });
}
