import type { RowIssue, StandardisedRow } from './standardise';
import { catalogueIssue } from './validation.adapter';

/**
 * Duplicates within one file, found while streaming: a key seen before
 * flags the current row and, once, the first row that had it (which was
 * already written, so its finding is added late). Memory is one map entry
 * per distinct key, never the rows themselves.
 */
export interface CrossFinding {
  rowNumber: number;
  issue: RowIssue;
}

interface FirstSeen {
  row: number;
  reported: boolean;
  personalId?: string;
}

export class CrossRecordTracker {
  private readonly byPersonalId = new Map<string, FirstSeen>();
  private readonly byStudentCode = new Map<string, FirstSeen>();
  private readonly byNameDate = new Map<string, FirstSeen>();

  constructor(private readonly columnOf: (field: string) => string | null) {}

  check(row: StandardisedRow): CrossFinding[] {
    const found: CrossFinding[] = [];
    const { personalId, studentCode, nameDate } = row.keys;
    const add = (
      rowNumber: number,
      code: Parameters<typeof catalogueIssue>[0],
      field: string,
      other: number,
    ) =>
      found.push({
        rowNumber,
        issue: { ...catalogueIssue(code, field, String(other)), column: this.columnOf(field) },
      });
    const duplicate = (
      map: Map<string, FirstSeen>,
      key: string | undefined,
      code: Parameters<typeof catalogueIssue>[0],
      field: string,
      extra: Partial<FirstSeen> = {},
    ): boolean => {
      if (key === undefined) return false;
      const first = map.get(key);
      if (!first) {
        map.set(key, { row: row.rowNumber, reported: false, ...extra });
        return false;
      }
      add(row.rowNumber, code, field, first.row);
      if (!first.reported) {
        add(first.row, code, field, row.rowNumber);
        first.reported = true;
      }
      return true;
    };
    const samePid = duplicate(this.byPersonalId, personalId, 'STU_PID_DUPLICATE', 'personalId');
    duplicate(this.byStudentCode, studentCode, 'STU_ID_DUPLICATE', 'studentId');
    if (nameDate !== undefined && !samePid) {
      const first = this.byNameDate.get(nameDate);
      // Two different valid personal ids are two people: namesakes born the same day are common.
      const differentPeople =
        first?.personalId !== undefined && personalId !== undefined && first.personalId !== personalId;
      if (!first || !differentPeople)
        duplicate(
          this.byNameDate,
          nameDate,
          'STU_LIKELY_DUPLICATE',
          'fullName',
          personalId ? { personalId } : {},
        );
    }
    return found;
  }
}
