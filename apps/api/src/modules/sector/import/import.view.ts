import { errorMessage, type Locale } from '@edushield/core';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { MASK } from '../../../lib/personal-data';
import type { importFindings } from '../sector.table';
import type { ImportSummary } from './analyse';
import { targetId } from './fields';
import type { ImportBatch } from './import.repository';
import { noticeText } from './messages';

/**
 * What the API shows of a batch. Built field by field from the stored
 * summary (never spread: the summary also holds server paths), with the
 * notices and the error rendered in the caller's language.
 */
export function batchView(batch: ImportBatch, locale: Locale) {
  const summary = (batch.summary ?? null) as
    | (Partial<ImportSummary> & { error?: { code: string; details: unknown } })
    | null;
  const plan = summary?.plan;
  return {
    id: batch.id,
    kind: batch.kind,
    unitId: batch.unitId,
    schoolYearId: batch.schoolYearId,
    filename: batch.filename,
    status: batch.status,
    mode: batch.mode,
    progress: batch.progress ?? null,
    createdAt: batch.createdAt.toISOString(),
    finishedAt: batch.finishedAt ? batch.finishedAt.toISOString() : null,
    counts: summary?.counts ?? null,
    changesByColumn: summary?.changesByColumn ?? [],
    issuesByRule: summary?.issuesByRule ?? [],
    columns: plan
      ? plan.columns.map((c) => ({ label: c.label, field: targetId(c.target), encoding: c.encoding }))
      : [],
    ignoredColumns: plan ? plan.ignored.map((c) => ({ label: c.label, reason: c.reason })) : [],
    headerRows: plan?.headerRows ?? [],
    sheetName: plan?.sheetName ?? null,
    notices: (summary?.notices ?? []).map((n) => ({
      code: n.code,
      message: noticeText(n.code, n.params)[locale],
    })),
    errorWorkbook: summary?.errorWorkbook === true,
    commit: summary?.commit ?? null,
    error: batch.errorCode
      ? {
          code: batch.errorCode,
          message: errorMessage(batch.errorCode, locale),
          details: summary?.error?.details ?? null,
        }
      : null,
  };
}

/** A line of a school's import history: no findings, no columns, nothing personal. */
export function batchListItem(batch: ImportBatch, createdByName: string | null, locale: Locale) {
  const view = batchView(batch, locale);
  return {
    id: view.id,
    filename: view.filename,
    status: view.status,
    mode: view.mode,
    createdAt: view.createdAt,
    finishedAt: view.finishedAt,
    createdBy: batch.createdBy ? { id: batch.createdBy, name: createdByName ?? '' } : null,
    counts: view.counts,
    commit: view.commit,
    errorWorkbook: view.errorWorkbook,
    error: view.error ? { code: view.error.code, message: view.error.message } : null,
  };
}

type Finding = typeof importFindings.$inferSelect;

/** Labels of the columns whose findings hold sealed (encrypted) values. */
export function personalColumns(batch: ImportBatch): Set<string> {
  const plan = (batch.summary as Partial<ImportSummary> | null)?.plan;
  return new Set(plan ? plan.columns.filter((c) => c.personal).map((c) => c.label) : []);
}

/** A finding; sealed before/after values are opened only for callers who may read personal data. */
export function findingView(
  finding: Finding,
  codec: PersonalDataCodec,
  sealedColumns: ReadonlySet<string>,
  mayReadPersonal: boolean,
  locale: Locale,
) {
  const sealed = finding.kind === 'change' && finding.column !== null && sealedColumns.has(finding.column);
  const reveal = (value: string | null) => {
    if (value === null || !sealed) return value;
    if (!mayReadPersonal) return MASK;
    try {
      return codec.open(value);
    } catch {
      return MASK;
    }
  };
  return {
    row: finding.rowNumber,
    column: finding.column,
    kind: finding.kind,
    ruleCode: finding.ruleCode,
    severity: finding.severity,
    before: reveal(finding.before),
    after: reveal(finding.after),
    message: locale === 'en' ? finding.messageEn : finding.messageVi,
    messageVi: finding.messageVi,
  };
}
