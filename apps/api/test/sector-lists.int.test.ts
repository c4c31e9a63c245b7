import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatches } from '../src/modules/sector/sector.table';
import { createTestContext, describeEachDb, type TestContext } from './helpers';
import {
  buildSectorWorld,
  caller,
  type SectorWorld,
  seedClass,
  seedSchoolYear,
  seedStudent,
} from './sector-fixtures';

/**
 * Lists added after the first release: pupils by school year, a school's
 * past imports, and the province's school directory for transfers.
 */
describeEachDb('sector: lists', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let api: ReturnType<typeof caller>;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    api = caller(ctx);
  });
  afterAll(() => ctx.close());

  describe('GET /api/students?schoolYearId', () => {
    it('lists only pupils in a class of that school year', async () => {
      const lastYear = await seedSchoolYear(ctx.db, '2024-2025', false);
      const oldClass = await seedClass(ctx.db, { unitId: w.schoolA.id, schoolYearId: lastYear, grade: 1 });
      const now = await seedStudent(ctx.db, {
        unitId: w.schoolA.id,
        classId: w.classA1.id,
        fullName: 'Đỗ Năm Nay',
      });
      const then = await seedStudent(ctx.db, {
        unitId: w.schoolA.id,
        classId: oldClass.id,
        fullName: 'Đỗ Năm Ngoái',
      });
      const none = await seedStudent(ctx.db, { unitId: w.schoolA.id, fullName: 'Đỗ Chưa Xếp Lớp' });
      const list = async (query: string) => {
        const res = await api(w.as.clerkA, 'GET', `/api/students?unitId=${w.schoolA.id}&q=do&${query}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json() as { items: { id: string }[] }).items.map((s) => s.id).sort();
      };
      expect(await list(`schoolYearId=${w.yearId}`)).toEqual([now.id]);
      expect(await list(`schoolYearId=${lastYear}`)).toEqual([then.id]);
      expect(await list('')).toEqual([now.id, then.id, none.id].sort());
      const bad = await api(w.as.clerkA, 'GET', '/api/students?schoolYearId=not-a-uuid');
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('GET /api/imports', () => {
    it('pages a school’s imports, newest first, with who and the outcome; other schools get 404', async () => {
      const base = Date.parse('2026-11-01T08:00:00Z');
      for (let i = 0; i < 3; i++)
        await ctx.db.insert(importBatches).values({
          kind: 'students',
          unitId: w.schoolA.id,
          schoolYearId: w.yearId,
          filename: `lop-${i}.xlsx`,
          fileSha256: 'x'.repeat(64),
          createdBy: w.users.clerkA.id,
          status: i === 2 ? 'committed' : 'failed',
          errorCode: i === 2 ? null : 'IMPORT_HEADER_NOT_FOUND',
          createdAt: new Date(base + i * 60_000),
          summary:
            i === 2
              ? {
                  counts: { rows: 10, valid: 9, withWarnings: 0, blocking: 1 },
                  errorWorkbook: true,
                  commit: { mode: 'valid_only', created: 9, updated: 0, unchanged: 0, skipped: 1 },
                }
              : null,
        });
      const first = await api(w.as.clerkA, 'GET', `/api/imports?unitId=${w.schoolA.id}&pageSize=2`);
      expect(first.statusCode, first.body).toBe(200);
      const body = first.json() as {
        total: number;
        items: {
          filename: string;
          status: string;
          createdBy: { name: string } | null;
          commit: { created: number } | null;
          errorWorkbook: boolean;
          error: { code: string; message: string } | null;
        }[];
      };
      expect(body.total).toBe(3);
      expect(body.items.map((i) => i.filename)).toEqual(['lop-2.xlsx', 'lop-1.xlsx']);
      expect(body.items[0]).toMatchObject({
        status: 'committed',
        commit: { created: 9 },
        errorWorkbook: true,
      });
      expect(body.items[0]?.createdBy?.name).toBeTruthy();
      expect(body.items[1]?.error?.code).toBe('IMPORT_HEADER_NOT_FOUND');
      expect(body.items[1]?.error?.message).toMatch(/[ịàá]/);
      const second = await api(w.as.clerkA, 'GET', `/api/imports?unitId=${w.schoolA.id}&pageSize=2&page=2`);
      expect((second.json() as { items: unknown[] }).items).toHaveLength(1);
      // The gate: a clerk of school B may not see school A's imports.
      expect((await api(w.as.clerkB, 'GET', `/api/imports?unitId=${w.schoolA.id}`)).statusCode).toBe(404);
      expect((await api(null, 'GET', `/api/imports?unitId=${w.schoolA.id}`)).statusCode).toBe(401);
    });
  });

  describe('GET /api/schools/directory', () => {
    it('finds any active school of the province by folded name, with signboard data only', async () => {
      // Clerk B's scope is school B, yet a transfer may go to school C in another commune.
      const res = await api(w.as.clerkB, 'GET', '/api/schools/directory?q=tan%20lap');
      expect(res.statusCode, res.body).toBe(200);
      const items = (res.json() as { items: Record<string, unknown>[] }).items;
      expect(items.map((i) => i.id)).toEqual([w.schoolC.id]);
      expect(Object.keys(items[0]!).sort()).toEqual(['code', 'commune', 'id', 'name', 'schoolCode']);
      expect(items[0]).toMatchObject({ name: 'Trường THCS Tân Lập', commune: 'UBND xã Tân Lập' });
      const accented = await api(w.as.clerkB, 'GET', '/api/schools/directory?q=H%C3%B2a');
      const names = (accented.json() as { items: { name: string }[] }).items.map((i) => i.name);
      expect(names).toEqual(['Trường Tiểu học Hòa An', 'Trường Tiểu học Hòa Bình']);
    });

    it('needs sector.write and a session', async () => {
      expect((await api(null, 'GET', '/api/schools/directory')).statusCode).toBe(401);
      expect((await api(w.as.teacherA, 'GET', '/api/schools/directory')).statusCode).toBe(403);
    });
  });
});
