import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBatch } from '../src/modules/sector/import/import.repository';
import { createImportHarness, type ImportHarness, multipart } from './fixtures/import-harness';
import type { FixtureName } from './fixtures/make-fixtures';
import { describeEachDb, seedUser, signIn } from './helpers';

/**
 * Security tests 11 and 12 for the student import: every refusal is a 4xx
 * with a clear Vietnamese message (never a 500), nothing is half-written,
 * `__proto__` is just text, the row limit holds, exported cells are
 * formula-safe, and the access ladder holds (401 → 400 → 404 → success).
 */
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describeEachDb('student import: refusals and hostile files', (kind) => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await createImportHarness(kind);
  });
  afterAll(() => h.ctx.close());

  const refusals: [FixtureName, number, string][] = [
    ['zip-bomb.xlsx', 400, 'IMPORT_FILE_ZIP_UNSAFE'],
    ['zip-bomb-lying.xlsx', 400, 'IMPORT_FILE_ZIP_UNSAFE'],
    ['zip-slip.xlsx', 400, 'IMPORT_FILE_ZIP_UNSAFE'],
    ['encrypted.xlsx', 400, 'IMPORT_FILE_ENCRYPTED'],
    ['encrypted.xls', 400, 'IMPORT_FILE_ENCRYPTED'],
    ['xxe.xlsx', 400, 'IMPORT_FILE_XML_UNSAFE'],
    ['empty-sheet.xlsx', 400, 'IMPORT_SHEET_EMPTY'],
    ['no-header.xlsx', 400, 'IMPORT_HEADER_NOT_FOUND'],
    ['missing-columns.csv', 400, 'IMPORT_COLUMNS_MISSING'],
    ['renamed-csv.xlsx', 415, 'IMPORT_FILE_TYPE_MISMATCH'],
    ['html.xls', 415, 'IMPORT_FILE_TYPE_MISMATCH'],
    ['script.svg', 415, 'IMPORT_FILE_TYPE_UNSUPPORTED'],
  ];

  for (const [name, status, code] of refusals) {
    it(`${name} is refused with ${status} ${code} and a Vietnamese message; nothing is stored`, async () => {
      const res = await h.upload(name);
      expect(res.statusCode, JSON.stringify(res.body)).toBe(status);
      const body = res.body as unknown as ErrorBody;
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(VIETNAMESE);
      expect(await h.studentsOf(h.school.id)).toBe(0);
    });
  }

  it('names the missing columns', async () => {
    const res = await h.upload('missing-columns.csv');
    expect((res.body as unknown as ErrorBody).error.details).toMatchObject({
      missing: ['Ngày sinh', 'Giới tính'],
    });
  });

  it('a file over the row limit fails its analysis with a clear message (limit lowered to 10)', async () => {
    const up = await h.upload('many-rows.csv');
    expect(up.statusCode).toBe(202);
    await h.runJobs({ limits: { maxRows: 10 } });
    const res = await h.get(`/api/imports/${up.body.batchId}`);
    expect(res.body.status).toBe('failed');
    expect(res.body.error).toMatchObject({ code: 'IMPORT_ROWS_OVER_LIMIT', details: { maxRows: 10 } });
    expect((res.body.error as { message: string }).message).toMatch(/giới hạn/);
    const row = await getBatch(h.ctx.db, up.body.batchId as string);
    expect(row?.storedFile).toBeNull();
    expect(existsSync(`${h.ctx.settings.dataDir}/uploads/${row!.id}.upload`)).toBe(false);
  });

  it('__proto__ and constructor as headers and cells are just text; formula-like cells are neutralised', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const up = await h.upload('proto.csv');
    expect(up.statusCode).toBe(202);
    await h.runJobs();
    const res = await h.get(`/api/imports/${up.body.batchId}`);
    expect(res.body.status).toBe('analysed');
    expect(res.body.ignoredColumns).toEqual([
      { label: '__proto__', reason: 'unknown' },
      { label: 'constructor', reason: 'unknown' },
      { label: 'prototype', reason: 'unknown' },
      { label: 'toString', reason: 'unknown' },
    ]);
    expect(res.body.counts).toEqual({ rows: 3, valid: 2, withWarnings: 0, blocking: 1 });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await h.get(`/api/imports/${up.body.batchId}/error-workbook`)).raw as unknown as ExcelJS.Buffer,
    );
    const row = wb.worksheets[0]!.getRow(2);
    expect(row.getCell(6).value).toBe("'=1+2");
    expect(row.getCell(7).value).toBe("'@SUM(A1)");
    for (let c = 1; c <= row.cellCount; c++)
      expect(typeof row.getCell(c).value === 'object' && row.getCell(c).formula).toBeFalsy();
  });

  it('climbs the ladder: 401 without a session, 400 for bad input, 404 for another school, 400 for a non-school', async () => {
    const { payload, headers } = multipart(readFileSync(h.files['utf16.csv']), 'ds.csv');
    const anonymous = await h.ctx.app.inject({
      method: 'POST',
      url: `/api/imports/students?unitId=${h.school.id}&schoolYearId=${h.yearId}`,
      headers: { 'x-csrf-token': '1', ...headers },
      payload,
    });
    expect(anonymous.statusCode).toBe(401);
    const noYear = await h.ctx.app.inject({
      method: 'POST',
      url: `/api/imports/students?unitId=${h.school.id}`,
      headers: h.principal.headers,
    });
    expect(noYear.statusCode).toBe(400);
    const notMultipart = await h.post(
      `/api/imports/students?unitId=${h.school.id}&schoolYearId=${h.yearId}`,
      { a: 1 },
    );
    expect([400, 415]).toContain(notMultipart.statusCode);
    const sibling = await h.upload('utf16.csv', { unitId: h.sibling.id });
    expect(sibling.statusCode).toBe(404);
    const unknownYear = await h.upload('utf16.csv', { yearId: crypto.randomUUID() });
    expect(unknownYear.statusCode).toBe(400);
    expect((unknownYear.body as unknown as ErrorBody).error.code).toBe('IMPORT_SCHOOL_YEAR_UNKNOWN');

    const officer = await seedUser(h.ctx, {
      unit: h.commune,
      roles: [{ roleCode: 'department_data_officer' }],
    });
    const session = await signIn(h.ctx.app, officer);
    const commune = await h.upload('utf16.csv', { unitId: h.commune.id, session });
    expect(commune.statusCode).toBe(400);
    expect((commune.body as unknown as ErrorBody).error.code).toBe('IMPORT_UNIT_NOT_SCHOOL');
    // The officer may import for a school of the commune.
    expect((await h.upload('utf16.csv', { session })).statusCode).toBe(202);

    // Another school's principal cannot see, follow, commit or cancel the batch.
    const mine = await h.upload('utf16.csv');
    const id = mine.body.batchId as string;
    await h.runJobs();
    for (const url of [
      `/api/imports/${id}`,
      `/api/imports/${id}/findings`,
      `/api/imports/${id}/events`,
      `/api/imports/${id}/error-workbook`,
    ])
      expect((await h.get(url, h.otherPrincipal)).statusCode, url).toBe(404);
    expect(
      (await h.post(`/api/imports/${id}/commit`, { mode: 'valid_only' }, h.otherPrincipal)).statusCode,
    ).toBe(404);
    expect((await h.post(`/api/imports/${id}/cancel`, {}, h.otherPrincipal)).statusCode).toBe(404);
    // Mass assignment: extra body fields are refused, not applied.
    const extra = await h.post(`/api/imports/${id}/commit`, { mode: 'valid_only', unitId: h.sibling.id });
    expect(extra.statusCode).toBe(400);
  });

  it('survives fuzzing: random bytes under every extension are a 4xx, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 2048 }),
        fc.constantFrom('.xlsx', '.xls', '.csv'),
        fc.constantFrom<Uint8Array | null>(
          null,
          Buffer.from('PK\u0003\u0004'),
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        ),
        async (bytes, extension, prefix) => {
          const data = Buffer.concat([prefix ?? Buffer.alloc(0), Buffer.from(bytes)]);
          const res = await h.upload({ name: `fuzz${extension}`, data });
          if (res.statusCode === 202) return; // a valid-looking CSV: the analysis handles the rest
          expect(res.statusCode, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    // Whatever was accepted analyses to an end state, not a crash.
    await h.runJobs();
  });
});

describeEachDb('student import: upload size limit', (kind) => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await createImportHarness(kind, { uploadLimitBytes: 64 * 1024 });
  });
  afterAll(() => h.ctx.close());

  describe('oversize', () => {
    it('a file over UPLOAD_LIMIT_BYTES is refused with 413 and a Vietnamese message', async () => {
      const res = await h.upload('zip-bomb.xlsx');
      expect(res.statusCode).toBe(413);
      expect((res.body as unknown as ErrorBody).error).toMatchObject({ code: 'FILE_TOO_LARGE' });
      expect((res.body as unknown as ErrorBody).error.message).toMatch(VIETNAMESE);
    });
  });
});
