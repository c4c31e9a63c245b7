import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportHarness, type ImportHarness } from './fixtures/import-harness';
import { describeEachDb } from './helpers';

/**
 * The preview promises exactly what the commit writes: the analysis applies
 * the write's own matching guard (students.write.ts SameNameGuard) to the
 * whole file, so namesakes born the same day that the write could not tell
 * apart are refused in the preview, not discovered at commit — whatever
 * the commit's chunk size.
 */
const csv = (lines: string[][]) => Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`);

/** The file for the n-th school: ids differ between schools (a pupil belongs to one school). */
const fileFor = (n: number) =>
  csv([
    ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Mã học sinh'],
    // Namesakes born the same day, no personal id, no student id: one pupil or two?
    ['Nguyễn Văn An', '05/09/2014', 'Nam', '', ''],
    ['Nguyen Van  An', '05/09/2014', 'Nam', '', ''],
    // Namesakes with two different personal ids: two pupils.
    ['Trần Thị Bình', '12/03/2014', 'Nữ', `0083140056${n}1`, ''],
    ['Trần Thị Bình', '12/03/2014', 'Nữ', `0083140056${n}2`, ''],
    // Namesakes with two student ids and no personal id: two pupils, told apart by their ids.
    ['Lê Văn Cường', '21/11/2014', 'Nam', '', `HS00000000${n}1`],
    ['Lê Văn Cường', '21/11/2014', 'Nam', '', `HS00000000${n}2`],
    // One with a personal id, one without: the one without could be either.
    ['Phạm Thị Dung', '01/01/2014', 'Nữ', `0083140011${n}1`, ''],
    ['Phạm Thị Dung', '01/01/2014', 'Nữ', '', ''],
  ]);

interface Body {
  id: string;
  status: string;
  counts: { rows: number; valid: number; withWarnings: number; blocking: number };
  commit: { created: number; updated: number; unchanged: number; skipped: number } | null;
}

describeEachDb('import: preview and commit match pupils the same way', (kind) => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await createImportHarness(kind);
  });
  afterAll(() => h.ctx.close());

  let schools = 0;
  async function analyse(
    principal: ImportHarness['principal'],
    unitId: string,
    commitBatchSize: number,
    n = ++schools,
  ) {
    const up = await h.upload({ name: 'trung-ten.csv', data: fileFor(n) }, { session: principal, unitId });
    expect(up.statusCode, JSON.stringify(up.body)).toBe(202);
    await h.runJobs({ limits: { commitBatchSize } });
    const res = await h.get(`/api/imports/${up.body.batchId}`, principal);
    return res.body as unknown as Body;
  }

  for (const commitBatchSize of [1_000, 1]) {
    it(`namesakes the write cannot tell apart are blocked in the preview (commit chunks of ${commitBatchSize})`, async () => {
      const { school, principal } = await h.newSchool();
      const b = await analyse(principal, school.id, commitBatchSize);
      expect(b.status).toBe('analysed');
      expect(b.counts.rows).toBe(8);
      expect(b.counts.blocking).toBe(2);
      const findings = await h.get(`/api/imports/${b.id}/findings?severity=blocking`, principal);
      const items = findings.body.items as { row: number; ruleCode: string; message: string }[];
      expect(items.map((i) => [i.row, i.ruleCode])).toEqual([
        [3, 'IMPORT_NAMESAKE_AMBIGUOUS'],
        [9, 'IMPORT_NAMESAKE_AMBIGUOUS'],
      ]);
      expect(items[0]?.message).toMatch(/cùng họ tên và ngày sinh/);

      const commit = await h.post(`/api/imports/${b.id}/commit`, { mode: 'valid_only' }, principal);
      expect(commit.statusCode, JSON.stringify(commit.body)).toBe(202);
      await h.runJobs({ limits: { commitBatchSize } });
      const done = (await h.get(`/api/imports/${b.id}`, principal)).body as unknown as Body;
      expect(done.status).toBe('committed');
      // Exactly the rows the preview called writable were written; the commit refused none.
      expect(done.commit).toMatchObject({ created: 6, skipped: 2 });
      expect(await h.studentsOf(school.id)).toBe(6);
      const after = await h.get(`/api/imports/${b.id}/findings?severity=blocking`, principal);
      expect((after.body.items as { ruleCode: string }[]).map((i) => i.ruleCode)).not.toContain(
        'IMPORT_STUDENT_NOT_SAVED',
      );
    });
  }

  it('reports rows checked out of the total while the analysis runs, not only at the end', async () => {
    const { school, principal } = await h.newSchool();
    const up = await h.upload(
      { name: 'trung-ten.csv', data: fileFor(++schools) },
      { session: principal, unitId: school.id },
    );
    expect(up.statusCode).toBe(202);
    const { runAnalysis } = await import('../src/modules/sector/import/analyse.job');
    const events: { phase: string; done: number; total: number }[] = [];
    // A prefix of 2 rows decides the encodings; the other rows stream on, the total known from the file.
    const result = await runAnalysis(
      { db: h.ctx.db, keys: h.ctx.keys, limits: { planPrefixRows: 2 } },
      up.body.batchId as string,
      { attempts: 1 },
      (p) => events.push(p),
    );
    expect(result).toMatchObject({ rows: 8 });
    const checking = events.filter((e) => e.phase === 'checking');
    expect(checking.length).toBeGreaterThanOrEqual(8);
    expect(checking.some((e) => e.done > 0 && e.done < e.total && e.total >= 8)).toBe(true);
    expect(checking.at(-1)).toEqual({ phase: 'checking', done: 8, total: 8 });
  });

  it('re-uploading the same file adds nobody and blocks the same rows', async () => {
    const { school, principal } = await h.newSchool();
    const first = await analyse(principal, school.id, 1_000);
    await h.post(`/api/imports/${first.id}/commit`, { mode: 'valid_only' }, principal);
    await h.runJobs();
    const again = await analyse(principal, school.id, 1_000, schools);
    expect(again.counts.blocking).toBe(2);
    await h.post(`/api/imports/${again.id}/commit`, { mode: 'valid_only' }, principal);
    await h.runJobs();
    const done = (await h.get(`/api/imports/${again.id}`, principal)).body as unknown as Body;
    expect(done.commit).toMatchObject({ created: 0, skipped: 2 });
    expect(await h.studentsOf(school.id)).toBe(6);
  });
});

describe('SameNameGuard', () => {
  it('is exported for the analysis', async () => {
    const { SameNameGuard } = await import('../src/modules/sector/students.write');
    const guard = new SameNameGuard();
    expect(guard.accept('nguyen van an', '2014-09-05', false, false)).toBe(true);
    expect(guard.accept('nguyen van an', '2014-09-05', true, true)).toBe(false);
    expect(guard.accept('le van cuong', '2014-11-21', true, false)).toBe(true);
    expect(guard.accept('le van cuong', '2014-11-21', true, false)).toBe(true);
    expect(guard.accept('le van cuong', '2014-11-21', false, true)).toBe(false);
  });
});
