import {
  decodeLegacy,
  ENTITIES,
  findEntry,
  foldKey,
  fontHintEncoding,
  formatDateVi,
  hasUnicodeOnlyVietnamese,
  isVietnameseSyllable,
  nfc,
  toUnicode,
} from '@edushield/core';
import { STUDENT_CODE_PATTERN } from '../identifiers';
import { type GuardianSlot, SLOT_RELATIONSHIP, targetId, targetLabel } from './fields';
import { importIssue } from './messages';
import type { ColumnPlan, ImportPlan } from './plan';
import type { SheetCell, SheetRow } from './read.types';
import {
  type ClassRef,
  checkGuardianField,
  type FieldValue,
  type ImportIssue,
  StudentChecker,
} from './validation.adapter';

/**
 * One row of the file → the pupil record to store, every value that was
 * standardised (before → after) and every problem, per cell. Pure and
 * deterministic: the analysis and the commit call it on the same rows and
 * get the same answer.
 */

/** The record handed to the sector module's upsertStudents (students.write.ts). */
export interface ImportStudentRecord {
  studentCode?: string | null;
  fullName: string;
  birthDate: string;
  genderCode: string;
  ethnicityCode?: string | null;
  religionCode?: string | null;
  disabilityCode?: string | null;
  personalId?: string | null;
  phone?: string | null;
  address?: string | null;
  birthPlace?: string | null;
  className?: string | null;
  statusCode: string;
  statusDate: string;
  guardians?: { relationshipCode: string; fullName: string; phone?: string | null }[];
}

export interface CellChange {
  column: string;
  before: string;
  after: string;
  personal: boolean;
}

export interface RowIssue extends ImportIssue {
  /** Column label as in the file; null for the whole row. */
  column: string | null;
}

export interface RowKeys {
  personalId?: string;
  studentCode?: string;
  /** Accent-free name + birth date: what namesakes born the same day share. */
  nameDate?: string;
}

export interface StandardisedRow {
  rowNumber: number;
  /** Null when the row has a blocking issue. */
  record: ImportStudentRecord | null;
  changes: CellChange[];
  issues: RowIssue[];
  keys: RowKeys;
}

export interface StandardiseContext {
  schoolYear: string;
  /** ISO: status date of pupils listed without one (they are enrolled from the year's start). */
  schoolYearStart: string;
  today: string;
  /** The school's own code: a "Mã trường" column that differs is flagged. */
  schoolCodes: readonly string[];
  /** The school's classes this year (by name and by code); empty means none yet. */
  schoolClasses: readonly ClassRef[];
  /** A class as a clerk types it ("6a1 ") → the class's own name, if the school has it. */
  classNameOf: (text: string) => string | undefined;
}

const ENROLLED = '01';
const STUDENT_FIELDS = new Map(ENTITIES.student.fields.map((f) => [f.key, f]));
const GUARDIAN_FIELDS = new Map(ENTITIES.guardian.fields.map((f) => [f.key, f]));

/** What the user sees in the cell. */
export function displayOf(cell: SheetCell | undefined): string {
  if (!cell) return '';
  const value = cell.value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const dd = String(value.getUTCDate()).padStart(2, '0');
    const mm = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Every decoded word with Vietnamese letters must read as a syllable: otherwise the guess broke it. */
function readsAsVietnamese(decoded: string): boolean {
  let valid = 0;
  for (const word of decoded.split(/[^\p{L}\p{M}]+/u)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    if (!isVietnameseSyllable(word.toLowerCase())) return false;
    valid++;
  }
  return valid > 0;
}

/** A text cell in Unicode NFC, decoded with its column's encoding (or its own legacy font). */
export function convertText(
  text: string,
  column: Pick<ColumnPlan, 'encoding' | 'capitals'>,
  font?: string,
): string {
  const value = nfc(text);
  if (!/[\u0080-\uffff]/.test(value) || hasUnicodeOnlyVietnamese(value)) return value;
  if (column.encoding) {
    const decoded = decodeLegacy(value, column.encoding, column.capitals).normalize('NFC');
    return decoded !== value && readsAsVietnamese(decoded) ? decoded : value;
  }
  return fontHintEncoding(font) ? toUnicode(value, font) : value;
}

/** The quote safeCell puts before = + - @ in our own exports (the error workbook) comes off again. */
const SAFE_CELL_QUOTE = /^'(?=[=+\-@\t\r])/;

function cellInput(cell: SheetCell, column: ColumnPlan): unknown {
  if (typeof cell.value !== 'string') return cell.value;
  return convertText(cell.value.replace(SAFE_CELL_QUOTE, ''), column, cell.font);
}

function codeListOf(column: ColumnPlan): string | undefined {
  const t = column.target;
  const spec = t.kind === 'student' ? STUDENT_FIELDS.get(t.field) : GUARDIAN_FIELDS.get(t.attribute);
  return spec?.type === 'code' ? spec.codeList : undefined;
}

function typeOf(column: ColumnPlan): string | undefined {
  const t = column.target;
  return (t.kind === 'student' ? STUDENT_FIELDS.get(t.field) : GUARDIAN_FIELDS.get(t.attribute))?.type;
}

/** The stored value as the user would write it: dates dd/mm/yyyy, codes by their label. */
function afterDisplay(column: ColumnPlan, value: FieldValue, before: string): string | null {
  if (value === null) return null;
  const text = String(value);
  if (typeOf(column) === 'date') {
    try {
      return formatDateVi(text);
    } catch {
      return text;
    }
  }
  const list = codeListOf(column);
  if (list) {
    const cleaned = before.trim();
    if (cleaned === text) return text;
    return findEntry(list, text)?.labelVi ?? text;
  }
  return text;
}

const str = (v: FieldValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);

export class RowStandardiser {
  private readonly byTarget: Map<string, ColumnPlan>;
  private readonly checker: StudentChecker;

  constructor(
    private readonly plan: Pick<ImportPlan, 'columns'>,
    private readonly context: StandardiseContext,
  ) {
    this.byTarget = new Map(plan.columns.map((c) => [targetId(c.target), c]));
    this.checker = new StudentChecker({
      schoolYear: context.schoolYear,
      today: context.today,
      schoolClasses: context.schoolClasses,
    });
  }

  columnLabelOf(field: string | null): string | null {
    if (field === null) return null;
    const mapped = this.byTarget.get(field);
    if (mapped) return mapped.label;
    if (field.startsWith('guardian.')) return field;
    return targetLabel({ kind: 'student', field });
  }

  standardise(row: SheetRow): StandardisedRow {
    const issues: RowIssue[] = [];
    const changes: CellChange[] = [];
    const push = (issue: ImportIssue) => issues.push({ ...issue, column: this.columnLabelOf(issue.field) });
    if (row.hidden) push(importIssue('IMPORT_HIDDEN_ROW', null));

    const studentRaw: Record<string, unknown> = Object.create(null);
    const guardianRaw = new Map<string, unknown>();
    const befores = new Map<string, string>();
    for (const column of this.plan.columns) {
      const cell = row.cells[column.index];
      if (!cell) continue;
      const id = targetId(column.target);
      if (cell.formulaWithoutValue) {
        push(importIssue('IMPORT_FORMULA_NO_VALUE', id));
        continue;
      }
      befores.set(id, displayOf(cell));
      const input = cellInput(cell, column);
      if (column.target.kind === 'student') studentRaw[column.target.field] = input;
      else guardianRaw.set(id, input);
    }

    const classText = studentRaw['classCode'];
    if (typeof classText === 'string' || typeof classText === 'number') {
      const name = this.context.classNameOf(String(classText));
      if (name) studentRaw['classCode'] = name;
    }
    // Without a class column (or class) the class rules have nothing to check.
    const student = this.checker.check(studentRaw, studentRaw['classCode'] !== undefined);
    for (const issue of student.issues) push(issue);
    const values = new Map<string, FieldValue>(Object.entries(student.values));
    const code = str(values.get('studentId'));
    if (code && !student.issues.some((i) => i.field === 'studentId') && !STUDENT_CODE_PATTERN.test(code))
      push(importIssue('IMPORT_STUDENT_ID_FORMAT', 'studentId'));

    const guardians = this.guardians(guardianRaw, values, push);

    const schoolId = str(values.get('schoolId'));
    if (schoolId && this.context.schoolCodes.length > 0 && !this.context.schoolCodes.includes(schoolId))
      push(importIssue('IMPORT_SCHOOL_CODE_MISMATCH', 'schoolId'));

    const blockedFields = new Set(issues.filter((i) => i.severity === 'blocking').map((i) => i.field));
    for (const column of this.plan.columns) {
      const id = targetId(column.target);
      const before = befores.get(id);
      if (before === undefined || blockedFields.has(id)) continue;
      const after = afterDisplay(column, values.get(id) ?? null, before);
      if (after !== null && after !== before)
        changes.push({ column: column.label, before, after, personal: column.personal });
    }

    const blocking = blockedFields.size > 0;
    const keys = this.keysOf(values, blockedFields);
    const record = blocking ? null : this.recordOf(values, guardians);
    return { rowNumber: row.rowNumber, record, changes, issues, keys };
  }

  private guardians(
    raw: ReadonlyMap<string, unknown>,
    values: Map<string, FieldValue>,
    push: (issue: ImportIssue) => void,
  ): { relationshipCode: string; fullName: string; phone: string | null }[] {
    const out: { relationshipCode: string; fullName: string; phone: string | null }[] = [];
    for (const slot of ['father', 'mother', 'guardian'] as GuardianSlot[]) {
      const read = (attribute: 'fullName' | 'phone' | 'relationship') => {
        const id = `guardian.${slot}.${attribute}`;
        if (!raw.has(id)) return null;
        const result = checkGuardianField(attribute, raw.get(id), id);
        for (const issue of result.issues) push(issue);
        values.set(id, result.value);
        return result.issues.some((i) => i.severity === 'blocking') ? null : str(result.value);
      };
      const fullName = read('fullName');
      const phone = read('phone');
      const relationship = SLOT_RELATIONSHIP[slot] ?? read('relationship') ?? '07';
      if (!fullName) {
        if (phone) push(importIssue('IMPORT_GUARDIAN_NAME_MISSING', `guardian.${slot}.fullName`));
        continue;
      }
      out.push({ relationshipCode: relationship, fullName, phone });
    }
    return out;
  }

  private keysOf(values: ReadonlyMap<string, FieldValue>, blocked: ReadonlySet<string | null>): RowKeys {
    const ok = (field: string) => (blocked.has(field) ? null : str(values.get(field)));
    const personalId = ok('personalId');
    const studentCode = ok('studentId');
    const name = ok('fullName');
    const birth = ok('birthDate');
    return {
      ...(personalId && /^\d{12}$/.test(personalId) ? { personalId } : {}),
      ...(studentCode ? { studentCode } : {}),
      ...(name && birth ? { nameDate: `${foldKey(name)}|${birth}` } : {}),
    };
  }

  private recordOf(
    values: ReadonlyMap<string, FieldValue>,
    guardians: { relationshipCode: string; fullName: string; phone: string | null }[],
  ): ImportStudentRecord {
    const v = (field: string) => str(values.get(field));
    const status = v('status') ?? ENROLLED;
    return {
      studentCode: v('studentId'),
      fullName: v('fullName') ?? '',
      birthDate: v('birthDate') ?? '',
      genderCode: v('gender') ?? '',
      ethnicityCode: v('ethnicity'),
      religionCode: v('religion'),
      disabilityCode: v('disabilityType'),
      personalId: v('personalId'),
      phone: v('phone'),
      address: v('currentAddress') ?? v('permanentAddress'),
      birthPlace: v('placeOfBirth'),
      className: v('classCode'),
      statusCode: status,
      statusDate: v('statusDate') ?? this.context.schoolYearStart,
      guardians,
    };
  }
}
