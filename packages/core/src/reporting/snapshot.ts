/**
 * A submission's frozen snapshot: the unit's records as stored (encrypted
 * columns stay ciphertext), the standard aggregate rows computed from them,
 * and the difference between two versions. Pure.
 */

export type SnapshotValue = string | number | boolean | null;
export type SnapshotRecord = Readonly<Record<string, SnapshotValue>> & { readonly id: string };

export const SNAPSHOT_ENTITIES = ['school', 'classes', 'staff', 'students'] as const;
export type SnapshotEntity = (typeof SNAPSHOT_ENTITIES)[number];

export interface SnapshotRecords {
  readonly school: SnapshotRecord | null;
  readonly classes: readonly SnapshotRecord[];
  readonly staff: readonly SnapshotRecord[];
  readonly students: readonly SnapshotRecord[];
}

/** Counts kept with each version so the dashboard never re-reads records. */
export interface SnapshotSummary {
  pupils: number;
  classes: number;
  staff: number;
  requiredFilled: number;
  requiredTotal: number;
  blockingIssues: number;
  warnings: number;
}

export const AGGREGATE_TABLES = [
  'pupils_by_grade_gender',
  'pupils_by_ethnicity',
  'classes_by_grade',
  'staff_by_position',
  'staff_by_qualification',
  'schools',
] as const;
export type AggregateTable = (typeof AGGREGATE_TABLES)[number];

export interface AggregateRow {
  readonly tableCode: AggregateTable;
  readonly dim1: string;
  readonly dim2: string;
  readonly value: number;
}

const text = (value: SnapshotValue | undefined) =>
  value === null || value === undefined ? '' : String(value);

/**
 * The standard statistical tables of one snapshot (codes documented in
 * docs/features/reporting.md): pupils by grade × gender and by ethnicity,
 * classes by grade, staff by position and qualification, and one `schools`
 * row. Only non-zero rows.
 */
export function computeAggregates(
  records: SnapshotRecords,
  fallbackLevelCode: string | null,
): AggregateRow[] {
  const counts = new Map<string, AggregateRow>();
  const add = (tableCode: AggregateTable, dim1: string, dim2 = '') => {
    const key = `${tableCode}\u0000${dim1}\u0000${dim2}`;
    const row = counts.get(key);
    counts.set(key, { tableCode, dim1, dim2, value: (row?.value ?? 0) + 1 });
  };
  const gradeOfClass = new Map(records.classes.map((c) => [c.id, text(c.grade)]));
  for (const pupil of records.students) {
    const grade = typeof pupil.classId === 'string' ? (gradeOfClass.get(pupil.classId) ?? '') : '';
    add('pupils_by_grade_gender', grade, text(pupil.genderCode));
    add('pupils_by_ethnicity', text(pupil.ethnicityCode));
  }
  for (const cls of records.classes) add('classes_by_grade', text(cls.grade));
  for (const person of records.staff) {
    add('staff_by_position', text(person.positionCode));
    add('staff_by_qualification', text(person.qualificationCode));
  }
  add('schools', text(records.school?.levelCode ?? fallbackLevelCode));
  return [...counts.values()];
}

/** Columns that change on every write and say nothing about the data. */
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'nameKey', 'createdBy']);

export interface DiffRecord {
  readonly id: string;
  /** The record's code (student, staff or class code), never a personal value. */
  readonly label: string;
}

export interface EntityDiff {
  readonly added: DiffRecord[];
  readonly removed: DiffRecord[];
  readonly changed: (DiffRecord & { readonly fields: string[] })[];
}

export type SnapshotDiff = Readonly<Record<SnapshotEntity, EntityDiff>>;

function labelOf(record: SnapshotRecord): string {
  return text(record.studentCode ?? record.staffCode ?? record.code ?? record.schoolCode ?? record.id);
}

function changedFields(before: SnapshotRecord, after: SnapshotRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    // A personal id is compared by its blind index: ciphertext differs at every encryption.
    if (key === 'personalIdEnc' && ('personalIdBidx' in before || 'personalIdBidx' in after)) continue;
    if ((before[key] ?? null) !== (after[key] ?? null))
      fields.push(key === 'personalIdBidx' ? 'personalId' : key);
  }
  return fields.sort();
}

function diffList(before: readonly SnapshotRecord[], after: readonly SnapshotRecord[]): EntityDiff {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const added: DiffRecord[] = [];
  const removed: DiffRecord[] = [];
  const changed: (DiffRecord & { fields: string[] })[] = [];
  for (const record of after) {
    const previous = old.get(record.id);
    if (!previous) added.push({ id: record.id, label: labelOf(record) });
    else {
      const fields = changedFields(previous, record);
      if (fields.length > 0) changed.push({ id: record.id, label: labelOf(record), fields });
    }
  }
  for (const record of before)
    if (!now.has(record.id)) removed.push({ id: record.id, label: labelOf(record) });
  return { added, removed, changed };
}

/** What changed between two versions of a unit's snapshot, record by record and field by field. */
export function diffSnapshots(before: SnapshotRecords, after: SnapshotRecords): SnapshotDiff {
  const one = (r: SnapshotRecord | null) => (r ? [r] : []);
  return {
    school: diffList(one(before.school), one(after.school)),
    classes: diffList(before.classes, after.classes),
    staff: diffList(before.staff, after.staff),
    students: diffList(before.students, after.students),
  };
}

/** Number of added, removed and changed records in a diff. */
export function diffSize(diff: SnapshotDiff): number {
  return SNAPSHOT_ENTITIES.reduce(
    (n, e) => n + diff[e].added.length + diff[e].removed.length + diff[e].changed.length,
    0,
  );
}
