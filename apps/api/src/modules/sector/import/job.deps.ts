import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, DbOrTx } from '../../../db/client';
import type { Keys } from '../../../lib/keys';
import { PersonalDataCodec } from '../../../lib/personal-data';
import { appendAudit } from '../../audit/audit.service';
import { type ImportBatch, type ImportStatus, transitionBatch } from './import.repository';
import { type ImportLimits, importLimits } from './limits';
import { deleteStaged } from './staging';
import { removeStored } from './storage';

/** What the import jobs need; tests pass smaller limits and a hook to simulate a crash. */
export interface ImportJobDeps {
  db: Db;
  keys: Keys;
  limits?: Partial<ImportLimits>;
  hooks?: {
    /** After each written chunk of rows (1-based), inside the commit's transaction when there is one. */
    afterCommitChunk?: (chunk: number) => Promise<void> | void;
  };
  /** ISO date the rules treat as today. */
  today?: () => string;
}

export interface ResolvedDeps {
  db: Db;
  keys: Keys;
  codec: PersonalDataCodec;
  limits: ImportLimits;
  today: string;
  hooks: NonNullable<ImportJobDeps['hooks']>;
}

export function resolveDeps(deps: ImportJobDeps): ResolvedDeps {
  return {
    db: deps.db,
    keys: deps.keys,
    codec: new PersonalDataCodec(deps.keys.fieldKeys, deps.keys.blindIndexKey),
    limits: importLimits(deps.limits),
    today: deps.today?.() ?? new Date().toISOString().slice(0, 10),
    hooks: deps.hooks ?? {},
  };
}

/** Attempts the job table allows by default (jobs.max_attempts): the last one gives up cleanly. */
export const MAX_JOB_ATTEMPTS = 5;

/** PGlite is one connection: a write from outside an open transaction would wait for it forever. */
export function allowsConcurrentWrites(db: DbOrTx): boolean {
  return !((db as unknown as { $client?: unknown }).$client instanceof PGlite);
}

export function errorWorkbookPath(storedFile: string): string {
  return path.join(path.dirname(storedFile), `${path.basename(storedFile, '.upload')}.errors.xlsx`);
}

/** Ends a batch as failed with a code the user can read; its stored files go. */
export async function failBatch(
  db: Db,
  batch: ImportBatch,
  from: readonly ImportStatus[],
  code: string,
  details?: unknown,
): Promise<void> {
  const summary = { ...(batch.summary ?? {}), error: { code, details: details ?? null } };
  const moved = await transitionBatch(db, batch.id, from, {
    status: 'failed',
    errorCode: code,
    summary,
    storedFile: null,
    finishedAt: new Date(),
  });
  if (batch.storedFile) {
    await removeStored(batch.storedFile);
    await removeStored(errorWorkbookPath(batch.storedFile));
  }
  await deleteStaged(db, batch.id);
  if (moved)
    await appendAudit(db, {
      action: 'import.failed',
      outcome: 'failure',
      actorId: batch.createdBy,
      objectType: 'import_batch',
      objectId: batch.id,
      unitId: batch.unitId,
      details: { code },
    });
}
