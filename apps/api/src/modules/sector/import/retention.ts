import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../audit/audit.service';
import { importBatches } from '../sector.table';
import { transitionBatch } from './import.repository';
import { errorWorkbookPath } from './job.deps';
import { deleteStaged } from './staging';
import { removeStored } from './storage';

/**
 * Files of an import hold pupils' personal data, so none is kept longer
 * than its purpose needs: an upload analysed but never committed is
 * abandoned after RETENTION_DAYS (cancelled, its files deleted), and the
 * error workbook of a finished import is deleted after the same time.
 * Run daily by the job 'import.purge'.
 */
export const RETENTION_DAYS = 7;

export async function purgeImportFiles(
  db: Db,
  now = new Date(),
): Promise<{ abandoned: number; workbooks: number }> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const stale = await db
    .select({ id: importBatches.id, storedFile: importBatches.storedFile })
    .from(importBatches)
    .where(and(inArray(importBatches.status, ['queued', 'analysed']), lt(importBatches.createdAt, cutoff)));
  let abandoned = 0;
  for (const batch of stale) {
    const moved = await transitionBatch(db, batch.id, ['queued', 'analysed'], {
      status: 'cancelled',
      storedFile: null,
      finishedAt: now,
    });
    if (moved) await deleteStaged(db, batch.id);
    if (!moved || !batch.storedFile) continue;
    await removeStored(batch.storedFile);
    await removeStored(errorWorkbookPath(batch.storedFile));
    abandoned++;
  }
  const finished = await db
    .select({ id: importBatches.id, summary: importBatches.summary })
    .from(importBatches)
    .where(
      and(
        inArray(importBatches.status, ['committed', 'failed', 'cancelled']),
        lt(importBatches.finishedAt, cutoff),
        isNotNull(sql`${importBatches.summary}->>'errorWorkbookFile'`),
      ),
    );
  for (const batch of finished) {
    await removeStored((batch.summary as { errorWorkbookFile?: string } | null)?.errorWorkbookFile);
    await db
      .update(importBatches)
      .set({
        summary: sql`(${importBatches.summary} - 'errorWorkbookFile') || '{"errorWorkbook": false}'::jsonb`,
      })
      .where(eq(importBatches.id, batch.id));
  }
  if (abandoned + finished.length > 0)
    await appendAudit(db, {
      action: 'import.purge',
      details: { abandoned, workbooks: finished.length, retentionDays: RETENTION_DAYS },
    });
  return { abandoned, workbooks: finished.length };
}
