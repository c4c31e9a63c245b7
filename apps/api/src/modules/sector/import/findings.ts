import type { DbOrTx } from '../../../db/client';
import type { PersonalDataCodec } from '../../../lib/personal-data';
import { insertFindings, type NewFinding } from './import.repository';
import type { CellChange, RowIssue } from './standardise';

/**
 * Findings are written in batches as rows stream by. Before/after values of
 * personal columns (ids, phones, addresses) are sealed like the students
 * table seals them: the preview is personal data too.
 */
export class FindingsWriter {
  private pending: NewFinding[] = [];
  changesByColumn = new Map<string, number>();
  issuesByRule = new Map<string, number>();

  constructor(
    private readonly db: DbOrTx,
    private readonly batchId: string,
    private readonly codec: PersonalDataCodec,
    private readonly batchSize: number,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  change(rowNumber: number, change: CellChange) {
    const seal = (v: string) => (change.personal ? this.codec.seal(v) : v);
    this.changesByColumn.set(change.column, (this.changesByColumn.get(change.column) ?? 0) + 1);
    this.pending.push({
      batchId: this.batchId,
      rowNumber,
      column: change.column,
      kind: 'change',
      before: seal(change.before),
      after: seal(change.after),
    });
  }

  issue(rowNumber: number, issue: RowIssue) {
    this.issuesByRule.set(issue.ruleCode, (this.issuesByRule.get(issue.ruleCode) ?? 0) + 1);
    this.pending.push({
      batchId: this.batchId,
      rowNumber,
      column: issue.column,
      kind: 'issue',
      ruleCode: issue.ruleCode,
      severity: issue.severity,
      messageVi: issue.messageVi,
      messageEn: issue.messageEn,
    });
  }

  async flush() {
    const rows = this.pending;
    this.pending = [];
    for (let at = 0; at < rows.length; at += this.batchSize)
      await insertFindings(this.db, rows.slice(at, at + this.batchSize));
  }
}

export const SEVERITY_NONE = 0;
export const SEVERITY_VALID = 1;
export const SEVERITY_WARNING = 2;
export const SEVERITY_BLOCKING = 3;

/** The worst finding of each row, one byte per row number: a million rows cost a megabyte. */
export class RowStates {
  private data = new Uint8Array(4096);

  mark(rowNumber: number, state: number) {
    if (rowNumber >= this.data.length) {
      const grown = new Uint8Array(Math.max(this.data.length * 2, rowNumber + 1));
      grown.set(this.data);
      this.data = grown;
    }
    if (state > (this.data[rowNumber] ?? 0)) this.data[rowNumber] = state;
  }

  get(rowNumber: number): number {
    return this.data[rowNumber] ?? 0;
  }

  counts() {
    let rows = 0;
    let valid = 0;
    let withWarnings = 0;
    let blocking = 0;
    for (const state of this.data) {
      if (state === SEVERITY_NONE) continue;
      rows++;
      if (state === SEVERITY_VALID) valid++;
      else if (state === SEVERITY_WARNING) withWarnings++;
      else blocking++;
    }
    return { rows, valid, withWarnings, blocking };
  }
}

export const severityOf = (issues: readonly { severity: string }[]) =>
  issues.some((i) => i.severity === 'blocking')
    ? SEVERITY_BLOCKING
    : issues.length > 0
      ? SEVERITY_WARNING
      : SEVERITY_VALID;

/** [label, count] pairs: labels come from the file, so they never become object keys. */
export const pairs = (map: Map<string, number>) => [...map].map(([key, n]) => ({ key, count: n }));
