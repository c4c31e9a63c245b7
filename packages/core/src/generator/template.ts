import { type Commune, ENTITIES, findEntry } from '../standard';
import { formatDateVi } from '../text';
import type { GeneratedStudent, RawCell, StudentField } from './types';

/**
 * Rows of the national student export ("C1-HocSinh"), keyed by each field's
 * exportHeaderVi, in the standard's field order. The export writes dates as
 * dd/mm/yyyy and code-list values as labels ("Nam", "Kinh", "Đang học")
 * (standard/lists/gender.ts), so that is the default.
 */
export interface TemplateOptions {
  /** Use the messy cells where a learner has them (what a school's file would hold). Default false. */
  readonly messy?: boolean;
  /** Write code-list values as codes instead of labels. Default 'label'. */
  readonly codes?: 'label' | 'code';
  /** Communes, to write commune names instead of codes. */
  readonly communes?: readonly Commune[];
}

export type TemplateRow = Record<string, RawCell>;

const STUDENT = ENTITIES.student;

function cellOf(
  key: StudentField,
  value: RawCell,
  options: TemplateOptions,
  communeNames: ReadonlyMap<string, string>,
): RawCell {
  if (value === null || typeof value === 'number') return value;
  const spec = STUDENT.fields.find((f) => f.key === key);
  if (spec?.type === 'date') return formatDateVi(value);
  if (spec?.type !== 'code' || options.codes === 'code') return value;
  if (spec.codeList === 'commune') return communeNames.get(value) ?? value;
  return (spec.codeList && findEntry(spec.codeList, value)?.labelVi) ?? value;
}

export function studentRowForTemplate(
  student: GeneratedStudent,
  options: TemplateOptions = {},
  communeNames: ReadonlyMap<string, string> = new Map((options.communes ?? []).map((c) => [c.code, c.name])),
): TemplateRow {
  const messy = new Set(options.messy ? student.mess.map((m) => m.field) : []);
  const row: TemplateRow = {};
  for (const field of STUDENT.fields) {
    const key = field.key as StudentField;
    if (!(key in student.record)) {
      row[field.exportHeaderVi] = null;
      continue;
    }
    // A messy cell goes out exactly as the school typed it.
    row[field.exportHeaderVi] = messy.has(key)
      ? student.raw[key]
      : cellOf(key, student.record[key], options, communeNames);
  }
  return row;
}

export function studentRowsForTemplate(
  students: Iterable<GeneratedStudent>,
  options: TemplateOptions = {},
): TemplateRow[] {
  const communeNames = new Map((options.communes ?? []).map((c) => [c.code, c.name]));
  return Array.from(students, (student) => studentRowForTemplate(student, options, communeNames));
}
