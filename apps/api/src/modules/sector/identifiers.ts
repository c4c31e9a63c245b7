import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type DbOrTx, query } from '../../db/client';
import { textArray } from './copy';
import { classes, staff, students } from './sector.table';

/**
 * Identifiers (mã định danh) are issued at first entry, never changed and
 * never reused (Circular 42/2021/TT-BGDĐT Art. 10). Each comes from a
 * PostgreSQL sequence, which never hands out a number twice, even after a
 * rollback or a deletion. Formats (lengths of the data standard):
 *
 *   student  PP + 13 digits = 15 chars   PP: the two-digit province code of
 *            the issuing school's profile ("79" …), "00" while the profile
 *            has none. The number alone is unique; the prefix only tells a
 *            reader where the pupil first entered the system.
 *   staff    "CB" + 10 digits = 12 chars (standard: string(20))
 *   class    "LH" + 10 digits = 12 chars (standard: string(20))
 *
 * Codes issued elsewhere (the national portal) are accepted as given; an
 * issued code that one of them already holds is skipped, not reused.
 */
export const STUDENT_CODE_PATTERN = /^[A-Za-z0-9]{1,15}$/;

interface CodeSpec {
  sequence: string;
  format: (n: bigint) => string;
  table: PgTable;
  column: PgColumn;
}

async function issue(tx: DbOrTx, spec: CodeSpec, count: number): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const rows = await query<{ n: string }>(
      tx,
      sql`select nextval(${spec.sequence}::regclass)::text as n from generate_series(1, ${count - codes.length}::int)`,
    );
    const drawn = rows.map((r) => spec.format(BigInt(r.n)));
    const taken = await query<{ code: string }>(
      tx,
      sql`select ${spec.column} as code from ${spec.table} where ${spec.column} = any(${textArray(drawn)}::text[])`,
    );
    const held = new Set(taken.map((t) => t.code));
    codes.push(...drawn.filter((code) => !held.has(code)));
  }
  return codes;
}

export function issueStudentCodes(tx: DbOrTx, provinceCode: string | null, count: number): Promise<string[]> {
  const prefix = provinceCode && /^\d{2}$/.test(provinceCode) ? provinceCode : '00';
  return issue(
    tx,
    {
      sequence: 'student_code_seq',
      format: (n) => `${prefix}${String(n).padStart(13, '0')}`,
      table: students,
      column: students.studentCode,
    },
    count,
  );
}

export async function issueStaffCode(tx: DbOrTx): Promise<string> {
  const [code] = await issue(
    tx,
    {
      sequence: 'staff_code_seq',
      format: (n) => `CB${String(n).padStart(10, '0')}`,
      table: staff,
      column: staff.staffCode,
    },
    1,
  );
  return code!;
}

export async function issueClassCode(tx: DbOrTx): Promise<string> {
  const [code] = await issue(
    tx,
    {
      sequence: 'class_code_seq',
      format: (n) => `LH${String(n).padStart(10, '0')}`,
      table: classes,
      column: classes.code,
    },
    1,
  );
  return code!;
}
