import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { createTestContext, describeEachDb, type Session, type TestContext } from './helpers';
import { auditCount, buildSectorWorld, caller, type SectorWorld } from './sector-fixtures';

/**
 * Pupils: identifiers, corrections, masking (security test 4), search in
 * scope (security test 5), foreign ids in bodies (security test 2),
 * encryption at rest and no-store (security test 20), status actions and
 * transfers between schools.
 */
describeEachDb('sector: students', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let api: ReturnType<typeof caller>;
  let anA: StudentJson;

  interface StudentJson {
    id: string;
    studentCode: string;
    unitId: string;
    personalId: string | null;
    masked: string[];
    [key: string]: unknown;
  }

  const AN_PID = '079218000001';
  const anBody = () => ({
    unitId: w.schoolA.id,
    classId: w.classA1.id,
    fullName: '  nguyễn   văn AN ',
    birthDate: '2018-05-10',
    genderCode: '1',
    ethnicityCode: '01',
    religionCode: '00',
    disabilityCode: '03',
    healthNote: 'Hen suyễn nhẹ',
    personalId: AN_PID,
    phone: '+84 903 111 222',
    address: '5 Nguyễn Huệ, phường Sài Gòn',
    birthPlace: 'Bệnh viện Từ Dũ',
    guardians: [
      { relationshipCode: '02', fullName: 'Trần Thị Lan', phone: '0903123456', personalId: '079190001111' },
    ],
  });

  const create = async (session: Session, body: Record<string, unknown>) => {
    const res = await api(session, 'POST', '/api/students', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as StudentJson;
  };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    api = caller(ctx);
    anA = await create(w.as.clerkA, anBody());
    await create(w.as.clerkC, {
      unitId: w.schoolC.id,
      classId: w.classC6.id,
      fullName: 'NGUYỄN VĂN AN',
      birthDate: '2013-02-01',
      genderCode: '1',
      personalId: '079213000002',
    });
    await create(w.as.clerkA, {
      unitId: w.schoolA.id,
      fullName: 'Trần Thị Hoà',
      birthDate: '2019-01-20',
      genderCode: '2',
    });
  });
  afterAll(() => ctx.close());

  describe('entering a pupil', () => {
    it('climbs the ladder: 401 → 400 → 403/404 → 201 with an issued student id', async () => {
      const body = { ...anBody(), fullName: 'Lê Minh Khôi', personalId: '079218000003', guardians: [] };
      expect((await api(null, 'POST', '/api/students', body)).statusCode).toBe(401);
      expect(
        (await api(w.as.clerkA, 'POST', '/api/students', { ...body, genderCode: undefined })).statusCode,
      ).toBe(400);
      const badPid = await api(w.as.clerkA, 'POST', '/api/students', { ...body, personalId: '07921900000' });
      expect(badPid.statusCode).toBe(400);
      expect(badPid.json().error.details[0]).toMatchObject({ field: 'personalId' });
      const wrongYear = await api(w.as.clerkA, 'POST', '/api/students', {
        ...body,
        personalId: '079215000003',
      });
      expect(wrongYear.statusCode).toBe(400);
      const badGuardian = await api(w.as.clerkA, 'POST', '/api/students', {
        ...body,
        guardians: [{ relationshipCode: '99', fullName: 'X' }],
      });
      expect(badGuardian.json().error.details[0].field).toBe('guardians[0].relationshipCode');
      const tooOld = await api(w.as.clerkA, 'POST', '/api/students', {
        ...body,
        birthDate: '2010-01-01',
        personalId: null,
      });
      expect(tooOld.statusCode).toBe(400);
      expect(tooOld.json().error.details[0]).toMatchObject({
        field: 'birthDate',
        code: 'STU_AGE_OUT_OF_RANGE_FOR_GRADE',
      });
      expect((await api(w.as.teacherA, 'POST', '/api/students', body)).statusCode).toBe(403);
      // Security test 2: another school's unit or class in the body.
      expect(
        (await api(w.as.clerkA, 'POST', '/api/students', { ...body, unitId: w.schoolB.id })).statusCode,
      ).toBe(404);
      expect(
        (await api(w.as.clerkA, 'POST', '/api/students', { ...body, classId: w.classB1.id })).statusCode,
      ).toBe(404);
      const mixed = await api(w.as.officer, 'POST', '/api/students', { ...body, classId: w.classC6.id });
      expect(mixed.statusCode).toBe(400);
      expect(mixed.json().error.code).toBe('CLASS_NOT_IN_SCHOOL');

      const created = await api(w.as.clerkA, 'POST', '/api/students', body);
      expect(created.statusCode).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      const pupil = created.json();
      expect(pupil.studentCode).toMatch(/^79\d{13}$/);
      expect(pupil).toMatchObject({ statusCode: '01', classCode: w.classA1.code, masked: [] });
      expect(pupil.history).toEqual([expect.objectContaining({ statusCode: '01', unitId: w.schoolA.id })]);
    });

    it('standardises names and phones, and seals personal fields in the database', async () => {
      expect(anA).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0903111222', personalId: AN_PID });
      const [raw] = await query<Record<string, string>>(
        ctx.db,
        sql`select s.personal_id_enc, s.phone_enc, s.address_enc, s.health_note_enc, s.name_key,
                   g.phone_enc as guardian_phone, g.personal_id_enc as guardian_pid
            from students s join guardians g on g.student_id = s.id where s.id = ${anA.id}`,
      );
      expect(raw!.name_key).toBe('nguyen van an');
      const stored = JSON.stringify(raw);
      for (const plain of [AN_PID, '0903111222', 'Nguyễn Huệ', 'Hen suyễn', '0903123456', '079190001111'])
        expect(stored).not.toContain(plain);
      expect(raw!.personal_id_enc).toMatch(/^v1:/);
    });

    it('refuses a personal id another pupil holds, wherever they are', async () => {
      const dup = await api(w.as.clerkB, 'POST', '/api/students', {
        unitId: w.schoolB.id,
        fullName: 'Ai Đó',
        birthDate: '2018-05-10',
        genderCode: '1',
        personalId: AN_PID,
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('STUDENT_DUPLICATE');
      expect(dup.body).not.toContain(w.schoolA.id);
    });

    it('issues every code once: deleting a pupil never frees the code', async () => {
      const body = { unitId: w.schoolA.id, fullName: 'Võ Thị Nga', birthDate: '2019-07-07', genderCode: '2' };
      const first = await create(w.as.clerkA, body);
      await ctx.db.execute(sql`delete from students where id = ${first.id}`);
      const second = await create(w.as.clerkA, body);
      expect(second.studentCode).not.toBe(first.studentCode);
      expect(BigInt(second.studentCode)).toBeGreaterThan(BigInt(first.studentCode));
      const [dups] = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from (select student_code from students group by student_code having count(*) > 1) d`,
      );
      expect(dups!.n).toBe(0);
    });
  });

  describe('corrections', () => {
    it('never changes the student id, school or status (mass assignment → 400, nothing changed)', async () => {
      const url = `/api/students/${anA.id}`;
      for (const body of [
        { studentCode: '790000000000001' },
        { unitId: w.schoolB.id },
        { status: '04' },
        { statusCode: '06' },
        { statusDate: '2020-01-01' },
      ]) {
        const res = await api(w.as.clerkA, 'PATCH', url, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
      }
      const now = (await api(w.as.clerkA, 'GET', url)).json();
      expect(now).toMatchObject({ studentCode: anA.studentCode, unitId: w.schoolA.id, statusCode: '01' });

      expect((await api(null, 'PATCH', url, { phone: '0903999888' })).statusCode).toBe(401);
      expect((await api(w.as.clerkC, 'PATCH', url, { phone: '0903999888' })).statusCode).toBe(404);
      const fixed = await api(w.as.clerkA, 'PATCH', url, { phone: '0903 999 888', birthPlace: null });
      expect(fixed.statusCode).toBe(200);
      expect(fixed.json()).toMatchObject({
        studentCode: anA.studentCode,
        phone: '0903999888',
        birthPlace: null,
      });
      expect((await api(w.as.clerkA, 'PATCH', url, { personalId: '079218000002' })).statusCode).toBe(200);
      expect((await api(w.as.clerkA, 'PATCH', url, { personalId: AN_PID })).statusCode).toBe(200);
    });
  });

  describe('masking (security test 4) and audit of personal reads (security test 18)', () => {
    const personal = [
      'personalId',
      'ethnicityCode',
      'religionCode',
      'disabilityCode',
      'healthNote',
      'phone',
      'address',
    ];

    it('a reader without sector.read_personal gets nulls and the masked list, in list, detail and search', async () => {
      const before = await auditCount(ctx.db, 'student.personal_read', w.users.teacherA.id);
      const list = await api(w.as.teacherA, 'GET', `/api/students?unitId=${w.schoolA.id}`);
      expect(list.statusCode).toBe(200);
      expect(list.headers['cache-control']).toBe('no-store');
      const detail = await api(w.as.teacherA, 'GET', `/api/students/${anA.id}`);
      const search = await api(w.as.teacherA, 'GET', '/api/students?q=nguyen%20van%20an');
      for (const res of [list, detail, search]) {
        expect(res.body).not.toContain(AN_PID);
        expect(res.body).not.toContain('0903');
        expect(res.body).not.toContain('Hen suy');
      }
      const row = list.json().items.find((s: StudentJson) => s.id === anA.id);
      for (const field of personal) {
        expect(row[field], field).toBeNull();
        expect(row.masked).toContain(field);
      }
      expect(detail.json().guardians).toEqual([]);
      expect(detail.json().masked).toContain('guardians');
      expect(search.json().items.map((s: StudentJson) => s.id)).toEqual([anA.id]);
      expect(await auditCount(ctx.db, 'student.personal_read', w.users.teacherA.id)).toBe(before);
      // The lookup by personal id is for those who may see personal data.
      expect(
        (await api(w.as.teacherA, 'POST', '/api/students/lookup', { personalId: AN_PID })).statusCode,
      ).toBe(403);
    });

    it('a clerk of the school sees them, and every such response is audited', async () => {
      const before = await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id);
      const detail = await api(w.as.clerkA, 'GET', `/api/students/${anA.id}`);
      expect(detail.json()).toMatchObject({
        personalId: AN_PID,
        ethnicityCode: '01',
        healthNote: 'Hen suyễn nhẹ',
      });
      expect(detail.json().guardians[0]).toMatchObject({ fullName: 'Trần Thị Lan', phone: '0903123456' });
      const list = await api(w.as.clerkA, 'GET', `/api/students?classId=${w.classA1.id}`);
      expect(list.json().items[0].masked).toEqual([]);
      const lookup = await api(w.as.clerkA, 'POST', '/api/students/lookup', { personalId: '0792 1800 0001' });
      expect(lookup.json().items.map((s: StudentJson) => s.id)).toEqual([anA.id]);
      expect(await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id)).toBe(before + 3);
      const [entry] = await query<{ details: { ids: string[]; count: number; route: string } }>(
        ctx.db,
        sql`select details from audit_log where action = 'student.personal_read' and actor_id = ${w.users.clerkA.id}
            order by id desc limit 1`,
      );
      expect(entry!.details).toMatchObject({ ids: [anA.id], count: 1, route: 'POST /api/students/lookup' });
      expect(JSON.stringify(entry)).not.toContain(AN_PID);
    });

    it('personal ids never travel in URLs; another school’s clerk finds nothing by lookup', async () => {
      const inUrl = await api(w.as.clerkA, 'GET', `/api/students?q=${AN_PID}`);
      expect(inUrl.statusCode).toBe(400);
      expect(inUrl.json().error.code).toBe('PERSONAL_ID_NOT_IN_URL');
      const elsewhere = await api(w.as.clerkC, 'POST', '/api/students/lookup', { personalId: AN_PID });
      expect(elsewhere.json().items).toEqual([]);
      expect((await api(w.as.clerkA, 'POST', '/api/students/lookup', { personalId: '123' })).statusCode).toBe(
        400,
      );
    });
  });

  describe('search and counts stay in scope (security test 5)', () => {
    it('a department officer finds "Nguyễn Văn An" across the province from "nguyen van an"', async () => {
      const res = await api(w.as.officer, 'GET', '/api/students?q=nguyen%20van%20an');
      const units = res
        .json()
        .items.map((s: StudentJson) => s.unitId)
        .sort();
      expect(units).toEqual([w.schoolA.id, w.schoolC.id].sort());
      expect(res.json().total).toBe(2);
      expect(res.json().items.every((s: StudentJson) => s.fullName === 'Nguyễn Văn An')).toBe(true);
    });

    it('a commune officer never sees or counts another commune’s pupils', async () => {
      const res = await api(w.as.commune1, 'GET', '/api/students?q=NGUYỄN%20VĂN%20AN');
      expect(res.json().items.map((s: StudentJson) => s.unitId)).toEqual([w.schoolA.id]);
      expect(res.json().total).toBe(1);
      const all = await api(w.as.commune1, 'GET', '/api/students?pageSize=200');
      expect(all.json().items.every((s: StudentJson) => s.unitId !== w.schoolC.id)).toBe(true);
      expect(all.json().total).toBe(all.json().items.length);
      expect((await api(w.as.commune1, 'GET', `/api/students?unitId=${w.commune2.id}`)).statusCode).toBe(404);
      expect((await api(w.as.commune1, 'GET', `/api/students?classId=${w.classC6.id}`)).statusCode).toBe(404);
    });

    it('ignores tone placement: "hòa" finds "Hoà"', async () => {
      const res = await api(w.as.clerkA, 'GET', '/api/students?q=h%C3%B2a');
      expect(res.json().items.map((s: StudentJson) => s.fullName)).toContain('Trần Thị Hoà');
    });

    it('pages on the server', async () => {
      const first = await api(w.as.officer, 'GET', '/api/students?pageSize=1&page=1');
      const second = await api(w.as.officer, 'GET', '/api/students?pageSize=1&page=2');
      expect(first.json().items).toHaveLength(1);
      expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
      expect((await api(w.as.officer, 'GET', '/api/students?pageSize=1000')).statusCode).toBe(400);
    });
  });

  describe('duplicate check', () => {
    it('reports duplicates the caller may see, and only a yes/no for the rest of the province', async () => {
      expect((await api(null, 'POST', '/api/students/check-duplicates', {})).statusCode).toBe(401);
      expect((await api(w.as.clerkA, 'POST', '/api/students/check-duplicates', {})).statusCode).toBe(400);
      const here = await api(w.as.clerkA, 'POST', '/api/students/check-duplicates', {
        unitId: w.schoolA.id,
        fullName: 'nguyen van an',
        birthDate: '2018-05-10',
      });
      expect(here.json().matches).toEqual([
        expect.objectContaining({ id: anA.id, sameUnit: true, matchedBy: ['nameAndBirthDate'] }),
      ]);
      expect(here.json().existsElsewhere).toBe(false);
      const there = await api(w.as.clerkA, 'POST', '/api/students/check-duplicates', {
        fullName: 'Nguyễn Văn An',
        birthDate: '2013-02-01',
      });
      expect(there.json()).toEqual({ matches: [], existsElsewhere: true });
      expect(there.body).not.toContain(w.schoolC.id);
      const byPid = await api(w.as.clerkB, 'POST', '/api/students/check-duplicates', {
        fullName: 'Tên Khác',
        birthDate: '2018-05-10',
        personalId: AN_PID,
      });
      expect(byPid.json()).toEqual({ matches: [], existsElsewhere: true });
    });
  });

  describe('status changes', () => {
    it('transfer keeps the student id, moves the pupil and records both sides', async () => {
      const pupil = await create(w.as.clerkA, {
        unitId: w.schoolA.id,
        classId: w.classA1.id,
        fullName: 'Đặng Quốc Bảo',
        birthDate: '2019-02-02',
        genderCode: '1',
        statusDate: '2025-09-05',
      });
      const out = `/api/students/${pupil.id}/transfer-out`;
      expect((await api(null, 'POST', out, { toUnitId: w.schoolC.id, date: '2025-10-01' })).statusCode).toBe(
        401,
      );
      const both = await api(w.as.clerkA, 'POST', out, {
        toUnitId: w.schoolC.id,
        otherSchoolName: 'X',
        date: '2025-10-01',
      });
      expect(both.json().error.code).toBe('TRANSFER_TARGET_INVALID');
      const toCommune = await api(w.as.clerkA, 'POST', out, { toUnitId: w.commune2.id, date: '2025-10-01' });
      expect(toCommune.json().error.code).toBe('TRANSFER_TARGET_INVALID');
      expect(
        (await api(w.as.clerkC, 'POST', out, { toUnitId: w.schoolC.id, date: '2025-10-01' })).statusCode,
      ).toBe(404);
      const left = await api(w.as.clerkA, 'POST', out, {
        toUnitId: w.schoolC.id,
        date: '2025-10-01',
        note: 'Theo gia đình',
      });
      expect(left.statusCode).toBe(200);
      expect(left.json()).toMatchObject({ statusCode: '03', unitId: w.schoolA.id, classId: null });
      expect(
        (await api(w.as.clerkA, 'POST', out, { toUnitId: w.schoolC.id, date: '2025-10-02' })).statusCode,
      ).toBe(409);

      const accept = {
        unitId: w.schoolC.id,
        studentCode: pupil.studentCode,
        birthDate: '2019-02-02',
        date: '2025-10-05',
        classId: w.classC6.id,
      };
      // Only the school the sending school named, and only with the right birth date; the same 404 otherwise.
      const wrongBirth = await api(w.as.clerkC, 'POST', '/api/students/transfer-in', {
        ...accept,
        birthDate: '2019-02-03',
      });
      expect(wrongBirth.statusCode).toBe(404);
      const wrongSchool = await api(w.as.clerkB, 'POST', '/api/students/transfer-in', {
        ...accept,
        unitId: w.schoolB.id,
        classId: undefined,
      });
      expect(wrongSchool.statusCode).toBe(404);
      // Security test 2: the receiving clerk cannot name a school outside their scope.
      const notMine = await api(w.as.clerkC, 'POST', '/api/students/transfer-in', {
        ...accept,
        unitId: w.schoolB.id,
        classId: undefined,
      });
      expect(notMine.statusCode).toBe(404);

      const arrived = await api(w.as.clerkC, 'POST', '/api/students/transfer-in', accept);
      expect(arrived.statusCode).toBe(200);
      expect(arrived.json()).toMatchObject({
        id: pupil.id,
        studentCode: pupil.studentCode,
        unitId: w.schoolC.id,
        classId: w.classC6.id,
        statusCode: '02',
      });
      const history = arrived.json().history as {
        statusCode: string;
        unitId: string;
        otherUnitId: string | null;
      }[];
      expect(history.map((e) => [e.statusCode, e.unitId, e.otherUnitId])).toEqual([
        ['02', w.schoolC.id, w.schoolA.id],
        ['03', w.schoolA.id, w.schoolC.id],
        ['01', w.schoolA.id, null],
      ]);
      expect((await api(w.as.clerkA, 'GET', `/api/students/${pupil.id}`)).statusCode).toBe(404);
      const [events] = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from student_status_events where student_id = ${pupil.id}`,
      );
      expect(events!.n).toBe(3);
      expect(await auditCount(ctx.db, 'student.transfer_in', w.users.clerkC.id)).toBe(1);
    });

    it('drop-out, re-enrol and graduation each append an event; impossible moves are 409', async () => {
      const pupil = await create(w.as.clerkA, {
        unitId: w.schoolA.id,
        fullName: 'Hồ Thị Yến',
        birthDate: '2019-09-09',
        genderCode: '2',
        statusDate: '2025-09-05',
      });
      const url = (action: string) => `/api/students/${pupil.id}/${action}`;
      expect(
        (await api(w.as.clerkA, 'POST', url('drop-out'), { date: '2025-11-01', reasonCode: '77' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await api(w.as.clerkA, 'POST', url('drop-out'), { date: '2099-01-01', reasonCode: '01' }))
          .statusCode,
      ).toBe(400);
      expect(
        (await api(w.as.teacherA, 'POST', url('drop-out'), { date: '2025-11-01', reasonCode: '01' }))
          .statusCode,
      ).toBe(403);
      const dropped = await api(w.as.clerkA, 'POST', url('drop-out'), {
        date: '2025-11-01',
        reasonCode: '05',
      });
      expect(dropped.json()).toMatchObject({ statusCode: '04', statusDate: '2025-11-01' });
      expect(dropped.json().history[0]).toMatchObject({ statusCode: '04', reasonCode: '05' });
      const masked = await api(w.as.teacherA, 'GET', `/api/students/${pupil.id}`);
      expect(masked.json().history[0]).toMatchObject({ statusCode: '04', reasonCode: null });
      expect((await api(w.as.clerkA, 'POST', url('graduate'), { date: '2025-11-02' })).statusCode).toBe(409);
      const back = await api(w.as.clerkA, 'POST', url('re-enrol'), {
        date: '2025-11-10',
        classId: w.classA1.id,
      });
      expect(back.json()).toMatchObject({ statusCode: '01', classId: w.classA1.id });
      const done = await api(w.as.clerkA, 'POST', url('graduate'), { date: '2025-11-20', statusCode: '07' });
      expect(done.json().statusCode).toBe('07');
      expect(done.json().history.map((e: { statusCode: string }) => e.statusCode)).toEqual([
        '07',
        '01',
        '04',
        '01',
      ]);
    });
  });

  describe('order', () => {
    it('lists pupils by given name as class registers do, or by full name on request', async () => {
      for (const [fullName, birthDate] of [
        ['Lê Thị Bình', '2018-03-03'],
        ['Phạm An', '2018-04-04'],
      ])
        await create(w.as.clerkA, { unitId: w.schoolA.id, fullName, birthDate, genderCode: '2' });
      const names = async (sort: string) => {
        const res = await api(w.as.clerkA, 'GET', `/api/students?unitId=${w.schoolA.id}&pageSize=200${sort}`);
        expect(res.statusCode, res.body).toBe(200);
        const wanted = ['Nguyễn Văn An', 'Phạm An', 'Lê Thị Bình', 'Trần Thị Hoà'];
        return (res.json().items as StudentJson[])
          .map((s) => s.fullName as string)
          .filter((n) => wanted.includes(n));
      };
      // Tên first (An, An, Bình, Hoà), then family and middle names.
      expect(await names('')).toEqual(['Nguyễn Văn An', 'Phạm An', 'Lê Thị Bình', 'Trần Thị Hoà']);
      expect(await names('&sort=given_name')).toEqual([
        'Nguyễn Văn An',
        'Phạm An',
        'Lê Thị Bình',
        'Trần Thị Hoà',
      ]);
      expect(await names('&sort=full_name')).toEqual([
        'Lê Thị Bình',
        'Nguyễn Văn An',
        'Phạm An',
        'Trần Thị Hoà',
      ]);
      const bad = await api(w.as.clerkA, 'GET', `/api/students?sort=ten`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    });
  });
});
