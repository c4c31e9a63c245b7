import {
  cleanWhitespace,
  foldKey,
  parseDate,
  parsePersonalId,
  standardiseText,
  toneInsensitiveKey,
} from '../text';
import type { RuleCode } from './catalogue';
import { makeIssue, type RowIssue } from './issue';
import type { CrossRecordContext, LocalisedText } from './types';

/**
 * Cross-record rules for learner rows: one import batch, or a batch against
 * the ids already stored for the province. Rows may be raw or standardised;
 * the keys compared are standardised here. Linear in the number of rows, so
 * a whole province fits.
 */

interface RowKeys {
  readonly personalId?: string | undefined;
  readonly studentId?: string | undefined;
  readonly schoolId?: string | undefined;
  /** Accent-free name + birth date: what a namesake on the same day shares. */
  readonly nameDateKey?: string | undefined;
  readonly exactNameKey?: string | undefined;
}

/** How many other rows a message lists before "…". */
const MAX_ROWS_LISTED = 5;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const cleaned = cleanWhitespace(String(value));
  return cleaned === '' ? undefined : cleaned;
}

function personalIdOf(value: unknown): string | undefined {
  // Same reading as the field rule: a numeric cell lost its leading zeros.
  const raw =
    typeof value === 'number' && Number.isSafeInteger(value) ? String(value).padStart(12, '0') : text(value);
  if (raw === undefined) return undefined;
  const parsed = parsePersonalId(raw);
  return parsed.ok ? parsed.value.id : undefined;
}

function keysOf(record: Readonly<Record<string, unknown>>, context: CrossRecordContext): RowKeys {
  const name = text(record['fullName']);
  const birth = record['birthDate'] === undefined ? undefined : parseDate(record['birthDate']);
  const readable = name === undefined ? undefined : standardiseText(name);
  const birthIso = birth?.ok ? birth.iso : undefined;
  return {
    personalId: personalIdOf(record['personalId']),
    studentId: text(record['studentId']),
    schoolId: text(record['schoolId']) ?? context.schoolId,
    nameDateKey: readable && birthIso ? `${foldKey(readable)}|${birthIso}` : undefined,
    exactNameKey: readable ? toneInsensitiveKey(readable) : undefined,
  };
}

function groupBy(rows: readonly RowKeys[], key: (row: RowKeys) => string | undefined): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const value = key(row);
    if (value === undefined) return;
    const group = groups.get(value);
    if (group) group.push(index);
    else groups.set(value, [index]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

function listRows(rows: readonly number[], label: (index: number) => string): string {
  const shown = rows.slice(0, MAX_ROWS_LISTED).map(label).join(', ');
  return rows.length > MAX_ROWS_LISTED ? `${shown}, …` : shown;
}

/** Invert "ids by school" into "schools by id", once per call. */
function schoolsById(context: CrossRecordContext, pick: 'personalIds' | 'studentIds'): Map<string, string[]> {
  const bySchool = context.existingIdsBySchool;
  const result = new Map<string, string[]>();
  if (!bySchool) return result;
  for (const [schoolId, ids] of bySchool) {
    for (const raw of ids[pick] ?? []) {
      const id = pick === 'personalIds' ? (personalIdOf(raw) ?? raw) : raw.trim();
      const schools = result.get(id);
      if (schools) schools.push(schoolId);
      else result.set(id, [schoolId]);
    }
  }
  return result;
}

export function validateAcrossRecords(
  records: readonly Readonly<Record<string, unknown>>[],
  context: CrossRecordContext = {},
): RowIssue[] {
  const label = context.rowLabel ?? ((index: number) => String(index + 1));
  const rows = records.map((record) => keysOf(record, context));
  const issues: RowIssue[] = [];
  const push = (row: number, code: RuleCode, field: string, params: Record<string, string | LocalisedText>) =>
    issues.push({ ...makeIssue(code, field, params), row });

  // Rows already reported as the same id need no "likely duplicate" on top.
  const linked = new Set<string>();
  const reportDuplicates = (groups: number[][], code: RuleCode, field: string) => {
    for (const group of groups) {
      for (const row of group) {
        const others = group.filter((other) => other !== row);
        push(row, code, field, { otherRows: listRows(others, label) });
        for (const other of others) linked.add(`${row}:${other}`);
      }
    }
  };
  reportDuplicates(
    groupBy(rows, (r) => r.personalId),
    'STU_PID_DUPLICATE',
    'personalId',
  );
  reportDuplicates(
    groupBy(rows, (r) => r.studentId),
    'STU_ID_DUPLICATE',
    'studentId',
  );

  const existing = [
    {
      ids: schoolsById(context, 'personalIds'),
      key: (r: RowKeys) => r.personalId,
      code: 'STU_PID_IN_OTHER_SCHOOL',
    },
    {
      ids: schoolsById(context, 'studentIds'),
      key: (r: RowKeys) => r.studentId,
      code: 'STU_ID_IN_OTHER_SCHOOL',
    },
  ] as const;
  rows.forEach((row, index) => {
    // Without the row's own school, "another school" cannot be told apart from its own.
    if (row.schoolId === undefined) return;
    for (const { ids, key, code } of existing) {
      const id = key(row);
      const other = id === undefined ? undefined : ids.get(id)?.find((school) => school !== row.schoolId);
      if (other !== undefined) {
        push(index, code, code === 'STU_PID_IN_OTHER_SCHOOL' ? 'personalId' : 'studentId', {
          otherSchool: other,
        });
      }
    }
  });

  for (const group of groupBy(rows, (r) => r.nameDateKey)) {
    for (const row of group) {
      const self = rows[row];
      const others = group.filter((other) => {
        if (other === row || linked.has(`${row}:${other}`)) return false;
        // Two different valid personal ids are two people: namesakes born on
        // the same day are common among a province's million learners.
        const otherId = rows[other]?.personalId;
        return self?.personalId === undefined || otherId === undefined || otherId === self.personalId;
      });
      if (others.length === 0) continue;
      const exact = others.every((other) => rows[other]?.exactNameKey === self?.exactNameKey);
      const matchNote = exact
        ? { vi: '', en: '' }
        : { vi: ' (họ tên giống nhau khi bỏ dấu)', en: ' (names equal once accents are ignored)' };
      push(row, 'STU_LIKELY_DUPLICATE', 'fullName', { otherRows: listRows(others, label), matchNote });
    }
  }
  return issues;
}
