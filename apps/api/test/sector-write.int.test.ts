import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { AppError } from '../src/lib/errors';
import { PersonalDataCodec } from '../src/lib/personal-data';
import { type StudentRecord, type UpsertContext, upsertStudents } from '../src/modules/sector/students.write';
import { countRows, createTestContext, describeEachDb, type TestContext } from './helpers';
import { auditCount, buildSectorWorld, type SectorWorld } from './sector-fixtures';

/** The importer's batch write: idempotent, refuses what it must, one audit entry per batch. */
describeEachDb('sector: upsertStudents (the importer’s batch write)', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let upsert: UpsertContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    upsert = {
      codec: new PersonalDataCodec(ctx.keys.fieldKeys, ctx.keys.blindIndexKey),
      unitId: w.schoolA.id,
      schoolYearId: w.yearId,
      actorId: w.users.clerkA.id,
      actorName: w.users.clerkA.username,
    };
  });
  afterAll(() => ctx.close());

  const record = (i: number, extra: Partial<StudentRecord> = {}): StudentRecord => ({
    fullName: `Phan Văn Học ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
    birthDate: `2019-0${1 + (i % 9)}-1${i % 10}`,
    genderCode: '1',
    statusCode: '01',
    statusDate: '2025-09-05',
    className: '1A',
    ...extra,
  });

  const errorOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected an AppError');
  };

  describe('idempotence', () => {
    const batch = (): StudentRecord[] => [
      record(0, {
        personalId: '079219000101',
        phone: '0909000101',
        guardians: [{ relationshipCode: '01', fullName: 'Phan Văn Cha' }],
      }),
      record(1, { ethnicityCode: '01', address: '1 Lý Thường Kiệt' }),
      record(2, { className: w.classA1.code }),
    ];

    it('creates, then changes nothing on a re-run, then updates only what changed', async () => {
      const first = await upsertStudents(ctx.db, upsert, batch());
      expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
      const codes = await query<{ student_code: string; class_id: string }>(
        ctx.db,
        sql`select student_code, class_id from students where id in (${sql.join(
          first.studentIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      );
      expect(codes.every((c) => /^79\d{13}$/.test(c.student_code) && c.class_id === w.classA1.id)).toBe(true);

      const again = await upsertStudents(ctx.db, upsert, batch());
      expect(again).toEqual({ created: 0, updated: 0, unchanged: 3, studentIds: first.studentIds });

      const changed = batch();
      changed[1] = { ...changed[1]!, phone: '0909 000 202' };
      changed[2] = { ...changed[2]!, statusCode: '04', statusDate: '2025-12-01' };
      const third = await upsertStudents(ctx.db, upsert, changed);
      expect(third).toMatchObject({ created: 0, updated: 2, unchanged: 1, studentIds: first.studentIds });
      const events = await query<{ status_code: string }>(
        ctx.db,
        sql`select status_code from student_status_events where student_id = ${first.studentIds[2]!} order by recorded_at`,
      );
      expect(events.map((e) => e.status_code)).toEqual(['01', '04']);

      // Matched by personal id, or by name and birth date; empty cells keep stored values.
      const byKeys = await upsertStudents(ctx.db, upsert, [
        { ...batch()[0]!, fullName: 'Phan Văn Học Đổi Tên', phone: null },
        { ...changed[1]!, studentCode: null, address: null, ethnicityCode: null },
      ]);
      expect(byKeys).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      expect(byKeys.studentIds).toEqual([first.studentIds[0], first.studentIds[1]]);
      expect(await auditCount(ctx.db, 'student.import_batch', w.users.clerkA.id)).toBe(4);
      const [entry] = await query<{ details: Record<string, unknown> }>(
        ctx.db,
        sql`select details from audit_log where action = 'student.import_batch' order by id desc limit 1`,
      );
      expect(entry!.details).toMatchObject({ records: 2, created: 0, updated: 1, unchanged: 1 });
    });
  });

  describe('refusals (nothing is written)', () => {
    it('a student id of another school, an unknown class, a personal id held elsewhere, a pupil twice', async () => {
      const before = await countRows(ctx.db, 'students');
      const otherSchool = await upsertStudents(ctx.db, { ...upsert, unitId: w.schoolC.id }, [
        record(40, { className: '6A' }),
      ]);
      const codeOfC = (
        await query<{ student_code: string }>(
          ctx.db,
          sql`select student_code from students where id = ${otherSchool.studentIds[0]!}`,
        )
      )[0]!.student_code;
      const count = await countRows(ctx.db, 'students');
      expect(count).toBe(before + 1);

      const stolen = await errorOf(
        upsertStudents(ctx.db, upsert, [record(41), record(42, { studentCode: codeOfC })]),
      );
      expect(stolen).toBeInstanceOf(AppError);
      expect(stolen.code).toBe('STUDENT_OTHER_UNIT');
      expect(stolen.details).toEqual([{ index: 1, field: 'studentCode' }]);

      const noClass = await errorOf(
        upsertStudents(ctx.db, upsert, [record(43), record(44, { className: '9Z' })]),
      );
      expect(noClass.code).toBe('CLASS_NOT_IN_SCHOOL');

      await upsertStudents(ctx.db, { ...upsert, unitId: w.schoolB.id }, [
        record(45, { className: null, personalId: '079219000555' }),
      ]);
      const heldElsewhere = await errorOf(
        upsertStudents(ctx.db, upsert, [record(46, { personalId: '079219000555' })]),
      );
      expect(heldElsewhere.code).toBe('STUDENT_DUPLICATE');

      const twice = await errorOf(upsertStudents(ctx.db, upsert, [record(47), record(47)]));
      expect(twice.code).toBe('STUDENT_RECORD_DUPLICATE');
      const invalid = await errorOf(upsertStudents(ctx.db, upsert, [record(48, { genderCode: 'X' })]));
      expect(invalid.code).toBe('STUDENT_RECORD_INVALID');
      expect(await countRows(ctx.db, 'students')).toBe(count + 1);
    });
  });

  describe('a school-sized batch', () => {
    it('writes 1,000 pupils in a few round trips and re-runs as unchanged', async () => {
      const records = Array.from({ length: 1_000 }, (_, i) =>
        record(1_000 + i, {
          fullName: `Trương Thị Mẫu ${i}`,
          genderCode: '2',
          phone: `09${String(10_000_000 + i).slice(0, 8)}`,
          address: `${i} đường Hai Bà Trưng`,
          guardians: [{ relationshipCode: '02', fullName: 'Trương Thị Mẹ', phone: '0912345678' }],
        }),
      );
      const t0 = performance.now();
      const created = await upsertStudents(ctx.db, upsert, records);
      const t1 = performance.now();
      const rerun = await upsertStudents(ctx.db, upsert, records);
      const t2 = performance.now();
      expect(created.created).toBe(1_000);
      expect(rerun).toMatchObject({ created: 0, updated: 0, unchanged: 1_000 });
      console.info(
        `upsertStudents 1,000 rows [${kind}]: create ${Math.round(t1 - t0)} ms, re-run ${Math.round(t2 - t1)} ms`,
      );
      expect(t1 - t0).toBeLessThan(30_000);
    });
  });
});
