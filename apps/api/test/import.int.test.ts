import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { runCommit } from '../src/modules/sector/import/commit.job';
import { getBatch } from '../src/modules/sector/import/import.repository';
import { startStudentImport } from '../src/modules/sector/import/import.service';
import { importLimits } from '../src/modules/sector/import/limits';
import { purgeImportFiles } from '../src/modules/sector/import/retention';
import {
  readEncrypted,
  removeStored,
  storedPath,
  storeEncrypted,
} from '../src/modules/sector/import/storage';
import { createImportHarness, type ImportHarness } from './fixtures/import-harness';
import { PUPILS } from './fixtures/make-fixtures';
import { describeEachDb } from './helpers';

/**
 * The student import end to end on a real database: upload → analysis job
 * → preview (findings per cell) → commit job → error workbook, with the
 * fixture files a school really sends (make-fixtures.ts).
 */
interface Finding {
  row: number;
  column: string | null;
  kind: 'change' | 'issue';
  ruleCode: string | null;
  severity: 'blocking' | 'warning' | null;
  before: string | null;
  after: string | null;
  message: string | null;
}

interface BatchBody {
  id: string;
  status: string;
  counts: { rows: number; valid: number; withWarnings: number; blocking: number } | null;
  changesByColumn: { key: string; count: number }[];
  columns: { label: string; field: string; encoding: string | null }[];
  ignoredColumns: { label: string; reason: string }[];
  headerRows: number[];
  notices: { code: string; message: string }[];
  errorWorkbook: boolean;
  commit: { mode: string; created: number; updated: number; unchanged: number; skipped: number } | null;
  error: { code: string; message: string; details: unknown } | null;
  findings: { total: number; items: Finding[] };
}

describeEachDb('student import', (kind) => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await createImportHarness(kind);
  });
  afterAll(() => h.ctx.close());

  async function analysed(
    name: Parameters<ImportHarness['upload']>[0],
    options: Parameters<ImportHarness['upload']>[1] = {},
  ) {
    const up = await h.upload(name, options);
    expect(up.statusCode, JSON.stringify(up.body)).toBe(202);
    const id = up.body.batchId as string;
    await h.runJobs();
    return batch(id, options.session);
  }

  async function batch(id: string, session = h.principal): Promise<BatchBody> {
    const res = await h.get(`/api/imports/${id}`, session);
    expect(res.statusCode, JSON.stringify(res.body)).toBe(200);
    return res.body as unknown as BatchBody;
  }

  async function allFindings(id: string, filter = ''): Promise<Finding[]> {
    const out: Finding[] = [];
    for (let page = 1; ; page++) {
      const res = await h.get(`/api/imports/${id}/findings?page=${page}${filter}`);
      expect(res.statusCode).toBe(200);
      const items = res.body.items as Finding[];
      out.push(...items);
      if (out.length >= (res.body.total as number) || items.length === 0) return out;
    }
  }

  const at = (findings: Finding[], row: number, column: string, kind: Finding['kind']) =>
    findings.filter((f) => f.row === row && f.column === column && f.kind === kind);

  describe('each fixture: standardised values and per-cell errors', () => {
    it('TCVN3 with a .VnTime font: header and cells converted, a bad date and an unknown sex blocked', async () => {
      const b = await analysed('tcvn3-vntime.xlsx');
      expect(b.status).toBe('analysed');
      expect(b.counts).toEqual({ rows: 8, valid: 6, withWarnings: 0, blocking: 2 });
      expect(b.columns.map((c) => c.field)).toEqual([
        'fullName',
        'birthDate',
        'gender',
        'ethnicity',
        'classCode',
        'phone',
      ]);
      expect(b.columns.find((c) => c.field === 'fullName')?.encoding).toBe('tcvn3');
      expect(b.notices.map((n) => n.message)).toContain(
        'Cột "Họ và tên" được chuyển từ bảng mã TCVN3 sang Unicode.',
      );
      const f = await allFindings(b.id);
      expect(at(f, 3, 'Họ và tên', 'change')[0]).toMatchObject({
        before: 'TrÇn ThÞ BÝch Ngäc',
        after: 'Trần Thị Bích Ngọc',
      });
      expect(at(f, 3, 'Ngày sinh', 'change')[0]).toMatchObject({ before: '12/3/2014', after: '12/03/2014' });
      expect(at(f, 3, 'Giới tính', 'change')[0]).toMatchObject({ before: 'N÷', after: 'Nữ' });
      expect(at(f, 5, 'Dân tộc', 'change')[0]).toMatchObject({ before: 'Nïng', after: 'Nùng' });
      expect(at(f, 7, 'Họ và tên', 'change')[0]?.after).toBe('Vũ Ngọc Ánh');
      const badDate = at(f, 8, 'Ngày sinh', 'issue')[0];
      expect(badDate).toMatchObject({ ruleCode: 'FIELD_DATE_INVALID', severity: 'blocking' });
      expect(badDate?.message).toMatch(/ngày/i);
      expect(at(f, 9, 'Giới tính', 'issue')[0]).toMatchObject({
        ruleCode: 'FIELD_CODE_UNKNOWN',
        severity: 'blocking',
      });
      expect(f.filter((x) => x.kind === 'issue')).toHaveLength(2);
      expect(b.errorWorkbook).toBe(true);
    });

    it('VNI, columns in another order, a numeric id padded back, a duplicated id blocks both rows', async () => {
      const b = await analysed('vni-shuffled.xlsx');
      expect(b.counts).toEqual({ rows: 5, valid: 3, withWarnings: 0, blocking: 2 });
      expect(b.columns.map((c) => c.field)).toEqual([
        'birthDate',
        'personalId',
        'gender',
        'fullName',
        'ethnicity',
        'classCode',
        'phone',
      ]);
      const f = await allFindings(b.id);
      expect(at(f, 2, 'Họ tên học sinh', 'change')[0]).toMatchObject({
        before: 'Nguyeãn Vaên An',
        after: 'Nguyễn Văn An',
      });
      // Personal values are shown to the principal (who may read personal data) …
      expect(at(f, 2, 'Mã định danh', 'change')[0]).toMatchObject({
        before: '8214001234',
        after: '008214001234',
      });
      // … and stored sealed.
      const stored = await query<{ before: string }>(
        h.ctx.db,
        sql`select before from import_findings where batch_id = ${b.id} and "column" = 'Mã định danh' and kind = 'change'`,
      );
      expect(stored[0]?.before).toMatch(/^v1:/);
      const reads = await query<{ n: number }>(
        h.ctx.db,
        sql`select count(*)::int as n from audit_log where action = 'import.personal_read' and object_id = ${b.id}`,
      );
      expect(reads[0]?.n).toBeGreaterThan(0);
      for (const row of [4, 6])
        expect(at(f, row, 'Mã định danh', 'issue')[0]).toMatchObject({
          ruleCode: 'STU_PID_DUPLICATE',
          severity: 'blocking',
        });
    });

    it('NFD text, serial and ISO dates, numeric and 11-digit phones', async () => {
      const b = await analysed('nfd-serials.xlsx');
      expect(b.counts).toEqual({ rows: 4, valid: 3, withWarnings: 1, blocking: 0 });
      const f = await allFindings(b.id);
      expect(at(f, 2, 'Họ và tên', 'change')[0]?.after).toBe('Nguyễn Văn An');
      expect(at(f, 2, 'Họ và tên', 'change')[0]?.after).toBe('Nguyễn Văn An'.normalize('NFC'));
      expect(at(f, 2, 'Ngày sinh', 'change')[0]).toMatchObject({ before: '41887', after: '05/09/2014' });
      expect(at(f, 2, 'Số điện thoại', 'change')[0]).toMatchObject({
        before: '01629123456',
        after: '0329123456',
      });
      expect(at(f, 2, 'Số điện thoại', 'issue')[0]).toMatchObject({
        ruleCode: 'FIELD_PHONE_OLD_PREFIX',
        severity: 'warning',
      });
      expect(at(f, 3, 'Họ và tên', 'change')[0]?.after).toBe('Trần Thị Bích Ngọc');
      expect(at(f, 3, 'Số điện thoại', 'change')[0]).toMatchObject({
        before: '967123456',
        after: '0967123456',
      });
      expect(at(f, 4, 'Ngày sinh', 'change')[0]).toMatchObject({ before: '2014-11-21', after: '21/11/2014' });
      expect(at(f, 4, 'Số điện thoại', 'change')[0]?.after).toBe('0903456789');
      expect(at(f, 5, 'Ngày sinh', 'change')[0]).toMatchObject({ before: '1/1/14', after: '01/01/2014' });
    });

    it('a two-row merged header with Cha/Mẹ groups, formulas, a hidden row and a hidden sheet', async () => {
      const b = await analysed('merged-header.xlsx');
      expect(b.headerRows).toEqual([4, 5]);
      expect(b.columns.map((c) => [c.label, c.field])).toEqual([
        ['Họ tên', 'fullName'],
        ['Ngày sinh', 'birthDate'],
        ['Giới tính', 'gender'],
        ['Lớp', 'classCode'],
        ['Cha › Họ tên', 'guardian.father.fullName'],
        ['Cha › SĐT', 'guardian.father.phone'],
        ['Mẹ › Họ tên', 'guardian.mother.fullName'],
        ['Mẹ › SĐT', 'guardian.mother.phone'],
      ]);
      expect(b.ignoredColumns).toEqual([{ label: 'Tuổi', reason: 'unknown' }]);
      expect(b.counts).toEqual({ rows: 7, valid: 5, withWarnings: 1, blocking: 1 });
      const f = await allFindings(b.id);
      expect(f.find((x) => x.row === 9 && x.ruleCode === 'IMPORT_HIDDEN_ROW')).toMatchObject({
        severity: 'warning',
        column: null,
      });
      expect(
        at(f, 12, 'Ngày sinh', 'issue')
          .map((x) => x.ruleCode)
          .sort(),
      ).toEqual(['FIELD_REQUIRED', 'IMPORT_FORMULA_NO_VALUE']);
      // The formula's cached value is the name: nothing to standardise.
      expect(at(f, 6, 'Họ tên', 'change')).toEqual([]);
      // The hidden sheet (another year) was never read.
      expect(JSON.stringify(f)).not.toContain('Không Được Đọc');
    });

    it('CSV in Windows-1258 with ";", CSV with TCVN3 bytes, UTF-16 "Unicode text", and a legacy .xls', async () => {
      const cp1258 = await analysed('windows-1258.csv');
      expect(cp1258.counts).toEqual({ rows: 6, valid: 6, withWarnings: 0, blocking: 0 });
      expect(cp1258.columns.map((c) => c.field)).toEqual([
        'fullName',
        'birthDate',
        'gender',
        'ethnicity',
        'personalId',
      ]);
      expect(cp1258.notices[0]?.message).toContain('windows-1258');
      const tcvn3 = await analysed('tcvn3-bytes.csv');
      expect(tcvn3.counts?.valid).toBe(6);
      const tf = await allFindings(tcvn3.id);
      expect(at(tf, 5, 'Ho ten', 'change')[0]?.after).toBe('Phạm Thuỳ Dương');
      const utf16 = await analysed('utf16.csv');
      expect(utf16.counts).toEqual({ rows: 3, valid: 3, withWarnings: 0, blocking: 0 });
      const xls = await analysed('legacy.xls');
      expect(xls.counts).toEqual({ rows: 4, valid: 4, withWarnings: 0, blocking: 0 });
      expect(await allFindings(xls.id)).toEqual([]);
    });
  });

  it('the dry run writes nothing to the pupils’ tables', async () => {
    const { school, principal } = await h.newSchool();
    await analysed('tcvn3-vntime.xlsx', { session: principal, unitId: school.id });
    expect(await h.studentsOf(school.id)).toBe(0);
    const guardians = await query<{ n: number }>(h.ctx.db, sql`select count(*)::int as n from guardians`);
    expect(guardians[0]?.n).toBe(0);
  });

  it('all_or_nothing is refused while rows have blocking errors; valid_only writes only the valid rows', async () => {
    const { school, principal } = await h.newSchool();
    const b = await analysed('tcvn3-vntime.xlsx', { session: principal, unitId: school.id });
    const refused = await h.post(`/api/imports/${b.id}/commit`, { mode: 'all_or_nothing' }, principal);
    expect(refused.statusCode).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'IMPORT_HAS_BLOCKING' });
    expect((refused.body.error as { message: string }).message).toMatch(/tất cả hoặc không/);

    const accepted = await h.post(`/api/imports/${b.id}/commit`, { mode: 'valid_only' }, principal);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body.status).toBe('committing');
    await h.runJobs();
    const done = await batch(b.id, principal);
    expect(done.status).toBe('committed');
    expect(done.commit).toEqual({ mode: 'valid_only', created: 6, updated: 0, unchanged: 0, skipped: 2 });
    expect(await h.studentsOf(school.id)).toBe(6);
    const names = await query<{ full_name: string }>(
      h.ctx.db,
      sql`select full_name from students where unit_id = ${school.id}`,
    );
    const sorted = (list: string[]) => [...list].sort((x, y) => x.localeCompare(y));
    expect(sorted(names.map((n) => n.full_name))).toEqual(sorted(PUPILS.map((p) => p.name)));
    // The stored upload is gone; the error workbook stays for the clerk.
    const row = await getBatch(h.ctx.db, b.id);
    expect(row?.storedFile).toBeNull();
    const audit = await query<{ action: string; details: Record<string, unknown> }>(
      h.ctx.db,
      sql`select action, details from audit_log where object_id = ${b.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'import.upload',
      'import.analyse',
      'import.commit_requested',
      'import.commit',
    ]);
    expect(audit.at(-1)?.details).toMatchObject({ created: 6, skipped: 2, mode: 'valid_only' });

    // Re-uploading the corrected file adds the two fixed pupils and nothing else.
    const again = await analysed('corrected.xlsx', { session: principal, unitId: school.id });
    expect(again.counts).toEqual({ rows: 8, valid: 8, withWarnings: 0, blocking: 0 });
    expect(
      (await h.post(`/api/imports/${again.id}/commit`, { mode: 'all_or_nothing' }, principal)).statusCode,
    ).toBe(202);
    await h.runJobs();
    const second = await batch(again.id, principal);
    expect(second.commit).toMatchObject({ mode: 'all_or_nothing', created: 2, skipped: 0 });
    expect(second.commit!.updated + second.commit!.unchanged).toBe(6);
    expect(await h.studentsOf(school.id)).toBe(8);
    const dups = await query<{ n: number }>(
      h.ctx.db,
      sql`select count(*)::int as n from (select name_key, birth_date from students where unit_id = ${school.id}
          group by name_key, birth_date having count(*) > 1) d`,
    );
    expect(dups[0]?.n).toBe(0);
  });

  it('guardians from the merged header are stored with the pupils', async () => {
    const { school, principal } = await h.newSchool();
    const b = await analysed('merged-header.xlsx', { session: principal, unitId: school.id });
    await h.post(`/api/imports/${b.id}/commit`, { mode: 'valid_only' }, principal);
    await h.runJobs();
    expect((await batch(b.id, principal)).status).toBe('committed');
    expect(await h.studentsOf(school.id)).toBe(6);
    const guardians = await query<{ relationship_code: string; full_name: string }>(
      h.ctx.db,
      sql`select g.relationship_code, g.full_name from guardians g join students s on s.id = g.student_id
          where s.unit_id = ${school.id} order by g.full_name`,
    );
    expect(guardians).toHaveLength(12);
    expect(guardians.find((g) => g.full_name === 'Nguyễn Văn Bình')?.relationship_code).toBe('01');
    expect(guardians.find((g) => g.full_name === 'Trần Thị Hoa')?.relationship_code).toBe('02');
  });

  it('a crash after the first chunk of an all_or_nothing commit leaves nothing; the rerun writes everything once', async () => {
    const { school, principal } = await h.newSchool();
    const b = await analysed('clean-25.xlsx', { session: principal, unitId: school.id });
    expect(b.counts?.valid).toBe(25);
    await h.post(`/api/imports/${b.id}/commit`, { mode: 'all_or_nothing' }, principal);
    const payload = { batchId: b.id, actorName: 'test' };
    const crashing = {
      db: h.ctx.db,
      keys: h.ctx.keys,
      limits: { commitBatchSize: 10 },
      hooks: {
        afterCommitChunk: (n: number) => {
          if (n === 1) throw new Error('simulated crash after the first chunk');
        },
      },
    };
    await expect(runCommit(crashing, payload)).rejects.toThrow(/simulated crash/);
    expect(await h.studentsOf(school.id)).toBe(0);
    expect((await getBatch(h.ctx.db, b.id))?.status).toBe('committing');

    const result = await runCommit(
      { db: h.ctx.db, keys: h.ctx.keys, limits: { commitBatchSize: 10 } },
      payload,
    );
    expect(result).toMatchObject({ created: 25 });
    expect(await h.studentsOf(school.id)).toBe(25);
    // Run again (a duplicate delivery of the job): nothing happens.
    expect(await runCommit({ db: h.ctx.db, keys: h.ctx.keys }, payload)).toEqual({ skipped: 'committed' });
    expect(await h.studentsOf(school.id)).toBe(25);
  });

  it('a crash during a valid_only commit is repaired by the rerun without duplicates', async () => {
    const { school, principal } = await h.newSchool();
    const b = await analysed('clean-25.xlsx', { session: principal, unitId: school.id });
    await h.post(`/api/imports/${b.id}/commit`, { mode: 'valid_only' }, principal);
    const payload = { batchId: b.id, actorName: 'test' };
    const hooks = {
      afterCommitChunk: (n: number) => {
        if (n === 2) throw new Error('simulated crash');
      },
    };
    await expect(
      runCommit({ db: h.ctx.db, keys: h.ctx.keys, limits: { commitBatchSize: 10 }, hooks }, payload),
    ).rejects.toThrow();
    // Chunks are their own transactions: the first two stayed.
    expect(await h.studentsOf(school.id)).toBe(20);
    const result = await runCommit(
      { db: h.ctx.db, keys: h.ctx.keys, limits: { commitBatchSize: 10 } },
      payload,
    );
    expect(result).toMatchObject({ created: 5, unchanged: 20 });
    expect(await h.studentsOf(school.id)).toBe(25);
  });

  it('the error workbook highlights the right cells and explains them in Vietnamese', async () => {
    const b = await analysed('tcvn3-vntime.xlsx');
    const res = await h.get(`/api/imports/${b.id}/error-workbook`);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['Dòng gốc', 'Lỗi']);
    expect(ws.rowCount).toBe(3);
    const badDate = ws.getRow(2);
    expect(badDate.getCell(8).value).toBe(8);
    const dateCell = badDate.getCell(3);
    expect(dateCell.value).toBe('31/02/2014');
    expect((dateCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(dateCell.note)).toMatch(/ngày/i);
    // Only the bad cell is filled.
    expect((badDate.getCell(2).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(String(badDate.getCell(9).value)).toContain('[Ngày sinh]');
    const badSex = ws.getRow(3);
    expect((badSex.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    // Legacy text keeps its font so it still reads right.
    expect(badSex.getCell(2).font?.name).toBe('.VnTime');

    // Warnings are yellow.
    const w = await analysed('nfd-serials.xlsx');
    const wres = await h.get(`/api/imports/${w.id}/error-workbook`);
    const wwb = new ExcelJS.Workbook();
    await wwb.xlsx.load(wres.raw as unknown as ExcelJS.Buffer);
    const phone = wwb.worksheets[0]!.getRow(2).getCell(4);
    expect((phone.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');

    // A clean file has none.
    const clean = await analysed('utf16.csv');
    const none = await h.get(`/api/imports/${clean.id}/error-workbook`);
    expect(none.statusCode).toBe(409);
    expect((none.body.error as { code: string }).code).toBe('IMPORT_NO_ERROR_WORKBOOK');
  });

  it('progress as Server-Sent Events, paged and filtered findings, and cancel', async () => {
    const up = await h.upload('tcvn3-vntime.xlsx');
    const id = up.body.batchId as string;
    await h.runJobs();
    const events = await h.get(`/api/imports/${id}/events`);
    expect(events.statusCode).toBe(200);
    expect(String(events.headers['content-type'])).toContain('text/event-stream');
    const text = events.raw.toString('utf8');
    expect(text).toContain('event: progress');
    expect(text).toMatch(/event: end\ndata: \{"status":"analysed"/);

    const blocking = await h.get(`/api/imports/${id}/findings?kind=issue&severity=blocking`);
    expect(blocking.body.total).toBe(2);
    expect((blocking.body.items as Finding[]).every((f) => f.severity === 'blocking')).toBe(true);
    const bad = await h.get(`/api/imports/${id}/findings?kind=other`);
    expect(bad.statusCode).toBe(400);

    const cancelled = await h.post(`/api/imports/${id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const row = await getBatch(h.ctx.db, id);
    expect(row?.storedFile).toBeNull();
    expect(existsSync(`${h.ctx.settings.dataDir}/uploads/${id}.upload`)).toBe(false);
    expect(existsSync(`${h.ctx.settings.dataDir}/uploads/${id}.errors.xlsx`)).toBe(false);
    const again = await h.post(`/api/imports/${id}/commit`, { mode: 'valid_only' });
    expect(again.statusCode).toBe(409);
    expect((again.body.error as { code: string }).code).toBe('IMPORT_BATCH_STATE');

    // Cancelled before its job ran: the job does nothing.
    const queued = await h.upload('utf16.csv');
    await h.post(`/api/imports/${queued.body.batchId}/cancel`, {});
    await h.runJobs();
    expect((await getBatch(h.ctx.db, queued.body.batchId as string))?.status).toBe('cancelled');
  });

  it('abandoned uploads and old error workbooks are purged after the retention period', async () => {
    const abandoned = await analysed('tcvn3-vntime.xlsx');
    const kept = await analysed('nfd-serials.xlsx');
    const oldRow = await getBatch(h.ctx.db, abandoned.id);
    const workbook = (oldRow!.summary as { errorWorkbookFile: string }).errorWorkbookFile;
    expect(existsSync(oldRow!.storedFile!)).toBe(true);
    expect(existsSync(workbook)).toBe(true);
    await h.ctx.db.execute(
      sql`update import_batches set created_at = now() - interval '8 days' where id = ${abandoned.id}`,
    );
    const result = await purgeImportFiles(h.ctx.db);
    expect(result.abandoned).toBe(1);
    expect((await getBatch(h.ctx.db, abandoned.id))?.status).toBe('cancelled');
    expect(existsSync(oldRow!.storedFile!)).toBe(false);
    expect(existsSync(workbook)).toBe(false);
    expect((await getBatch(h.ctx.db, kept.id))?.status).toBe('analysed');

    // A finished import keeps its error workbook for the retention period only.
    const committed = await analysed('merged-header.xlsx');
    await h.post(`/api/imports/${committed.id}/commit`, { mode: 'valid_only' });
    await h.runJobs();
    const file = ((await getBatch(h.ctx.db, committed.id))!.summary as { errorWorkbookFile: string })
      .errorWorkbookFile;
    expect(existsSync(file)).toBe(true);
    expect((await purgeImportFiles(h.ctx.db)).workbooks).toBe(0);
    await h.ctx.db.execute(
      sql`update import_batches set finished_at = now() - interval '8 days' where id = ${committed.id}`,
    );
    expect((await purgeImportFiles(h.ctx.db)).workbooks).toBe(1);
    expect(existsSync(file)).toBe(false);
    const gone = await h.get(`/api/imports/${committed.id}/error-workbook`);
    expect(gone.statusCode).toBe(409);
  });

  it('an upload already on disk (the CLI) is streamed from there and analysed as the same bytes over HTTP', async () => {
    const file = h.files['tcvn3-vntime.xlsx'];
    const viaHttp = await analysed('tcvn3-vntime.xlsx');
    const [clerk] = await query<{ id: string }>(h.ctx.db, sql`select id from users limit 1`);
    const fromDisk = await startStudentImport(
      { db: h.ctx.db, keys: h.ctx.keys, dataDir: h.ctx.settings.dataDir, limits: importLimits() },
      {
        unitId: h.school.id,
        schoolYearId: h.yearId,
        filename: 'tcvn3-vntime.xlsx',
        data: { path: file, size: statSync(file).size },
      },
      { actor: { id: clerk!.id, name: 'cli:test' } },
    );
    expect(fromDisk.fileSha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    const stored = readFileSync(fromDisk.storedFile!);
    expect(stored.subarray(0, 4).toString()).toBe('ESU1');
    await h.runJobs();
    const viaDisk = await batch(fromDisk.id);
    expect(viaDisk.status).toBe('analysed');
    expect(viaDisk.counts).toEqual(viaHttp.counts);
    expect(viaDisk.changesByColumn).toEqual(viaHttp.changesByColumn);
    expect(viaDisk.findings.total).toBe(viaHttp.findings.total);
  });

  it('uploads are stored encrypted, never as the plain file', async () => {
    const up = await h.upload('windows-1258.csv');
    const id = up.body.batchId as string;
    const row = await getBatch(h.ctx.db, id);
    const stored = readFileSync(row!.storedFile!);
    expect(stored.subarray(0, 4).toString()).toBe('ESU1');
    expect(stored.includes(Buffer.from('008214001234'))).toBe(false);
    await h.runJobs();

    // Large files go through the cipher as a stream; the format and the result are the same.
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'Nguyễn Văn An;05/09/2014;Nam\n');
    const file = storedPath(h.ctx.settings.dataDir, crypto.randomUUID(), 'upload');
    await storeEncrypted(file, big, h.ctx.keys.fieldKeys, 1024);
    expect((await readEncrypted(file, h.ctx.keys.fieldKeys)).equals(big)).toBe(true);
    // Tampering is detected before any parser sees the bytes.
    const sealed = readFileSync(file);
    sealed[sealed.length - 100]! ^= 1;
    writeFileSync(file, sealed);
    await expect(readEncrypted(file, h.ctx.keys.fieldKeys)).rejects.toThrow();
    await removeStored(file);
  });
});
