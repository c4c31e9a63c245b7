import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { createTestContext, describeEachDb, seedUnit, type TestContext } from './helpers';
import {
  auditCount,
  buildSectorWorld,
  caller,
  type SectorWorld,
  seedStaff,
  seedStudent,
} from './sector-fixtures';

/**
 * The sector database's reference data: school years, school profiles,
 * classes and staff. Each endpoint climbs the ladder 401 → 400 → 403/404 →
 * success. Pupils are in sector-students.int.test.ts.
 */
describeEachDb('sector: school years, schools, classes, staff', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let api: ReturnType<typeof caller>;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    api = caller(ctx);
  });
  afterAll(() => ctx.close());

  describe('school years (province-wide)', () => {
    it('anyone signed in lists them; only a province-wide writer opens one', async () => {
      expect((await api(null, 'GET', '/api/school-years')).statusCode).toBe(401);
      const list = await api(w.as.teacherA, 'GET', '/api/school-years');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((y: { code: string }) => y.code)).toContain('2025-2026');

      const body = { code: '2026-2027', startsOn: '2026-09-05', endsOn: '2027-05-31', isCurrent: false };
      expect((await api(null, 'POST', '/api/school-years', body)).statusCode).toBe(401);
      expect((await api(w.as.officer, 'POST', '/api/school-years', { code: '2026-2027' })).statusCode).toBe(
        400,
      );
      // A school's writer has sector.write, but only over the school: a year applies to every school.
      const school = await api(w.as.clerkA, 'POST', '/api/school-years', body);
      expect(school.statusCode).toBe(403);
      expect(school.json().error.code).toBe('FORBIDDEN');
      // The Sở's account administrator covers the province but does not write sector data.
      expect((await api(w.as.deptAdmin, 'POST', '/api/school-years', body)).statusCode).toBe(403);
      const bad = await api(w.as.officer, 'POST', '/api/school-years', { ...body, code: '2026-2028' });
      expect(bad.json().error.code).toBe('SCHOOL_YEAR_INVALID');

      const created = await api(w.as.officer, 'POST', '/api/school-years', body);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: '2026-2027', isCurrent: false });
      const again = await api(w.as.officer, 'POST', '/api/school-years', body);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('SCHOOL_YEAR_CODE_TAKEN');
    });
  });

  describe('school profile', () => {
    const profile = { levelCode: 'TH', schoolTypeCode: '1', provinceCode: '79', phone: '0283 812 3456' };

    it('climbs the ladder and answers an unfilled profile with empty fields', async () => {
      const url = `/api/schools/${w.schoolA.id}/profile`;
      expect((await api(null, 'GET', url)).statusCode).toBe(401);
      expect((await api(w.as.clerkA, 'GET', `/api/schools/${w.schoolB.id}/profile`)).statusCode).toBe(404);
      // A commune is a unit, not a school.
      expect((await api(w.as.officer, 'GET', `/api/schools/${w.commune1.id}/profile`)).statusCode).toBe(404);
      const fresh = await seedUnit(ctx.db, { parent: w.commune1, name: 'Trường mới' });
      const empty = await api(w.as.officer, 'GET', `/api/schools/${fresh.id}/profile`);
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toMatchObject({ unitId: fresh.id, levelCode: null, schoolCode: null });

      expect((await api(null, 'PUT', url, profile)).statusCode).toBe(401);
      const badLevel = await api(w.as.clerkA, 'PUT', url, { ...profile, levelCode: 'XX' });
      expect(badLevel.statusCode).toBe(400);
      expect(badLevel.json().error.details[0]).toMatchObject({
        field: 'levelCode',
        code: 'FIELD_CODE_UNKNOWN',
      });
      expect((await api(w.as.clerkA, 'PUT', url, { ...profile, unitId: w.schoolB.id })).statusCode).toBe(400);
      expect(
        (await api(w.as.clerkA, 'PUT', `/api/schools/${w.schoolB.id}/profile`, profile)).statusCode,
      ).toBe(404);
      const saved = await api(w.as.clerkA, 'PUT', url, profile);
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ levelCode: 'TH', provinceCode: '79', phone: '02838123456' });
    });

    it('the school id is issued once, by the managing unit', async () => {
      const url = `/api/schools/${w.schoolB.id}/profile`;
      const byItself = await api(w.as.clerkB, 'PUT', url, { ...profile, schoolCode: 'THHB01' });
      expect(byItself.statusCode).toBe(403);
      expect(byItself.json().error.code).toBe('SCHOOL_CODE_FIXED');
      const issued = await api(w.as.officer, 'PUT', url, { ...profile, schoolCode: 'THHB01' });
      expect(issued.statusCode).toBe(200);
      expect(issued.json().schoolCode).toBe('THHB01');
      // Leaving it out keeps it; the school itself can now edit its other fields.
      const kept = await api(w.as.clerkB, 'PUT', url, { ...profile, website: 'https://thhb.edu.vn' });
      expect(kept.json()).toMatchObject({ schoolCode: 'THHB01', website: 'https://thhb.edu.vn' });
      const changed = await api(w.as.officer, 'PUT', url, { ...profile, schoolCode: 'THHB02' });
      expect(changed.statusCode).toBe(409);
      expect(changed.json().error.code).toBe('SCHOOL_CODE_FIXED');
    });
  });

  describe('classes', () => {
    const body = () => ({ unitId: w.schoolA.id, schoolYearId: w.yearId, name: '2A', grade: 2 });

    it('climbs the ladder and issues a code', async () => {
      expect((await api(null, 'POST', '/api/classes', body())).statusCode).toBe(401);
      expect(
        (await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), grade: undefined })).statusCode,
      ).toBe(400);
      expect(
        (await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), code: 'bad code' })).statusCode,
      ).toBe(400);
      // Security test 2: another school's id in the body.
      const other = await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), unitId: w.schoolB.id });
      expect(other.statusCode).toBe(404);
      expect((await api(w.as.teacherA, 'POST', '/api/classes', body())).statusCode).toBe(403);
      const created = await api(w.as.clerkA, 'POST', '/api/classes', body());
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ name: '2A', grade: 2, unitId: w.schoolA.id, pupilCount: 0 });
      expect(created.json().code).toMatch(/^LH\d{10}$/);
      const twin = await api(w.as.clerkA, 'POST', '/api/classes', body());
      expect(twin.statusCode).toBe(409);
      expect(twin.json().error.code).toBe('CLASS_NAME_TAKEN');
      const sameCode = await api(w.as.clerkA, 'POST', '/api/classes', {
        ...body(),
        name: '2B',
        code: created.json().code,
      });
      expect(sameCode.json().error.code).toBe('CLASS_CODE_TAKEN');
    });

    it('the grade fits the school level, the site is this school’s, the homeroom teacher works here', async () => {
      const grade7 = await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), name: '7A', grade: 7 });
      expect(grade7.statusCode).toBe(400);
      expect(grade7.json().error.code).toBe('CLASS_GRADE_LEVEL_MISMATCH');
      const grade7C = await api(w.as.clerkC, 'POST', '/api/classes', {
        unitId: w.schoolC.id,
        schoolYearId: w.yearId,
        name: '7A',
        grade: 7,
      });
      expect(grade7C.statusCode).toBe(201);

      const notASite = await api(w.as.clerkA, 'POST', '/api/classes', {
        ...body(),
        name: '3A',
        grade: 3,
        siteUnitId: w.schoolA.id,
      });
      expect(notASite.json().error.code).toBe('CLASS_SITE_INVALID');
      const satB = await seedUnit(ctx.db, { parent: w.schoolB, typeCode: 'satellite' });
      const otherSite = await api(w.as.clerkA, 'POST', '/api/classes', {
        ...body(),
        name: '3A',
        grade: 3,
        siteUnitId: satB.id,
      });
      expect(otherSite.statusCode).toBe(404);
      // The province officer sees both schools: the pairing rule, not the gate, refuses it.
      const staffB = await seedStaff(ctx.db, w.schoolB.id);
      const foreignTeacher = await api(w.as.officer, 'POST', '/api/classes', {
        ...body(),
        name: '3A',
        grade: 3,
        homeroomStaffId: staffB,
      });
      expect(foreignTeacher.json().error.code).toBe('CLASS_HOMEROOM_INVALID');
      const staffA = await seedStaff(ctx.db, w.schoolA.id, 'Phạm Thu Hà');
      const ok = await api(w.as.clerkA, 'POST', '/api/classes', {
        ...body(),
        name: '3A',
        grade: 3,
        siteUnitId: w.satA.id,
        homeroomStaffId: staffA,
        twoSessions: true,
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({
        siteName: 'Điểm trường Bản Mới',
        homeroomName: 'Phạm Thu Hà',
        twoSessions: true,
      });

      const renamed = await api(w.as.clerkA, 'PATCH', `/api/classes/${ok.json().id}`, { name: '3 A1' });
      expect(renamed.json().name).toBe('3 A1');
      expect(
        (await api(w.as.clerkA, 'PATCH', `/api/classes/${ok.json().id}`, { code: 'X1' })).statusCode,
      ).toBe(400);
      expect((await api(w.as.clerkA, 'PATCH', `/api/classes/${ok.json().id}`, { grade: 8 })).statusCode).toBe(
        400,
      );
    });

    it('lists by school and year, paged, in scope', async () => {
      const url = `/api/classes?unitId=${w.schoolA.id}&schoolYearId=${w.yearId}&pageSize=1`;
      expect((await api(null, 'GET', url)).statusCode).toBe(401);
      expect((await api(w.as.clerkA, 'GET', `${url}&grade=x`)).statusCode).toBe(400);
      expect((await api(w.as.clerkA, 'GET', `/api/classes?unitId=${w.schoolC.id}`)).statusCode).toBe(404);
      const page = await api(w.as.teacherA, 'GET', url);
      expect(page.statusCode).toBe(200);
      expect(page.json().items).toHaveLength(1);
      expect(page.json().total).toBeGreaterThanOrEqual(3);
      const all = await api(w.as.commune1, 'GET', `/api/classes?unitId=${w.schoolA.id}`);
      expect(all.json().items.every((c: { unitId: string }) => c.unitId === w.schoolA.id)).toBe(true);
    });

    it('deletes only an empty class, and its code is never issued again', async () => {
      const first = await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), name: '4A', grade: 4 });
      const withPupil = first.json();
      await seedStudent(ctx.db, { unitId: w.schoolA.id, classId: withPupil.id });
      const refused = await api(w.as.clerkA, 'DELETE', `/api/classes/${withPupil.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('CLASS_NOT_EMPTY');

      const empty = (
        await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), name: '4B', grade: 4 })
      ).json();
      expect((await api(w.as.clerkC, 'DELETE', `/api/classes/${empty.id}`)).statusCode).toBe(404);
      expect((await api(w.as.clerkA, 'DELETE', `/api/classes/${empty.id}`)).statusCode).toBe(204);
      expect(await auditCount(ctx.db, 'class.delete', w.users.clerkA.id)).toBe(1);
      const after = (
        await api(w.as.clerkA, 'POST', '/api/classes', { ...body(), name: '4B', grade: 4 })
      ).json();
      expect(after.code).not.toBe(empty.code);
      expect(Number(after.code.slice(2))).toBeGreaterThan(Number(empty.code.slice(2)));
    });
  });

  describe('staff', () => {
    const member = () => ({
      unitId: w.schoolA.id,
      fullName: 'nguyễn thị  mai',
      birthDate: '1990-04-12',
      genderCode: '2',
      ethnicityCode: '01',
      religionCode: '00',
      personalId: '079190004567',
      phone: '0912 345 678',
      address: '12 Lê Lợi, phường Bến Thành',
      email: 'mai@thha.edu.vn',
      positionCode: '07',
    });

    it('climbs the ladder, issues a staff id and encrypts personal fields at rest', async () => {
      expect((await api(null, 'POST', '/api/staff', member())).statusCode).toBe(401);
      const badPhone = await api(w.as.clerkA, 'POST', '/api/staff', { ...member(), phone: '12345' });
      expect(badPhone.statusCode).toBe(400);
      expect(badPhone.json().error.details[0].field).toBe('phone');
      const mismatch = await api(w.as.clerkA, 'POST', '/api/staff', { ...member(), birthDate: '1985-04-12' });
      expect(mismatch.statusCode).toBe(400);
      expect(
        (await api(w.as.clerkA, 'POST', '/api/staff', { ...member(), unitId: w.schoolC.id })).statusCode,
      ).toBe(404);
      const created = await api(w.as.clerkA, 'POST', '/api/staff', member());
      expect(created.statusCode).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      const staff = created.json();
      expect(staff).toMatchObject({
        fullName: 'Nguyễn Thị Mai',
        phone: '0912345678',
        personalId: '079190004567',
      });
      expect(staff.staffCode).toMatch(/^CB\d{10}$/);

      const [raw] = await query<Record<string, string>>(
        ctx.db,
        sql`select personal_id_enc, phone_enc, address_enc from staff where id = ${staff.id}`,
      );
      expect(JSON.stringify(raw)).not.toMatch(/079190004567|0912345678|Lê Lợi/);
      expect(raw!.personal_id_enc).toMatch(/^v1:/);
    });

    it('a reader without sector.read_personal gets personal fields masked; reads with them are audited', async () => {
      const created = (
        await api(w.as.clerkA, 'POST', '/api/staff', { ...member(), personalId: '079190007654' })
      ).json();
      const masked = await api(w.as.teacherA, 'GET', `/api/staff/${created.id}`);
      expect(masked.statusCode).toBe(200);
      expect(masked.json()).toMatchObject({
        personalId: null,
        phone: null,
        ethnicityCode: null,
        email: null,
      });
      expect(masked.json().masked).toEqual(expect.arrayContaining(['personalId', 'phone', 'religionCode']));
      expect(masked.body).not.toContain('079190007654');

      const before = await auditCount(ctx.db, 'staff.personal_read', w.users.clerkA.id);
      const list = await api(w.as.clerkA, 'GET', `/api/staff?q=NGUYEN THI MAI&unitId=${w.schoolA.id}`);
      expect(list.json().items.length).toBeGreaterThanOrEqual(2);
      expect(list.json().items[0].masked).toEqual([]);
      expect(await auditCount(ctx.db, 'staff.personal_read', w.users.clerkA.id)).toBe(before + 1);
      const teacherList = await api(w.as.teacherA, 'GET', '/api/staff?q=mai');
      expect(teacherList.json().items.every((s: { phone: null }) => s.phone === null)).toBe(true);
      expect((await api(w.as.clerkC, 'GET', `/api/staff/${created.id}`)).statusCode).toBe(404);
    });

    it('corrections never touch the staff id or unit', async () => {
      const created = (
        await api(w.as.clerkA, 'POST', '/api/staff', { ...member(), personalId: null })
      ).json();
      const url = `/api/staff/${created.id}`;
      expect((await api(w.as.clerkA, 'PATCH', url, { staffCode: 'CB1' })).statusCode).toBe(400);
      expect((await api(w.as.clerkA, 'PATCH', url, { unitId: w.schoolB.id })).statusCode).toBe(400);
      const moved = await api(w.as.clerkA, 'PATCH', url, { phone: '0987654321', status: 'left' });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({
        staffCode: created.staffCode,
        phone: '0987654321',
        status: 'left',
      });
    });
  });
});
