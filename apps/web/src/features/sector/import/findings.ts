import type { Finding, FindingsQuery, Severity } from '../../../api/sector';

/**
 * The preview's findings as the table shows them: grouped by spreadsheet
 * row, the row's problems first (blocking before warnings), then the values
 * that were standardised, each ordered by column as the server sent them.
 */
export interface RowGroup {
  row: number;
  /** The worst problem of the row: what the row's badge says. */
  worst: Severity | null;
  issues: Finding[];
  changes: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, warning: 1 };

export function groupFindings(items: readonly Finding[]): RowGroup[] {
  const groups = new Map<number, RowGroup>();
  for (const item of items) {
    let group = groups.get(item.row);
    if (!group) {
      group = { row: item.row, worst: null, issues: [], changes: [] };
      groups.set(item.row, group);
    }
    if (item.kind === 'issue') {
      group.issues.push(item);
      const severity = item.severity ?? 'warning';
      if (group.worst === null || SEVERITY_ORDER[severity] < SEVERITY_ORDER[group.worst])
        group.worst = severity;
    } else {
      group.changes.push(item);
    }
  }
  for (const group of groups.values()) {
    group.issues.sort(
      (a, b) => SEVERITY_ORDER[a.severity ?? 'warning'] - SEVERITY_ORDER[b.severity ?? 'warning'],
    );
  }
  return [...groups.values()].sort((a, b) => a.row - b.row);
}

export type FindingsFilter = 'all' | 'changes' | 'blocking' | 'warnings';

export const FINDINGS_FILTERS: readonly FindingsFilter[] = ['all', 'changes', 'blocking', 'warnings'];

/** The server query for a filter of the preview table. */
export function findingsQuery(filter: FindingsFilter, page: number): FindingsQuery {
  switch (filter) {
    case 'changes':
      return { page, kind: 'change' };
    case 'blocking':
      return { page, kind: 'issue', severity: 'blocking' };
    case 'warnings':
      return { page, kind: 'issue', severity: 'warning' };
    default:
      return { page };
  }
}

export function asFilter(value: string | null): FindingsFilter {
  return FINDINGS_FILTERS.includes(value as FindingsFilter) ? (value as FindingsFilter) : 'all';
}

/** Rows that may be written by "valid rows only": valid ones and those with warnings only. */
export function writableRows(counts: { valid: number; withWarnings: number } | null | undefined): number {
  return counts ? counts.valid + counts.withWarnings : 0;
}

/** Accepted file types, checked before uploading so a wrong file gets an answer at once. */
const ACCEPTED = /\.(xlsx|xls|csv)$/i;
export function acceptedFile(name: string): boolean {
  return ACCEPTED.test(name.trim());
}
