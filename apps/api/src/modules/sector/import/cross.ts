import { hashA, KeyTable } from '../key-table';
import type { RowIssue, StandardisedRow } from './standardise';
import { catalogueIssue } from './validation.adapter';

/**
 * Duplicates within one file, found while streaming: a key seen before
 * flags the current row and, once, the first row that had it (which was
 * already written, so its finding is added late). Memory is one slot of a
 * KeyTable (a 64-bit hash and the row) per distinct key, never the rows or
 * the keys' text.
 */
export interface CrossFinding {
  rowNumber: number;
  issue: RowIssue;
}

/** The first row that had a key (row × 2) and whether it was reported already (+ 1). */
const firstRow = (packed: number) => packed >> 1;
const REPORTED = 1;

export class CrossRecordTracker {
  private readonly byPersonalId: KeyTable;
  private readonly byStudentCode: KeyTable;
  private readonly byNameDate: KeyTable;
  /** Hash of the personal id of the first row with a name + birth date, when it had one. */
  private readonly personalIdOfNameDate: KeyTable;

  /** `expectedRows`: the file's row count when known, so the tables never have to grow. */
  constructor(
    private readonly columnOf: (field: string) => string | null,
    expectedRows?: number,
  ) {
    this.byPersonalId = new KeyTable(expectedRows);
    this.byStudentCode = new KeyTable(expectedRows);
    this.byNameDate = new KeyTable(expectedRows);
    this.personalIdOfNameDate = new KeyTable(expectedRows);
  }

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
      table: KeyTable,
      key: string | undefined,
      code: Parameters<typeof catalogueIssue>[0],
      field: string,
    ): boolean => {
      if (key === undefined) return false;
      const first = table.get(key);
      if (first === undefined) {
        table.set(key, row.rowNumber * 2);
        return false;
      }
      add(row.rowNumber, code, field, firstRow(first));
      if (!(first & REPORTED)) {
        add(firstRow(first), code, field, row.rowNumber);
        table.set(key, first | REPORTED);
      }
      return true;
    };
    const samePid = duplicate(this.byPersonalId, personalId, 'STU_PID_DUPLICATE', 'personalId');
    duplicate(this.byStudentCode, studentCode, 'STU_ID_DUPLICATE', 'studentId');
    if (nameDate !== undefined && !samePid) {
      const firstPid = this.personalIdOfNameDate.get(nameDate);
      // Two different valid personal ids are two people: namesakes born the same day are common.
      const differentPeople =
        firstPid !== undefined && personalId !== undefined && firstPid !== (hashA(personalId) | 0);
      if (!differentPeople) {
        const isNew = this.byNameDate.get(nameDate) === undefined;
        duplicate(this.byNameDate, nameDate, 'STU_LIKELY_DUPLICATE', 'fullName');
        if (isNew && personalId) this.personalIdOfNameDate.set(nameDate, hashA(personalId) | 0);
      }
    }
    return found;
  }
}
