import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbOrTx, query, queryPrepared } from '../src/db/client';
import { auditLog } from '../src/modules/audit/audit.table';
import { responsibilities } from '../src/modules/reporting/reporting.table';
import { schoolProfiles } from '../src/modules/sector/sector.table';
import { users } from '../src/modules/users/users.table';
import {
  moveUnit,
  renameUnit,
  type SeededPeriod,
  seedPeriod,
  seedQualityIssues,
  seedSubmission,
} from './dashboard-fixtures';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';

/**
 * The completeness dashboard on a small province:
 *
 *   Sở ─┬─ Xã An ──┬─ TH An 1   approved on time, 90/100 required fields
 *       │          └─ TH An 2   never submitted (moved to Xã Bình after the period opened)
 *       └─ Xã Bình ─── TH Bình  returned (submitted late), 40/50
 *   Xã Cũ (another tree) ─ TH Ngoài: its own period, outside everyone's scope below
 */
describeEachDb('dashboard', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let an: SeededUnit;
  let binh: SeededUnit;
  let an1: SeededUnit;
  let an2: SeededUnit;
  let binh1: SeededUnit;
  let period: SeededPeriod;
  let futurePeriod: SeededPeriod;
  let foreignPeriod: SeededPeriod;
  let dept: Session;
  let communeAn: Session;
  let communeBinh: Session;
  let principalAn1: Session;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở GD&ĐT' });
    an = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã An' });
    binh = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã Bình' });
    an1 = await seedUnit(ctx.db, { parent: an, typeCode: 'school', name: 'TH An 1' });
    an2 = await seedUnit(ctx.db, { parent: an, typeCode: 'school', name: 'TH An 2' });
    binh1 = await seedUnit(ctx.db, { parent: binh, typeCode: 'school', name: '=TH Bình' });
    const otherRoot = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở khác' });
    const outside = await seedUnit(ctx.db, { parent: otherRoot, typeCode: 'school', name: 'TH Ngoài' });

    const units = [
      { unit: an1, name: 'TH An 1', parentId: an.id },
      { unit: an2, name: 'TH An 2', parentId: an.id, levelCode: 'THCS' },
      { unit: binh1, name: '=TH Bình', parentId: binh.id },
    ];
    period = await seedPeriod(ctx.db, { root, units, deadlineAt: new Date('2026-10-01T00:00:00Z') });
    futurePeriod = await seedPeriod(ctx.db, {
      root,
      units,
      name: 'Cuối năm',
      deadlineAt: new Date('2099-06-01T00:00:00Z'),
    });
    await seedPeriod(ctx.db, { root, units, name: 'Nháp', status: 'draft', deadlineAt: new Date() });
    foreignPeriod = await seedPeriod(ctx.db, {
      root: otherRoot,
      units: [{ unit: outside, name: 'TH Ngoài' }],
      deadlineAt: new Date('2026-10-01T00:00:00Z'),
    });

    await seedSubmission(ctx.db, {
      period,
      unit: an1,
      state: 'approved',
      onTime: true,
      snapshots: [
        // An earlier, returned snapshot: its aggregates must not count.
        {
          summary: { requiredFilled: 10, requiredTotal: 100, blockingIssues: 5, warnings: 1 },
          aggregates: [{ tableCode: 'pupils_by_grade_gender', dim1: '1', dim2: '1', value: 999 }],
        },
        {
          summary: { requiredFilled: 90, requiredTotal: 100, blockingIssues: 0, warnings: 2 },
          aggregates: [
            { tableCode: 'pupils_by_grade_gender', dim1: '1', dim2: '1', value: 10 },
            { tableCode: 'pupils_by_grade_gender', dim1: '1', dim2: '2', value: 12 },
            { tableCode: 'pupils_by_ethnicity', dim1: '01', value: 20 },
            { tableCode: 'pupils_by_ethnicity', dim1: '', value: 2 },
            { tableCode: 'classes_by_grade', dim1: '1', value: 1 },
            { tableCode: 'staff_by_position', dim1: '07', value: 3 },
            { tableCode: 'schools', dim1: 'TH', value: 1 },
          ],
        },
      ],
    });
    await seedSubmission(ctx.db, {
      period,
      unit: binh1,
      state: 'returned',
      onTime: false,
      snapshots: [
        {
          summary: { requiredFilled: 40, requiredTotal: 50, blockingIssues: 1, warnings: 'x' },
          aggregates: [{ tableCode: 'pupils_by_grade_gender', dim1: '1', dim2: '1', value: 500 }],
        },
      ],
    });
    await seedSubmission(ctx.db, { period: foreignPeriod, unit: outside, state: 'approved', onTime: true });

    // Who to chase: a named contact for TH An 2, the principal for TH Bình; the school's phone.
    const contact = await seedUser(ctx, { unit: an2, username: 'lienhe_an2' });
    await ctx.db.insert(responsibilities).values({ unitId: an2.id, duty: 'contact', userId: contact.id });
    await seedUser(ctx, { unit: binh1, username: 'ht_binh', roles: [{ roleCode: 'school_principal' }] });
    await ctx.db
      .insert(schoolProfiles)
      .values({ unitId: an2.id, phone: '0203 555 0102', email: 'an2@example.vn' });

    // Accuracy: issues open today (two on TH An 1, one of them blocking; a resolved one does not count).
    await seedQualityIssues(ctx.db, root, an1, [
      { severity: 'blocking', state: 'open' },
      { severity: 'warning', state: 'in_progress' },
      { severity: 'warning', state: 'resolved' },
    ]);
    await seedQualityIssues(ctx.db, root, binh1, [{ severity: 'warning', state: 'reopened' }]);

    // After the period opened: TH An 2 moves to Xã Bình, Xã An is renamed.
    an2 = await moveUnit(ctx.db, an2, binh, '2026-10-15');
    await renameUnit(ctx.db, an, 'Phường An Mới', '2026-10-15');

    const deptUser = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'department_data_officer' }] });
    const anUser = await seedUser(ctx, { unit: an, roles: [{ roleCode: 'commune_officer' }] });
    const binhUser = await seedUser(ctx, { unit: binh, roles: [{ roleCode: 'commune_officer' }] });
    const an1User = await seedUser(ctx, { unit: an1, roles: [{ roleCode: 'school_principal' }] });
    dept = await signIn(ctx.app, deptUser);
    communeAn = await signIn(ctx.app, anUser);
    communeBinh = await signIn(ctx.app, binhUser);
    principalAn1 = await signIn(ctx.app, an1User);
  }, 120_000);
  afterAll(() => ctx.close());

  const get = (session: Session | null, url: string) =>
    ctx.app.inject({ method: 'GET', url, headers: session ? session.headers : {} });

  describe('the ladder', () => {
    it('401 without a session', async () => {
      expect((await get(null, `/api/dashboard?periodId=${period.id}`)).statusCode).toBe(401);
    });

    it('400 in Vietnamese for a missing or malformed period or unit', async () => {
      const missing = await get(dept, '/api/dashboard');
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('DASHBOARD_PERIOD_REQUIRED');
      expect(missing.json().error.message).toMatch(/kỳ báo cáo/);
      for (const url of [
        '/api/dashboard?periodId=abc',
        `/api/dashboard?periodId=${period.id}&unitId=xyz`,
        `/api/dashboard/tables?periodId=${period.id}&extra=1`,
        "/api/dashboard/export.xlsx?periodId=1' or 1=1--",
      ]) {
        const res = await get(dept, url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.code, url).toBe('VALIDATION_FAILED');
        expect(res.json().error.message, url).toMatch(/không hợp lệ/);
      }
    });

    it('404 for another tree’s period, a draft, an unknown id and a unit outside the scope', async () => {
      expect((await get(dept, `/api/dashboard?periodId=${foreignPeriod.id}`)).statusCode).toBe(404);
      expect((await get(dept, `/api/dashboard?periodId=${crypto.randomUUID()}`)).statusCode).toBe(404);
      expect(
        (await get(communeAn, `/api/dashboard?periodId=${period.id}&unitId=${root.id}`)).statusCode,
      ).toBe(404);
      expect(
        (await get(communeAn, `/api/dashboard/tables?periodId=${period.id}&unitId=${binh.id}`)).statusCode,
      ).toBe(404);
      const periods = (await get(dept, '/api/dashboard/periods')).json().items as {
        name: string;
        id: string;
      }[];
      expect(periods.map((p) => p.name).sort()).toEqual(['Cuối năm', 'Đầu năm học 2026-2027']);
      expect(periods.some((p) => p.id === foreignPeriod.id)).toBe(false);
    });
  });

  describe('rollup under the tree valid for the period', () => {
    it('the department sees the whole tree with the names and places of the period date', async () => {
      const res = await get(dept, `/api/dashboard?periodId=${period.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const view = res.json();
      expect(view.period.deadlinePassed).toBe(true);
      expect(view.node).toMatchObject({ id: root.id, name: 'Sở GD&ĐT', reports: false, hasChildren: true });
      expect(view.node.figures).toMatchObject({
        expected: 3,
        submitted: 1,
        onTime: 1,
        late: 2,
        outstanding: 2,
        returned: 1,
        approved: 1,
        withData: 2,
        requiredFilled: 130,
        requiredTotal: 150,
        openIssues: 3,
        blockingIssues: 1,
      });
      expect(view.issuesSource).toBe('quality_issues');
      expect(view.node.figures.completeness).toBeCloseTo(130 / 150);
      // TH An 2 still counts under Xã An (its place when the period opened), under Xã An's old name.
      const children = Object.fromEntries(
        view.children.map((c: { name: string; figures: { expected: number } }) => [
          c.name,
          c.figures.expected,
        ]),
      );
      expect(children).toEqual({ 'Xã An': 2, 'Xã Bình': 1 });
      expect(view.breadcrumb).toEqual([{ id: root.id, name: 'Sở GD&ĐT' }]);
    });

    it('a unit returned for corrections is not on time until it resubmits (on time ≤ submitted)', async () => {
      // TH Bình's first submission was on time; it has since been returned.
      const setOnTime = (onTime: boolean) =>
        ctx.db.execute(
          sql`update submissions set on_time = ${onTime} where period_id = ${period.id} and unit_id = ${binh1.id}`,
        );
      await setOnTime(true);
      try {
        const view = (await get(dept, `/api/dashboard?periodId=${period.id}`)).json();
        expect(view.node.figures).toMatchObject({ submitted: 1, onTime: 1, returned: 1 });
      } finally {
        await setOnTime(false);
      }
    });

    it('drills down to a commune, then to a school', async () => {
      const commune = (await get(dept, `/api/dashboard?periodId=${period.id}&unitId=${an.id}`)).json();
      expect(commune.breadcrumb.map((c: { name: string }) => c.name)).toEqual(['Sở GD&ĐT', 'Xã An']);
      expect(commune.children.map((c: { name: string; reports: boolean }) => [c.name, c.reports])).toEqual([
        ['TH An 1', true],
        ['TH An 2', true],
      ]);
      expect(commune.node.figures).toMatchObject({ expected: 2, approved: 1, late: 1, requiredTotal: 100 });
      const school = (await get(dept, `/api/dashboard?periodId=${period.id}&unitId=${an1.id}`)).json();
      expect(school.node).toMatchObject({ reports: true, hasChildren: false });
      expect(school.node.figures).toMatchObject({ expected: 1, approved: 1, late: 0, completeness: 0.9 });
      expect(school.children).toEqual([]);
      expect(school.chase).toEqual([]);
    });

    it('nothing is late before the deadline, though it is outstanding', async () => {
      const view = (await get(dept, `/api/dashboard?periodId=${futurePeriod.id}`)).json();
      expect(view.period.deadlinePassed).toBe(false);
      expect(view.node.figures).toMatchObject({ expected: 3, submitted: 0, late: 0, outstanding: 3 });
      expect(view.node.figures.completeness).toBeNull();
      expect(view.chase.every((c: { late: boolean }) => c.late === false)).toBe(true);
    });

    it('the chase list names who answers for each late unit', async () => {
      const view = (await get(dept, `/api/dashboard?periodId=${period.id}`)).json();
      expect(view.chaseTotal).toBe(2);
      const byName = Object.fromEntries(view.chase.map((c: { name: string }) => [c.name, c]));
      expect(byName['TH An 2']).toMatchObject({
        state: 'not_submitted',
        late: true,
        parentName: 'Xã An',
        phone: '0203 555 0102',
        email: 'an2@example.vn',
        contacts: [{ name: 'Người dùng lienhe_an2', duty: 'contact', email: null }],
      });
      expect(byName['=TH Bình']).toMatchObject({
        state: 'returned',
        contacts: [{ name: 'Người dùng ht_binh', duty: 'principal' }],
      });
      expect(byName['TH An 1']).toBeUndefined();
    });
  });

  describe('scope (security test 5)', () => {
    it('a commune officer counts only the schools in their commune today', async () => {
      // TH An 2 sat under Xã An in the period's tree, but has since moved out of Xã An's subtree.
      const view = (await get(communeAn, `/api/dashboard?periodId=${period.id}`)).json();
      expect(view.node.id).toBe(an.id);
      expect(view.breadcrumb.map((c: { id: string }) => c.id)).toEqual([an.id]);
      expect(view.node.figures).toMatchObject({
        expected: 1,
        approved: 1,
        late: 0,
        requiredTotal: 100,
        openIssues: 2,
        blockingIssues: 1,
      });
      expect(view.children.map((c: { name: string }) => c.name)).toEqual(['TH An 1']);
      expect(view.chase).toEqual([]);
    });

    it('at their root a commune officer never sees another commune’s numbers', async () => {
      const view = (await get(communeBinh, `/api/dashboard?periodId=${period.id}`)).json();
      expect(view.node.id).toBe(binh.id);
      expect(view.node.figures).toMatchObject({ expected: 1, returned: 1, approved: 0 });
      const tables = (await get(communeBinh, `/api/dashboard/tables?periodId=${period.id}`)).json();
      expect(tables.approvedUnits).toBe(0);
      expect(tables.tables.every((t: { total: number }) => t.total === 0)).toBe(true);
      const periods = (await get(communeBinh, '/api/dashboard/periods')).json().items;
      expect(periods).toHaveLength(2);
    });

    it('a principal sees their own school only', async () => {
      const view = (await get(principalAn1, `/api/dashboard?periodId=${period.id}`)).json();
      expect(view.node).toMatchObject({ id: an1.id, reports: true });
      expect(view.node.figures.expected).toBe(1);
      expect(view.breadcrumb).toEqual([{ id: an1.id, name: 'TH An 1' }]);
    });
  });

  describe('standard tables', () => {
    it('sum approved snapshots only, labelled from the standard’s code lists', async () => {
      const res = await get(dept, `/api/dashboard/tables?periodId=${period.id}`);
      expect(res.statusCode).toBe(200);
      const view = res.json();
      expect(view).toMatchObject({ approvedUnits: 1, expected: 3 });
      const table = (code: string) => view.tables.find((t: { code: string }) => t.code === code);
      expect(table('pupils_by_grade_gender').rows).toEqual([
        { dim1: '1', dim2: '1', label1: 'Khối 1', label2: 'Nam', value: 10 },
        { dim1: '1', dim2: '2', label1: 'Khối 1', label2: 'Nữ', value: 12 },
      ]);
      expect(table('pupils_by_grade_gender').total).toBe(22);
      expect(table('pupils_by_ethnicity').rows.map((r: { label1: string }) => r.label1)).toEqual([
        'Kinh',
        'Chưa xác định',
      ]);
      expect(table('staff_by_position').rows[0]).toMatchObject({ label1: 'Giáo viên', value: 3 });
      expect(table('schools').rows[0]).toMatchObject({ label1: 'Tiểu học', value: 1 });
      expect(table('staff_by_qualification').rows).toEqual([]);
    });

    it('English labels for an English-speaking user', async () => {
      const user = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'department_data_officer' }] });
      await ctx.db.update(users).set({ locale: 'en' }).where(eq(users.id, user.id));
      const session = await signIn(ctx.app, user);
      const view = (await get(session, `/api/dashboard/tables?periodId=${period.id}`)).json();
      const missing = await get(session, '/api/dashboard');
      expect(missing.json().error.message).toBe('Please choose a reporting period to see the dashboard.');
      const table = view.tables.find((t: { code: string }) => t.code === 'pupils_by_grade_gender');
      expect(table.title).toBe('Pupils by grade and sex');
      expect(table.rows[1].label2).toBe('Female');
    });
  });

  describe('export', () => {
    it('opens with exceljs: summary, chase list and tables, formulas neutralised, audited', async () => {
      const res = await get(dept, `/api/dashboard/export.xlsx?periodId=${period.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const names = workbook.worksheets.map((w) => w.name);
      expect(names.length).toBeGreaterThanOrEqual(8);
      const summary = workbook.worksheets[0]!;
      const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
      const cells = rows.map((r) => r.slice(1));
      expect(cells[1]![1]).toBe(3); // expected, as a number
      expect(cells.map((r) => r[0])).toEqual(expect.arrayContaining(['Xã An', 'Xã Bình']));
      const chase = workbook.worksheets[1]!;
      const chaseNames = (chase.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r[1]);
      // A name starting with = is written as text, never as a formula.
      expect(chaseNames).toContain("'=TH Bình");
      chase.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
      const audited = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'dashboard.export'));
      expect(audited.length).toBeGreaterThanOrEqual(1);
      expect(audited[0]).toMatchObject({ objectId: period.id, unitId: root.id });
    });

    it('a commune officer’s export holds only their commune', async () => {
      const res = await get(communeBinh, `/api/dashboard/export.xlsx?periodId=${period.id}`);
      expect(res.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const text = JSON.stringify(workbook.worksheets.map((w) => w.getSheetValues()));
      expect(text).not.toContain('TH An 1');
      expect(text).not.toContain('TH An 2');
      expect(text).toContain('TH Bình');
    });
  });

  describe('each unit’s dashboard row, kept by the database (migration 0014)', () => {
    /** Rows whose copies disagree with the submission and today's tree they copy. */
    const disagreeing = (db: DbOrTx) =>
      query(
        db,
        sql`select pu.unit_id from period_units pu
              join org_units o on o.id = pu.unit_id
              left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
             where pu.current_path is distinct from o.path
                or pu.sub_state is distinct from coalesce(s.state, 'not_submitted')
                or pu.sub_on_time is distinct from s.on_time
                or pu.sub_version is distinct from coalesce(s.version, 0)
                or pu.sub_required_filled is distinct from coalesce(s.required_filled, 0)
                or pu.sub_required_total is distinct from coalesce(s.required_total, 0)`,
      );

    it('agrees with every submission and with today’s tree after moves and renames', async () => {
      const [moved] = await query<{ unit_path: string; current_path: string; parent_name: string }>(
        ctx.db,
        sql`select unit_path, current_path, parent_name from period_units
             where period_id = ${period.id} and unit_id = ${an2.id}`,
      );
      // Frozen where it sat (and its parent's name) on the tree date; scoped by where it is today.
      expect(moved).toMatchObject({ current_path: an2.path, parent_name: 'Xã An' });
      expect(moved!.unit_path).not.toBe(an2.path);
      expect(await disagreeing(ctx.db)).toEqual([]);
    });

    it('follows a submission’s insert, update and delete in the same transaction', async () => {
      const rowOf = (db: DbOrTx) =>
        queryPrepared<{ sub_state: string; sub_version: number; sub_required_total: number }>(
          db,
          sql`select sub_state, sub_version, sub_required_total from period_units
               where period_id = ${futurePeriod.id} and unit_id = ${an2.id}`,
        );
      const rolledBack = new Error('roll back');
      await expect(
        ctx.db.transaction(async (tx) => {
          await tx.execute(sql`insert into submissions (period_id, unit_id, state, version, required_total)
                               values (${futurePeriod.id}, ${an2.id}, 'submitted', 1, 7)`);
          // queryPrepared inside a transaction reads through it (its own uncommitted write).
          expect(await rowOf(tx)).toEqual([
            { sub_state: 'submitted', sub_version: 1, sub_required_total: 7 },
          ]);
          await tx.execute(sql`update submissions set state = 'returned'
                                where period_id = ${futurePeriod.id} and unit_id = ${an2.id}`);
          expect((await rowOf(tx))[0]!.sub_state).toBe('returned');
          expect(await disagreeing(tx)).toEqual([]);
          await tx.execute(
            sql`delete from submissions where period_id = ${futurePeriod.id} and unit_id = ${an2.id}`,
          );
          expect(await rowOf(tx)).toEqual([
            { sub_state: 'not_submitted', sub_version: 0, sub_required_total: 0 },
          ]);
          throw rolledBack;
        }),
      ).rejects.toBe(rolledBack);
      expect(await rowOf(ctx.db)).toEqual([
        { sub_state: 'not_submitted', sub_version: 0, sub_required_total: 0 },
      ]);
    });
  });
});
