import { foldKey } from '@edushield/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { query } from '../src/db/client';
import { decryptField } from '../src/lib/crypto';
import { ENCRYPTED_COLUMNS, resealTable } from '../src/lib/key-rotation';
import { addFieldKey, readKeyRing } from '../src/lib/keys';
import { MASK, PersonalDataCodec } from '../src/lib/personal-data';
import { sealLegacyPersonalFields } from '../src/modules/sector/personal-fields.migrate';
import { insertStudents } from '../src/modules/sector/students.repository';
import { upsertStudents } from '../src/modules/sector/students.write';
import { createTestContext, describeEachDb, type TestContext } from './helpers';
import { auditCount, buildSectorWorld, caller, type SectorWorld } from './sector-fixtures';

/**
 * Staff e-mail and pupil birth place (personal in the data standard) are
 * sealed per field like the other personal data (migration 0012): ciphertext
 * at rest, masked for readers without sector.read_personal, unmasked reads
 * audited, re-sealed by key rotation, and plain values left by earlier
 * versions sealed by the startup step.
 */
describeEachDb('sector: staff e-mail and pupil birth place encrypted', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let api: ReturnType<typeof caller>;
  let codec: PersonalDataCodec;
  let staffId: string;
  let studentId: string;
  const EMAIL = 'mai.nguyen@thha.edu.vn';
  const PLACE = 'Bệnh viện Phụ sản Hùng Vương';

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    api = caller(ctx);
    codec = new PersonalDataCodec(ctx.keys.fieldKeys, ctx.keys.blindIndexKey);
    const member = await api(w.as.clerkA, 'POST', '/api/staff', {
      unitId: w.schoolA.id,
      fullName: 'Nguyễn Thị Mai',
      birthDate: '1990-04-12',
      genderCode: '2',
      positionCode: '07',
      email: EMAIL,
    });
    expect(member.statusCode, member.body).toBe(201);
    staffId = member.json().id;
    const pupil = await api(w.as.clerkA, 'POST', '/api/students', {
      unitId: w.schoolA.id,
      classId: w.classA1.id,
      fullName: 'Lê Minh Khôi',
      birthDate: '2018-05-10',
      genderCode: '1',
      birthPlace: PLACE,
    });
    expect(pupil.statusCode, pupil.body).toBe(201);
    studentId = pupil.json().id;
  });
  afterAll(() => ctx.close());

  const stored = async () => {
    const [member] = await query<{ email: string | null; email_enc: string | null }>(
      ctx.db,
      sql`select email, email_enc from staff where id = ${staffId}`,
    );
    const [pupil] = await query<{ birth_place: string | null; birth_place_enc: string | null }>(
      ctx.db,
      sql`select birth_place, birth_place_enc from students where id = ${studentId}`,
    );
    return { member: member!, pupil: pupil! };
  };

  it('stores ciphertext only, and the API opens it for the clerk', async () => {
    const { member, pupil } = await stored();
    expect(member.email).toBeNull();
    expect(member.email_enc).toMatch(/^v1:/);
    expect(member.email_enc).not.toContain('thha');
    expect(decryptField(ctx.keys.fieldKeys, member.email_enc!)).toBe(EMAIL);
    expect(pupil.birth_place).toBeNull();
    expect(pupil.birth_place_enc).toMatch(/^v1:/);
    expect(decryptField(ctx.keys.fieldKeys, pupil.birth_place_enc!)).toBe(PLACE);

    expect((await api(w.as.clerkA, 'GET', `/api/staff/${staffId}`)).json().email).toBe(EMAIL);
    expect((await api(w.as.clerkA, 'GET', `/api/students/${studentId}`)).json().birthPlace).toBe(PLACE);
  });

  it('corrections re-seal; an empty value clears', async () => {
    const moved = await api(w.as.clerkA, 'PATCH', `/api/staff/${staffId}`, { email: 'mai@thha.edu.vn' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().email).toBe('mai@thha.edu.vn');
    const cleared = await api(w.as.clerkA, 'PATCH', `/api/students/${studentId}`, { birthPlace: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().birthPlace).toBeNull();
    expect((await stored()).pupil.birth_place_enc).toBeNull();
    const back = await api(w.as.clerkA, 'PATCH', `/api/students/${studentId}`, { birthPlace: PLACE });
    expect(back.json().birthPlace).toBe(PLACE);
    const { member, pupil } = await stored();
    expect(decryptField(ctx.keys.fieldKeys, member.email_enc!)).toBe('mai@thha.edu.vn');
    expect(decryptField(ctx.keys.fieldKeys, pupil.birth_place_enc!)).toBe(PLACE);
  });

  it('masks both for a reader without sector.read_personal and audits unmasked reads', async () => {
    const teacherStaff = (await api(w.as.teacherA, 'GET', `/api/staff/${staffId}`)).json();
    expect(teacherStaff.email).toBeNull();
    expect(teacherStaff.masked).toContain('email');
    const teacherPupil = await api(w.as.teacherA, 'GET', `/api/students/${studentId}`);
    expect(teacherPupil.json().birthPlace).toBeNull();
    expect(teacherPupil.json().masked).toContain('birthPlace');
    expect(teacherPupil.body).not.toContain('Hùng Vương');

    const staffReads = await auditCount(ctx.db, 'staff.personal_read', w.users.clerkA.id);
    const pupilReads = await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id);
    await api(w.as.clerkA, 'GET', `/api/staff/${staffId}`);
    await api(w.as.clerkA, 'GET', `/api/students/${studentId}`);
    expect(await auditCount(ctx.db, 'staff.personal_read', w.users.clerkA.id)).toBe(staffReads + 1);
    expect(await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id)).toBe(pupilReads + 1);
  });

  it('exports the birth place opened for the clerk and masked for the commune officer', async () => {
    const url = `/api/students/export?format=csv&unitId=${w.schoolA.id}`;
    const clerk = await api(w.as.clerkA, 'GET', url);
    expect(clerk.statusCode, clerk.body).toBe(200);
    expect(clerk.body).toContain(PLACE);
    const teacher = await api(w.as.commune1, 'GET', url);
    expect(teacher.statusCode, teacher.body).toBe(200);
    expect(teacher.body).not.toContain('Hùng Vương');
    expect(teacher.body).toContain(MASK);
  });

  it("the importer's batch write seals the birth place and a re-upload changes nothing", async () => {
    const upsert = () =>
      ctx.db.transaction((tx) =>
        upsertStudents(
          tx,
          {
            codec,
            unitId: w.schoolA.id,
            schoolYearId: w.yearId,
            actorId: w.users.clerkA.id,
            actorName: 'clerk',
          },
          [
            {
              fullName: 'Phạm Gia Bảo',
              birthDate: '2018-02-03',
              genderCode: '1',
              birthPlace: 'Trạm y tế xã Hòa An',
              statusCode: '01',
              statusDate: '2025-09-05',
            },
          ],
        ),
      );
    const first = await upsert();
    expect(first.created).toBe(1);
    const [row] = await query<{ birth_place: string | null; birth_place_enc: string }>(
      ctx.db,
      sql`select birth_place, birth_place_enc from students where id = ${first.studentIds[0]!}`,
    );
    expect(row!.birth_place).toBeNull();
    expect(decryptField(ctx.keys.fieldKeys, row!.birth_place_enc)).toBe('Trạm y tế xã Hòa An');
    const again = await upsert();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('a batch large enough for COPY is written whole, sealed, and a failing COPY leaves nothing', async () => {
    const records = Array.from({ length: 120 }, (_, i) => ({
      fullName: `Trần Văn Số ${String.fromCharCode(65 + (i % 26))}${i}`,
      birthDate: '2018-03-04',
      genderCode: '1',
      phone: `0912${String(100000 + i)}`,
      birthPlace: `Trạm y tế ${i}`,
      statusCode: '01',
      statusDate: '2025-09-05',
      guardians: [{ relationshipCode: '02', fullName: 'Lê Thị Hoa', phone: '0903123456' }],
    }));
    const actor = { actorId: w.users.clerkA.id, actorName: 'clerk' };
    const ctxOf = { codec, unitId: w.schoolA.id, schoolYearId: w.yearId, ...actor };
    const first = await ctx.db.transaction((tx) => upsertStudents(tx, ctxOf, records));
    expect(first.created).toBe(120);
    const [counts] = await query<{ n: number; plain: number; guardians: number; events: number }>(
      ctx.db,
      sql`select count(*)::int as n, count(s.birth_place)::int as plain,
                 (select count(*)::int from guardians g where g.student_id = any(${`{${first.studentIds.join(',')}}`}::uuid[])) as guardians,
                 (select count(*)::int from student_status_events e where e.student_id = any(${`{${first.studentIds.join(',')}}`}::uuid[])) as events
            from students s where s.id = any(${`{${first.studentIds.join(',')}}`}::uuid[])`,
    );
    expect(counts).toEqual({ n: 120, plain: 0, guardians: 120, events: 120 });
    const [one] = await query<{ phone_enc: string; birth_place_enc: string }>(
      ctx.db,
      sql`select phone_enc, birth_place_enc from students where id = ${first.studentIds[7]!}`,
    );
    expect(decryptField(ctx.keys.fieldKeys, one!.phone_enc)).toBe('0912100007');
    expect(decryptField(ctx.keys.fieldKeys, one!.birth_place_enc)).toBe('Trạm y tế 7');
    // Re-upload: nothing new, nothing changed.
    expect(await ctx.db.transaction((tx) => upsertStudents(tx, ctxOf, records))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 120,
    });
    // Two rows with one student code: the COPY fails and the transaction keeps none of its rows.
    const rows = Array.from({ length: 60 }, (_, i) => ({
      studentCode: i === 59 ? 'DUPCOPY1' : `COPY${kind.slice(0, 2)}${i}`,
      unitId: w.schoolA.id,
      fullName: 'Bùi Văn Nam',
      nameKey: foldKey('Bùi Văn Nam'),
      birthDate: '2018-01-01',
      genderCode: '1',
      statusCode: '01',
      statusDate: '2025-09-05',
    }));
    rows[0]!.studentCode = 'DUPCOPY1';
    await expect(ctx.db.transaction((tx) => insertStudents(tx, rows))).rejects.toThrow();
    const [left] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from students where full_name = 'Bùi Văn Nam'`,
    );
    expect(left!.n).toBe(0);
  });

  it('key rotation re-seals the new columns with the new key', async () => {
    const listed = new Map(ENCRYPTED_COLUMNS);
    expect(listed.get('staff')).toContain('email_enc');
    expect(listed.get('students')).toContain('birth_place_enc');
    const newId = addFieldKey(ctx.settings.keysDir);
    const ring = readKeyRing(ctx.settings.keysDir);
    for (const [table, columns] of ENCRYPTED_COLUMNS)
      await resealTable(ctx.db, ring, table, columns, () => {});
    const { member, pupil } = await stored();
    expect(member.email_enc!.split(':')[1]).toBe(newId);
    expect(pupil.birth_place_enc!.split(':')[1]).toBe(newId);
    expect(decryptField(ring, member.email_enc!)).toBe('mai@thha.edu.vn');
    expect(decryptField(ring, pupil.birth_place_enc!)).toBe(PLACE);
  });

  describe('plain values stored before migration 0012', () => {
    const legacyStaff = async (prefix: string, n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const [row] = await query<{ id: string }>(
          ctx.db,
          sql`insert into staff (staff_code, unit_id, full_name, name_key, email)
              values (${`${prefix}${i}`}, ${w.schoolB.id}, 'Đỗ Văn Hải', ${foldKey('Đỗ Văn Hải')}, ${`hai${i}@thhb.edu.vn`})
              returning id`,
        );
        ids.push(row!.id);
      }
      return ids;
    };
    const legacyPupil = async (place: string) => {
      const [row] = await query<{ id: string }>(
        ctx.db,
        sql`insert into students (student_code, unit_id, full_name, name_key, birth_date, gender_code,
                                  status_code, status_date, birth_place)
            values (${`L${crypto.randomUUID().slice(0, 14)}`}, ${w.schoolB.id}, 'Võ Thị Hằng', ${foldKey('Võ Thị Hằng')},
                    '2017-06-01', '2', '01', '2025-09-05', ${place})
            returning id`,
      );
      return row!.id;
    };

    it('are sealed in batches by the startup step, which is idempotent', async () => {
      const staffIds = await legacyStaff('LEGA', 5);
      const pupilId = await legacyPupil('Bệnh viện Đa khoa tỉnh');
      const counts = await sealLegacyPersonalFields(ctx.db, codec, 2);
      expect(counts).toEqual({ 'staff.email': 5, 'students.birth_place': 1 });
      const rows = await query<{ id: string; email: string | null; email_enc: string }>(
        ctx.db,
        sql`select id::text as id, email, email_enc from staff where staff_code like 'LEGA%' order by staff_code`,
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...staffIds].sort());
      rows.forEach((r, i) => {
        expect(r.email).toBeNull();
        expect(decryptField(ctx.keys.fieldKeys, r.email_enc)).toBe(`hai${i}@thhb.edu.vn`);
      });
      const [pupil] = await query<{ birth_place: string | null; birth_place_enc: string }>(
        ctx.db,
        sql`select birth_place, birth_place_enc from students where id = ${pupilId}`,
      );
      expect(pupil!.birth_place).toBeNull();
      expect(decryptField(ctx.keys.fieldKeys, pupil!.birth_place_enc)).toBe('Bệnh viện Đa khoa tỉnh');
      expect(await sealLegacyPersonalFields(ctx.db, codec, 2)).toEqual({
        'staff.email': 0,
        'students.birth_place': 0,
      });
    });

    it('run when the app starts, before it serves, and the API then shows the value', async () => {
      const [staffLegacyId] = await legacyStaff('LEGB', 1);
      const pupilId = await legacyPupil('Nhà hộ sinh khu vực');
      const restarted = await buildApp({
        settings: ctx.settings,
        database: ctx.database,
        keys: ctx.keys,
        logger: false,
      });
      try {
        await restarted.ready();
        const [member] = await query<{ email: string | null; email_enc: string | null }>(
          ctx.db,
          sql`select email, email_enc from staff where id = ${staffLegacyId!}`,
        );
        expect(member!.email).toBeNull();
        expect(member!.email_enc).toMatch(/^v1:/);
        const [pupil] = await query<{ birth_place: string | null }>(
          ctx.db,
          sql`select birth_place from students where id = ${pupilId}`,
        );
        expect(pupil!.birth_place).toBeNull();
      } finally {
        await restarted.close();
      }
      const clerkB = await api(w.as.clerkB, 'GET', `/api/students/${pupilId}`);
      expect(clerkB.statusCode, clerkB.body).toBe(200);
      expect(clerkB.json().birthPlace).toBe('Nhà hộ sinh khu vực');
    });
  });
});
