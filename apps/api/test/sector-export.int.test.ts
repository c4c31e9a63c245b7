import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MASK } from '../src/lib/personal-data';
import { createTestContext, describeEachDb, type TestContext } from './helpers';
import { auditCount, buildSectorWorld, caller, type SectorWorld } from './sector-fixtures';

/**
 * Exports of pupils (security test 13: formula injection; security test 4:
 * masking holds in files too) and the pre-filled import template.
 */
const NATIONAL_HEADER = [
  'Mã lớp',
  'Mã học sinh',
  'Họ tên',
  'Ngày sinh',
  'Giới tính',
  'Trạng thái',
  'Ngày nhập trạng thái',
  'Dân tộc',
  'Loại khuyết tật',
  'Số định danh cá nhân',
];
const PID = '079219000010';

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

describeEachDb('sector: student export and template', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let api: ReturnType<typeof caller>;
  let studentCode: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    api = caller(ctx);
    const base = { unitId: w.schoolA.id, classId: w.classA1.id, birthDate: '2019-04-04', genderCode: '1' };
    const evil = await api(w.as.clerkA, 'POST', '/api/students', {
      ...base,
      fullName: '=cmd|"/c calc"!A1',
      ethnicityCode: '05',
    });
    expect(evil.statusCode, evil.body).toBe(201);
    const second = await api(w.as.clerkA, 'POST', '/api/students', {
      ...base,
      fullName: '-lò văn sáu',
      birthPlace: '@SUM(1+1)',
      personalId: PID,
      phone: '0912000111',
      address: '+ 1 đường Số 2',
    });
    expect(second.statusCode, second.body).toBe(201);
    studentCode = second.json().studentCode;
    const other = await api(w.as.clerkC, 'POST', '/api/students', {
      unitId: w.schoolC.id,
      fullName: 'Mai Anh',
      birthDate: '2014-01-01',
      genderCode: '2',
    });
    expect(other.statusCode).toBe(201);
  });
  afterAll(() => ctx.close());

  it('climbs the ladder', async () => {
    expect((await api(null, 'GET', '/api/students/export')).statusCode).toBe(401);
    expect((await api(w.as.clerkA, 'GET', '/api/students/export?format=pdf')).statusCode).toBe(400);
    expect((await api(w.as.deptAdmin, 'GET', '/api/students/export')).statusCode).toBe(403);
    expect((await api(w.as.commune1, 'GET', `/api/students/export?unitId=${w.commune2.id}`)).statusCode).toBe(
      404,
    );
  });

  it('xlsx: the national layout, every formula neutralised, personal data for those who may see it', async () => {
    const before = await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id);
    const res = await api(w.as.clerkA, 'GET', `/api/students/export?unitId=${w.schoolA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="hoc-sinh-\d{8}\.xlsx"/);
    expect(res.headers['cache-control']).toBe('no-store');
    const rows = (await readXlsx(res.rawPayload)).get('HocSinh')!;
    expect(rows[0]!.slice(0, 10)).toEqual(NATIONAL_HEADER);
    expect(rows).toHaveLength(3);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    const sau = rows.find((r) => r[1] === studentCode)!;
    expect(sau.slice(0, 10)).toEqual([
      w.classA1.code,
      studentCode,
      "'-Lò Văn Sáu",
      '04/04/2019',
      'Nam',
      'Đang học',
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      '',
      '',
      PID,
    ]);
    expect(sau).toContain("'@SUM(1+1)");
    expect(sau).toContain("'+ 1 đường Số 2");
    expect(rows.some((r) => r[2]?.startsWith("'=Cmd"))).toBe(true);
    expect(await auditCount(ctx.db, 'student.personal_read', w.users.clerkA.id)).toBe(before + 1);
    expect(await auditCount(ctx.db, 'student.export', w.users.clerkA.id)).toBe(1);
  });

  it('xlsx, csv and json are masked for a reader without sector.read_personal, and stay in scope', async () => {
    const xlsx = await api(w.as.commune1, 'GET', '/api/students/export');
    const rows = (await readXlsx(xlsx.rawPayload)).get('HocSinh')!;
    expect(rows).toHaveLength(3);
    const pidColumn = rows[0]!.indexOf('Số định danh cá nhân');
    const ethnicityColumn = rows[0]!.indexOf('Dân tộc');
    for (const row of rows.slice(1)) {
      expect(row[pidColumn]).toBe(MASK);
      expect(row[ethnicityColumn]).toBe(MASK);
      // The birth place "@SUM(1+1)" by its whole text: class codes are base-36 clock readings ("TMWSUM…").
      expect(row.join('|')).not.toMatch(/079219000010|0912000111|SUM\(1\+1\)|Khơ-me/);
    }

    const csv = await api(w.as.commune1, 'GET', '/api/students/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="hoc-sinh-\d{8}\.csv"/);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.rawPayload.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]!.split(',').slice(0, 10)).toEqual(NATIONAL_HEADER);
    expect(text).toContain("'-Lò Văn Sáu");
    expect(text).toContain('"\'=Cmd|""/C Calc""!A1"');
    expect(text).not.toContain(PID);
    expect(text).not.toContain('Mai Anh');

    const json = await api(w.as.commune1, 'GET', `/api/students/export?format=json&classId=${w.classA1.id}`);
    expect(json.headers['content-disposition']).toMatch(/^attachment;/);
    const body = JSON.parse(json.rawPayload.toString('utf8'));
    expect(body.fields.slice(0, 3)).toEqual(['classCode', 'studentId', 'fullName']);
    const record = body.records.find((r: { studentId: string }) => r.studentId === studentCode);
    expect(record).toMatchObject({
      fullName: '-Lò Văn Sáu',
      birthDate: '2019-04-04',
      gender: '1',
      personalId: null,
    });
    expect(record.masked).toEqual(
      expect.arrayContaining(['personalId', 'ethnicity', 'phone', 'placeOfBirth']),
    );
    expect(await auditCount(ctx.db, 'student.personal_read', w.users.commune1.id)).toBe(0);
    expect(await auditCount(ctx.db, 'student.export', w.users.commune1.id)).toBe(3);
  });

  it('the template lists the school’s classes and current pupils for correction', async () => {
    expect((await api(w.as.clerkA, 'GET', '/api/students/template')).statusCode).toBe(400);
    expect((await api(w.as.clerkA, 'GET', `/api/students/template?unitId=${w.schoolB.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await api(w.as.commune1, 'GET', `/api/students/template?unitId=${w.schoolA.id}`)).statusCode,
    ).toBe(403);
    const res = await api(
      w.as.clerkA,
      'GET',
      `/api/students/template?unitId=${w.schoolA.id}&schoolYearId=${w.yearId}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('mau-hoc-sinh-2025-2026.xlsx');
    const sheets = await readXlsx(res.rawPayload);
    expect([...sheets.keys()]).toEqual(['HocSinh', 'DanhSachLop', 'HuongDan']);
    expect(sheets.get('DanhSachLop')).toContainEqual([w.classA1.code, '1A', '1', '2025-2026']);
    const pupils = sheets.get('HocSinh')!;
    expect(pupils).toHaveLength(3);
    expect(pupils.find((r) => r[1] === studentCode)?.[0]).toBe(w.classA1.code);
  });
});
