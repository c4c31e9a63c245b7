import type { Db } from '../../../db/client';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { standardiseContextFor } from './context';
import { CrossRecordTracker } from './cross';
import {
  FindingsWriter,
  pairs,
  RowStates,
  SEVERITY_BLOCKING,
  SEVERITY_WARNING,
  severityOf,
} from './findings';
import { type ImportBatch, personalIdsElsewhere, studentCodesElsewhere } from './import.repository';
import type { ImportLimits } from './limits';
import { importIssue } from './messages';
import { type ImportPlan, isBlankRow, planImport } from './plan';
import type { ProgressReporter } from './progress';
import type { FileNotice, SheetRow, Spreadsheet } from './read.types';
import { RowStandardiser } from './standardise';

/**
 * The dry run: read the file twice (plan, then every row), record every
 * standardised value and every problem as findings, count rows by their
 * worst finding. Nothing is written to the pupils' tables.
 */
export interface ImportCounts {
  rows: number;
  valid: number;
  withWarnings: number;
  blocking: number;
}

export interface ImportSummary {
  plan: ImportPlan;
  counts: ImportCounts;
  changesByColumn: { key: string; count: number }[];
  issuesByRule: { key: string; count: number }[];
  notices: FileNotice[];
  errorWorkbook: boolean;
  commit?: { mode: string; created: number; updated: number; unchanged: number; skipped: number };
}

export interface AnalyseDeps {
  db: Db;
  codec: PersonalDataCodec;
  limits: ImportLimits;
  /** ISO date of "today" for the rules (status dates in the future …). */
  today: string;
}

/** Data rows after the header, blank rows skipped, in file order. */
export async function* dataRows(sheet: Spreadsheet, plan: ImportPlan): AsyncGenerator<SheetRow> {
  const lastHeaderRow = Math.max(...plan.headerRows);
  for await (const row of sheet.rows()) if (row.rowNumber > lastHeaderRow && !isBlankRow(row)) yield row;
}

export async function analyseUpload(
  deps: AnalyseDeps,
  batch: Pick<ImportBatch, 'id' | 'unitId' | 'schoolYearId'>,
  sheet: Spreadsheet,
  progress: ProgressReporter,
): Promise<Omit<ImportSummary, 'errorWorkbook'>> {
  const { db, codec, limits } = deps;
  await progress.report('reading', 0, 0, true);
  const plan = await planImport(sheet, limits, (done) => progress.report('reading', done, 0));
  await progress.checkNotCancelled(db);

  const context = await standardiseContextFor(db, batch.unitId, batch.schoolYearId!, deps.today);
  const standardiser = new RowStandardiser(plan, context);
  const tracker = new CrossRecordTracker((field) => standardiser.columnLabelOf(field));
  const states = new RowStates();
  const writer = new FindingsWriter(db, batch.id, codec, limits.findingsBatchSize);
  let pendingIds: { row: number; bidx: string }[] = [];
  let pendingCodes: { row: number; code: string }[] = [];

  // Checks against the database run per chunk of rows, not per row.
  const flush = async () => {
    const ids = pendingIds;
    const codes = pendingCodes;
    pendingIds = [];
    pendingCodes = [];
    const idsElsewhere = await personalIdsElsewhere(db, batch.unitId, [...new Set(ids.map((i) => i.bidx))]);
    for (const { row, bidx } of ids) {
      if (!idsElsewhere.has(bidx)) continue;
      writer.issue(row, {
        ...importIssue('IMPORT_PID_IN_OTHER_SCHOOL', 'personalId'),
        column: standardiser.columnLabelOf('personalId'),
      });
      states.mark(row, SEVERITY_WARNING);
    }
    const codesElsewhere = await studentCodesElsewhere(db, batch.unitId, [
      ...new Set(codes.map((c) => c.code)),
    ]);
    for (const { row, code } of codes) {
      if (!codesElsewhere.has(code)) continue;
      writer.issue(row, {
        ...importIssue('IMPORT_STUDENT_ID_IN_OTHER_SCHOOL', 'studentId'),
        column: standardiser.columnLabelOf('studentId'),
      });
      states.mark(row, SEVERITY_BLOCKING);
    }
    await writer.flush();
    await progress.checkNotCancelled(db);
  };

  let done = 0;
  for await (const row of dataRows(sheet, plan)) {
    const result = standardiser.standardise(row);
    for (const change of result.changes) writer.change(row.rowNumber, change);
    for (const issue of result.issues) writer.issue(row.rowNumber, issue);
    states.mark(row.rowNumber, severityOf(result.issues));
    for (const cross of tracker.check(result)) {
      writer.issue(cross.rowNumber, cross.issue);
      states.mark(cross.rowNumber, severityOf([cross.issue]));
    }
    if (result.keys.personalId)
      pendingIds.push({ row: row.rowNumber, bidx: codec.personalIdIndex(result.keys.personalId)! });
    if (result.keys.studentCode) pendingCodes.push({ row: row.rowNumber, code: result.keys.studentCode });
    done++;
    if (writer.size >= limits.findingsBatchSize || done % 1000 === 0) await flush();
    await progress.report('checking', done, plan.dataRows);
  }
  await flush();
  await progress.report('checking', done, plan.dataRows, true);
  return {
    plan,
    counts: states.counts(),
    changesByColumn: pairs(writer.changesByColumn),
    issuesByRule: pairs(writer.issuesByRule),
    notices: plan.notices,
  };
}
