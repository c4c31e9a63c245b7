import type { Db } from '../../../db/client';
import { releaseGarbage } from '../../../lib/memory';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { SameNameGuard, studentNameKey } from '../students.write';
import { standardiseContextFor } from './context';
import { CrossRecordTracker } from './cross';
import { FindingsWriter, pairs, RowStates, SEVERITY_BLOCKING, severityOf } from './findings';
import { type ImportBatch, personalIdsElsewhere, studentCodesElsewhere } from './import.repository';
import type { ImportLimits } from './limits';
import { importIssue } from './messages';
import { type ImportPlan, PlanBuilder } from './plan';
import type { ProgressReporter } from './progress';
import type { FileNotice, SheetRow, Spreadsheet } from './read.types';
import { StagingWriter, stageHeader } from './staging';
import { RowStandardiser } from './standardise';

/**
 * The dry run: read the file once, record every standardised value and
 * every problem as findings, count rows by their worst finding, and stage
 * what was read (sealed) for the commit and the error workbook. Nothing is
 * written to the pupils' tables.
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

export async function analyseUpload(
  deps: AnalyseDeps,
  batch: Pick<ImportBatch, 'id' | 'unitId' | 'schoolYearId'>,
  sheet: Spreadsheet,
  progress: ProgressReporter,
): Promise<Omit<ImportSummary, 'errorWorkbook'> & { rowStates: RowStates }> {
  const { db, codec, limits } = deps;
  await progress.report('reading', 0, 0, true);
  // One pass: a prefix of the file decides the header and the columns' encodings, then every row
  // (the prefix first) is standardised, checked and staged for the commit and the error workbook.
  const builder = new PlanBuilder(sheet, limits);
  const rows = sheet.rows()[Symbol.asyncIterator]();
  const prefix: SheetRow[] = [];
  let ended = false;
  while (!builder.headerKnown || (builder.dataRows < limits.planPrefixRows && !builder.samplesFull)) {
    const next = await rows.next();
    if (next.done) {
      ended = true;
      break;
    }
    builder.add(next.value);
    prefix.push(next.value);
  }
  const columns = builder.columns();
  const headerRows = builder.headerRows;
  await stageHeader(db, codec, batch.id, {
    rows: prefix.filter((r) => headerRows.includes(r.rowNumber)),
    merges: sheet.merges,
  });
  const lastHeaderRow = Math.max(...headerRows);
  // The total is the file's row count as far as it can be told cheaply; exact once the file ended.
  let total = ended
    ? builder.dataRows
    : Math.max(builder.dataRows, (sheet.rowCountHint ?? 0) - lastHeaderRow);
  await progress.checkNotCancelled(db);

  const context = await standardiseContextFor(db, batch.unitId, batch.schoolYearId!, deps.today);
  const standardiser = new RowStandardiser({ columns }, context);
  // The sheet's row count (from its XML) sizes the duplicate tables once; growing doubles them.
  // Capped by the row limit: a file may declare any number of empty rows.
  const expectedRows = Math.min(sheet.rowCountHint ?? 0, limits.maxRows) || undefined;
  const tracker = new CrossRecordTracker((field) => standardiser.columnLabelOf(field), expectedRows);
  const states = new RowStates();
  const writer = new FindingsWriter(db, batch.id, codec, limits.findingsBatchSize);
  const staging = new StagingWriter(db, codec, batch.id);
  const names = new SameNameGuard(expectedRows);
  let pendingIds: { row: number; bidx: string }[] = [];
  let pendingCodes: { row: number; code: string }[] = [];

  // Checks against the database run per chunk of rows, not per row, and overlap the next
  // chunk's standardising: one chunk's writes are in flight while the next is read.
  const flushChunk = async (ids: typeof pendingIds, codes: typeof pendingCodes) => {
    const idsElsewhere = await personalIdsElsewhere(db, batch.unitId, [...new Set(ids.map((i) => i.bidx))]);
    for (const { row, bidx } of ids) {
      if (!idsElsewhere.has(bidx)) continue;
      writer.issue(row, {
        ...importIssue('IMPORT_PID_IN_OTHER_SCHOOL', 'personalId'),
        column: standardiser.columnLabelOf('personalId'),
      });
      states.mark(row, SEVERITY_BLOCKING);
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
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (final = false) => {
    await inFlight;
    releaseGarbage();
    const ids = pendingIds;
    const codes = pendingCodes;
    pendingIds = [];
    pendingCodes = [];
    const staged = final || staging.size >= limits.commitBatchSize ? staging.flush() : Promise.resolve();
    const checked = flushChunk(ids, codes);
    inFlight = Promise.all([staged, checked]).then(() => undefined);
    // Keep a rejection from going unhandled until the next await.
    inFlight.catch(() => {});
  };

  let done = 0;
  const check = async (row: SheetRow) => {
    const result = standardiser.standardise(row);
    for (const change of result.changes) writer.change(row.rowNumber, change);
    for (const issue of result.issues) writer.issue(row.rowNumber, issue);
    states.mark(row.rowNumber, severityOf(result.issues));
    for (const cross of tracker.check(result)) {
      writer.issue(cross.rowNumber, cross.issue);
      states.mark(cross.rowNumber, severityOf([cross.issue]));
    }
    const record = result.record;
    if (
      record &&
      !names.accept(
        studentNameKey(record.fullName),
        record.birthDate,
        Boolean(record.studentCode?.trim()),
        Boolean(record.personalId?.trim()),
      )
    ) {
      writer.issue(row.rowNumber, {
        ...importIssue('IMPORT_NAMESAKE_AMBIGUOUS', 'fullName'),
        column: standardiser.columnLabelOf('fullName'),
      });
      states.mark(row.rowNumber, SEVERITY_BLOCKING);
    }
    if (result.keys.personalId)
      pendingIds.push({ row: row.rowNumber, bidx: codec.personalIdIndex(result.keys.personalId)! });
    if (result.keys.studentCode) pendingCodes.push({ row: row.rowNumber, code: result.keys.studentCode });
    staging.add({ rowNumber: row.rowNumber, hidden: row.hidden, record: result.record, cells: row.cells });
    done++;
    if (writer.size >= limits.findingsBatchSize || staging.size >= limits.commitBatchSize) await flush();
    total = Math.max(total, done);
    await progress.report('checking', done, total);
  };
  for (const row of prefix.splice(0)) if (builder.isData(row)) await check(row);
  for (let next = await rows.next(); !next.done; next = await rows.next())
    if (builder.add(next.value)) await check(next.value);
  await flush(true);
  await inFlight;
  const plan = builder.finish();
  await progress.report('checking', done, done, true);
  return {
    plan,
    counts: states.counts(),
    changesByColumn: pairs(writer.changesByColumn),
    issuesByRule: pairs(writer.issuesByRule),
    notices: plan.notices,
    // Not part of the summary: which rows have problems (the error workbook unpacks only those).
    rowStates: states,
  };
}
