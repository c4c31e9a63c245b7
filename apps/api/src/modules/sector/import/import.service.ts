import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../../../db/client';
import { type ByteSource, fileSource } from '../../../lib/byte-source';
import type { Keys } from '../../../lib/keys';
import { appendAudit } from '../../audit/audit.service';
import { enqueueJob } from '../../jobs/jobs.runner';
import type { ImportSummary } from './analyse';
import { detectHeader } from './headers';
import { importError } from './import.errors';
import {
  createBatch,
  findSchool,
  findSchoolYear,
  getBatch,
  type ImportBatch,
  transitionBatch,
} from './import.repository';
import { errorWorkbookPath } from './job.deps';
import type { ImportLimits } from './limits';
import { isBlankRow } from './plan';
import { openSpreadsheet } from './read';
import type { SheetRow } from './read.types';
import { deleteStaged } from './staging';
import { removeStored, storedPath, storeEncrypted, storeEncryptedFile } from './storage';

/** Use cases of the import: start (upload), commit, cancel. The access gate has already run. */
export interface Actor {
  id: string;
  name: string;
}

export interface RequestInfo {
  actor: Actor;
  ip?: string | null;
  requestId?: string | null;
}

export interface ServiceDeps {
  db: Db;
  keys: Keys;
  dataDir: string;
  limits: ImportLimits;
}

/** What the user typed as a file name, without directories or control characters. */
export function cleanFilename(name: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();
  return (base || 'upload').slice(0, 200);
}

/**
 * Cheap checks an upload gets before it is stored: the unit is an active
 * school, the year exists, the bytes are what the extension says (zip
 * bomb, encryption, XML entities, renamed files) and the header is there.
 * Everything that needs the whole file (row limit, every cell) is the job's.
 */
async function probe(data: ByteSource | Buffer, filename: string, limits: ImportLimits): Promise<void> {
  const sheet = await openSpreadsheet(data, filename, limits);
  const top: SheetRow[] = [];
  for await (const row of sheet.rows()) {
    if (row.rowNumber > limits.headerScanRows + 1) break;
    top.push(row);
  }
  const header = detectHeader({ rows: top, merges: sheet.merges, fillParentsRight: sheet.format === 'csv' });
  if (!header)
    throw importError(top.some((r) => !isBlankRow(r)) ? 'IMPORT_HEADER_NOT_FOUND' : 'IMPORT_SHEET_EMPTY');
  if (header.missing.length > 0)
    throw importError('IMPORT_COLUMNS_MISSING', {
      missing: header.missing,
      found: header.columns.map((c) => c.label),
      headerRows: header.headerRows,
    });
}

/** An upload already on disk (the CLI): read from there, never whole into memory. */
export interface UploadedFile {
  path: string;
  size: number;
}

export async function startStudentImport(
  deps: ServiceDeps,
  input: { unitId: string; schoolYearId: string; filename: string; data: Buffer | UploadedFile },
  info: RequestInfo,
): Promise<ImportBatch> {
  const school = await findSchool(deps.db, input.unitId);
  if (school?.typeCode !== 'school' || school.status !== 'active')
    throw importError('IMPORT_UNIT_NOT_SCHOOL');
  if (!(await findSchoolYear(deps.db, input.schoolYearId))) throw importError('IMPORT_SCHOOL_YEAR_UNKNOWN');
  const filename = cleanFilename(input.filename);
  const data = input.data;
  const onDisk = !Buffer.isBuffer(data);
  await probe(onDisk ? fileSource(data.path, data.size) : data, filename, deps.limits);

  const id = randomUUID();
  const storedFile = storedPath(deps.dataDir, id, 'upload');
  let fileSha256: string;
  if (onDisk) {
    // Hashed and sealed as it is read: a file of hundreds of megabytes never sits in memory.
    fileSha256 = await storeEncryptedFile(storedFile, data.path, deps.keys.fieldKeys);
  } else {
    fileSha256 = createHash('sha256').update(data).digest('hex');
    await storeEncrypted(storedFile, data, deps.keys.fieldKeys, deps.limits.streamEncryptFromBytes);
  }
  try {
    const batch = await deps.db.transaction(async (tx) => {
      const created = await createBatch(tx, {
        id,
        kind: 'students',
        unitId: input.unitId,
        schoolYearId: input.schoolYearId,
        filename,
        storedFile,
        fileSha256,
        createdBy: info.actor.id,
        progress: { phase: 'queued', done: 0, total: 0 },
      });
      await enqueueJob(
        tx as unknown as Db,
        'import.analyse',
        { batchId: id },
        { dedupeKey: `import.analyse:${id}`, createdBy: info.actor.id },
      );
      await appendAudit(tx, {
        action: 'import.upload',
        actorId: info.actor.id,
        actorName: info.actor.name,
        objectType: 'import_batch',
        objectId: id,
        unitId: input.unitId,
        ip: info.ip ?? null,
        requestId: info.requestId ?? null,
        details: {
          kind: 'students',
          bytes: onDisk ? data.size : data.length,
          sha256: fileSha256,
          format: path.extname(filename).toLowerCase(),
        },
      });
      return created;
    });
    return batch;
  } catch (error) {
    await removeStored(storedFile);
    throw error;
  }
}

export type CommitMode = 'all_or_nothing' | 'valid_only';

export async function requestCommit(
  db: Db,
  batchId: string,
  mode: CommitMode,
  info: RequestInfo,
): Promise<ImportBatch> {
  const batch = await getBatch(db, batchId);
  const summary = batch?.summary as unknown as ImportSummary | null | undefined;
  // The analysis writes its summary with the 'analysed' state; a batch without one is not ready.
  if (batch?.status !== 'analysed' || !summary?.counts)
    throw importError('IMPORT_BATCH_STATE', { status: batch?.status });
  if (mode === 'all_or_nothing' && summary.counts.blocking > 0)
    throw importError('IMPORT_HAS_BLOCKING', { blockingRows: summary.counts.blocking });
  const writable = summary.counts.valid + summary.counts.withWarnings;
  if (writable === 0) throw importError('IMPORT_NOTHING_TO_COMMIT');
  await db.transaction(async (tx) => {
    const moved = await transitionBatch(tx, batchId, ['analysed'], {
      status: 'committing',
      mode,
      progress: { phase: 'writing', done: 0, total: writable },
    });
    if (!moved) throw importError('IMPORT_BATCH_STATE');
    await enqueueJob(
      tx as unknown as Db,
      'import.commit',
      { batchId, actorName: info.actor.name, ...(info.requestId ? { requestId: info.requestId } : {}) },
      { dedupeKey: `import.commit:${batchId}`, createdBy: info.actor.id },
    );
    await appendAudit(tx, {
      action: 'import.commit_requested',
      actorId: info.actor.id,
      actorName: info.actor.name,
      objectType: 'import_batch',
      objectId: batchId,
      unitId: batch.unitId,
      ip: info.ip ?? null,
      requestId: info.requestId ?? null,
      details: { mode, rows: writable },
    });
  });
  return (await getBatch(db, batchId))!;
}

export async function cancelImport(db: Db, batchId: string, info: RequestInfo): Promise<ImportBatch> {
  const batch = await getBatch(db, batchId);
  if (!batch) throw importError('IMPORT_BATCH_STATE');
  const moved = await transitionBatch(db, batchId, ['queued', 'analysing', 'analysed'], {
    status: 'cancelled',
    storedFile: null,
    finishedAt: new Date(),
  });
  if (!moved) throw importError('IMPORT_BATCH_STATE', { status: batch.status });
  await deleteStaged(db, batchId);
  if (batch.storedFile) {
    await removeStored(batch.storedFile);
    await removeStored(errorWorkbookPath(batch.storedFile));
  }
  await appendAudit(db, {
    action: 'import.cancel',
    actorId: info.actor.id,
    actorName: info.actor.name,
    objectType: 'import_batch',
    objectId: batchId,
    unitId: batch.unitId,
    ip: info.ip ?? null,
    requestId: info.requestId ?? null,
  });
  return (await getBatch(db, batchId))!;
}
