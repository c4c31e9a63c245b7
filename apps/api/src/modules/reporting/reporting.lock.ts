import type { DbOrTx } from '../../db/client';
import { conflict } from '../../lib/errors';
import { lockingSubmission } from './reporting.repository';

/**
 * Approved (and submitted) data is locked: a sector write to a unit whose
 * submission in an open period is submitted, approved or accepted is
 * refused until the submission is returned or the department reopens it.
 * Call inside the write's transaction, before writing; it share-locks the
 * unit's open submissions so a submit cannot interleave with the write.
 */
export async function assertSectorWritable(tx: DbOrTx, unitId: string): Promise<void> {
  const frozen = await lockingSubmission(tx, unitId);
  if (frozen)
    throw conflict('REPORTING_DATA_LOCKED', {
      submissionId: frozen.id,
      state: frozen.state,
      period: frozen.period_name,
    });
}
