import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ADMIN_PASSWORD } from '../playwright.config';
import {
  apiCall,
  completeMfa,
  createAccount,
  createCommuneAndSchool,
  schoolYear2025,
  signIn,
  signOut,
} from './helpers';

/**
 * The sector database's core story in Chromium: a school data clerk uploads
 * the kind of pupil list schools really send (legacy TCVN3 and VNI text, an
 * Excel serial date, a retired 11-digit mobile number, columns in another
 * order, one row with an invalid personal id), reviews every standardised
 * value and the per-cell error in Vietnamese, writes the valid rows only,
 * downloads the error workbook and finds the pupils in the list; uploading
 * the same file again adds nobody. A teacher then sees the class with
 * personal ids masked.
 *
 * Independent of foundation.spec.ts: its own unit codes and usernames; the
 * admin is signed in whether or not another spec enrolled MFA already.
 */

const SCHOOL = { code: 'THCS-E2E-NHAPLIEU', name: 'Trường THCS Nhập Liệu (e2e)' };
const COMMUNE = { code: 'XA-E2E-NHAPLIEU', name: 'UBND xã Nhập Liệu (e2e)' };
const CLERK = { username: 'vt.e2e.nhaplieu', fullName: 'Đỗ Thị Thu Trang' };
const TEACHER = { username: 'gv.e2e.nhaplieu', fullName: 'Vũ Văn Nam' };
const NEW_PASSWORD = 'nhập liệu đầu năm học mới 2025';

/** One pupil row; the name is given as typed in the legacy encoding the row's font says. */
interface Row {
  name: string;
  /** The same name in Unicode, as the list shows it after the import. */
  unicode: string;
  font?: '.VnTime' | 'VNI-Times';
  gender: string;
  birth: string | number;
  className: string;
  pid: string;
  phone: string;
  ethnicity: string;
}

const excelSerial = (iso: string) =>
  Math.round(
    (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) /
      86_400_000,
  );

// The legacy strings are what TCVN3 (.VnTime) and VNI-Windows fonts store for these names
// (computed with @edushield/core's toTcvn3/toVni).
const ROWS: Row[] = [
  {
    name: 'Ph¹m Minh §øc',
    unicode: 'Phạm Minh Đức',
    font: '.VnTime',
    gender: 'Nam',
    birth: excelSerial('2014-02-14'),
    className: '6A1',
    pid: '008214003311',
    phone: '01629123456',
    ethnicity: 'Kinh',
  },
  {
    name: 'Nguyeãn Thò Thu Haø',
    unicode: 'Nguyễn Thị Thu Hà',
    font: 'VNI-Times',
    gender: 'Nöõ',
    birth: '12/03/2014',
    className: '6A1',
    pid: '008314005522',
    phone: '0967123456',
    ethnicity: 'Taøy',
  },
  {
    name: 'Lê Hoàng Phúc',
    unicode: 'Lê Hoàng Phúc',
    gender: 'Nam',
    birth: '21/11/2014',
    className: '6A2',
    // Ten digits: the personal id is invalid, the row is blocked.
    pid: '0082140090',
    phone: '0903456789',
    ethnicity: 'Kinh',
  },
  {
    name: '§ç ThÞ Hång Nhung',
    unicode: 'Đỗ Thị Hồng Nhung',
    font: '.VnTime',
    gender: 'N÷',
    birth: '5/9/2014',
    className: '6A2',
    pid: '008314007744',
    phone: '0356111222',
    ethnicity: 'Kinh',
  },
];
const VALID = ROWS.filter((row) => row.pid.length === 12);

/** The messy file: columns in another order than the national template, legacy fonts, a serial date. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS lop 6');
  ws.addRow([
    'Ngày sinh',
    'Số định danh cá nhân',
    'Giới tính',
    'Họ và tên',
    'Lớp',
    'Số điện thoại',
    'Dân tộc',
    'STT',
  ]);
  ROWS.forEach((row, index) => {
    const added = ws.addRow([
      row.birth,
      row.pid,
      row.gender,
      row.name,
      row.className,
      row.phone,
      row.ethnicity,
      index + 1,
    ]);
    if (row.font) added.eachCell((cell) => (cell.font = { name: row.font }));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ------------------------------------------------------------------ sign-in helpers

async function signInAsAdmin(page: Page) {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

/** A new account's first sign-in: the one-time password is changed, MFA enrolled when the role needs it. */
async function firstSignIn(page: Page, username: string, oneTimePassword: string) {
  await signIn(page, username, oneTimePassword);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL((url) => url.pathname !== '/change-password');
  await completeMfa(page, username);
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

// ------------------------------------------------------------------ API set-up (as the admin)

interface RoleInfo {
  code: string;
  permissions: string[];
}

/**
 * The school, its profile, year and classes, and two accounts. Roles are those a school
 * really uses when the role catalogue gives them the permissions (school_data_clerk with
 * sector.import, teacher with sector.read); until then stand-ins with the same
 * permissions, as the API's own tests do: a principal, and a commune officer (sector.read
 * without sector.read_personal).
 */
async function setUpSchool(request: APIRequestContext) {
  const { schoolId } = await createCommuneAndSchool(request, COMMUNE, SCHOOL, 'THCS');
  const yearId = await schoolYear2025(request);

  for (const name of ['6A1', '6A2']) {
    const made = await apiCall(request, 'POST', '/api/classes', {
      unitId: schoolId,
      schoolYearId: yearId,
      name,
      grade: 6,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  }

  const roles = (await apiCall<RoleInfo[]>(request, 'GET', '/api/roles')).body;
  const has = (code: string, permission: string) =>
    roles.find((role) => role.code === code)?.permissions.includes(permission) ?? false;
  const clerkRole = has('school_data_clerk', 'sector.import') ? 'school_data_clerk' : 'school_principal';
  const teacherRole = has('teacher', 'sector.read') ? 'teacher' : 'commune_officer';
  return {
    schoolId,
    clerkPassword: await createAccount(request, CLERK, schoolId, clerkRole),
    teacherPassword: await createAccount(request, TEACHER, schoolId, teacherRole),
  };
}

// ------------------------------------------------------------------ the wizard

async function uploadAndPreview(page: Page, file: Buffer) {
  await page.getByRole('link', { name: 'CSDL ngành' }).first().click();
  await page
    .getByRole('navigation', { name: 'Các mục của CSDL ngành' })
    .getByRole('link', {
      name: 'Nhập dữ liệu từ Excel',
    })
    .click();
  await expect(page.getByRole('heading', { name: 'Nhập học sinh từ Excel', level: 1 })).toBeVisible();
  // The clerk has one school: it is chosen already, with the current school year.
  await expect(page.getByRole('combobox', { name: 'Trường' })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Năm học' })).toContainText('2025-2026');
  await page.getByLabel('Tệp danh sách học sinh').setInputFiles({
    name: 'danh-sach-lop-6.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(page.getByRole('heading', { name: 'Xem trước kết quả kiểm tra' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('Chưa có dữ liệu nào được ghi vào CSDL.')).toBeVisible();
}

async function commitValidRows(page: Page) {
  const allOrNothing = page.getByRole('radio', { name: /Tất cả hoặc không/ });
  await expect(allOrNothing).toBeDisabled();
  await expect(page.getByText(/Không chọn được vì còn 1 dòng có lỗi chặn/)).toBeVisible();
  await page.getByRole('radio', { name: /Chỉ ghi các dòng hợp lệ/ }).check();
  await page.getByRole('button', { name: 'Ghi dữ liệu' }).click();
  // The bar of the write phase runs to its end; the result replaces it.
  await expect(page.getByRole('heading', { name: 'Đã ghi dữ liệu' })).toBeVisible({ timeout: 60_000 });
  const bar = page.locator('progress.progress');
  expect(await bar.evaluate((element) => (element as HTMLProgressElement).value)).toBe(100);
  await expect(page.getByText(`Hoàn tất · ${VALID.length}/${VALID.length} dòng`)).toBeVisible();
}

const stat = (page: Page, label: string) =>
  page
    .locator('.import-stats > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

test('a school clerk imports a messy pupil list, then a teacher sees the class masked', async ({ page }) => {
  test.setTimeout(240_000);
  const file = await messyWorkbook();

  await signInAsAdmin(page);
  const { clerkPassword, teacherPassword } = await setUpSchool(page.request);
  await signOut(page);

  // ---- the clerk: upload, preview, write the valid rows
  await firstSignIn(page, CLERK.username, clerkPassword);
  await uploadAndPreview(page, file);

  await expect(stat(page, 'Số dòng')).toHaveText(String(ROWS.length));
  await expect(stat(page, 'Có lỗi chặn')).toHaveText('1');
  // The legacy encodings were recognised column by column.
  await expect(page.getByText(/được chuyển từ bảng mã TCVN3 sang Unicode/).first()).toBeVisible();

  const findings = page.getByRole('table', { name: 'Chi tiết kiểm tra từng ô' });
  const change = (before: string, after: string) =>
    findings.getByRole('row').filter({ hasText: before }).filter({ hasText: after });
  await expect(change('Ph¹m Minh §øc', 'Phạm Minh Đức')).toHaveCount(1);
  await expect(change('Nguyeãn Thò Thu Haø', 'Nguyễn Thị Thu Hà')).toHaveCount(1);
  await expect(change(String(excelSerial('2014-02-14')), '14/02/2014')).toHaveCount(1);
  await expect(change('01629123456', '0329123456')).toHaveCount(1);
  // The invalid personal id: a blocking problem on its cell, with the fix, in Vietnamese.
  await page.getByRole('radio', { name: 'Lỗi chặn', exact: true }).check();
  const blocking = findings.getByRole('row').filter({ hasText: 'Số định danh cá nhân' });
  await expect(blocking).toHaveCount(1);
  await expect(blocking).toContainText('Lỗi chặn');
  await expect(blocking).toContainText('phải gồm đúng 12 chữ số');
  await expect(findings.locator('.findings__rowhead')).toHaveText(['Dòng 4']);

  await commitValidRows(page);
  await expect(stat(page, 'Thêm mới')).toHaveText(String(VALID.length));
  await expect(stat(page, 'Bỏ qua')).toHaveText('1');

  // The error workbook: the blocked row, downloaded through fetch → blob.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp lỗi' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loi-nhap-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const cells = workbook.worksheets
    .flatMap((sheet) => sheet.getSheetValues())
    .flat()
    .map((value) =>
      value && typeof value === 'object' && 'richText' in value ? JSON.stringify(value) : String(value),
    );
  expect(cells.join('\n')).toContain('Lê Hoàng Phúc');

  // The pupils are in the list, names in Unicode.
  await page.getByRole('link', { name: 'Xem danh sách học sinh' }).click();
  await expect(page.getByRole('heading', { name: 'Học sinh', level: 1 })).toBeVisible();
  const list = page.getByRole('table', { name: 'Danh sách học sinh' });
  for (const row of VALID) await expect(list.getByRole('link', { name: row.unicode })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Lê Hoàng Phúc' })).toHaveCount(0);
  await expect(page.getByText(`Hiển thị 1–${VALID.length} trên tổng số ${VALID.length}`)).toBeVisible();
  // Accent-insensitive search on the server.
  await page.getByLabel('Tìm học sinh').fill('pham minh duc');
  await expect(list.getByRole('link')).toHaveText(['Phạm Minh Đức']);
  await page.getByLabel('Tìm học sinh').fill('');

  // ---- the same file again: nothing new is created
  await uploadAndPreview(page, file);
  await commitValidRows(page);
  await expect(stat(page, 'Thêm mới')).toHaveText('0');
  await expect(stat(page, 'Không đổi')).toHaveText(String(VALID.length));
  await page.getByRole('link', { name: 'Xem danh sách học sinh' }).click();
  await expect(page.getByText(`Hiển thị 1–${VALID.length} trên tổng số ${VALID.length}`)).toBeVisible();
  await page.screenshot({ path: '../test-results/sector-import-list.png', fullPage: true });
  await signOut(page);

  // ---- the teacher: the class, personal ids masked
  await firstSignIn(page, TEACHER.username, teacherPassword);
  await page.getByRole('link', { name: 'CSDL ngành' }).first().click();
  await page
    .getByRole('navigation', { name: 'Các mục của CSDL ngành' })
    .getByRole('link', { name: 'Lớp học' })
    .click();
  await expect(page.getByRole('heading', { name: 'Lớp học', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Xem học sinh lớp 6A1' }).click();
  const masked = page.getByRole('table', { name: 'Danh sách học sinh' });
  const inClass = VALID.filter((row) => row.className === '6A1');
  for (const row of inClass) await expect(masked.getByRole('link', { name: row.unicode })).toBeVisible();
  await expect(masked.getByRole('row')).toHaveCount(inClass.length + 1);
  await expect(masked.getByText('Bạn không có quyền xem thông tin này')).toHaveCount(inClass.length);
  await expect(page.getByText(/Một số thông tin cá nhân được ẩn/)).toBeVisible();
  // No personal id number anywhere on the page.
  const pageText = await page.locator('#main').innerText();
  for (const row of VALID) expect(pageText).not.toContain(row.pid);
  expect(pageText).not.toMatch(/\b\d{12}\b/);
  // The pupil's page: personal fields and the family withheld too.
  await masked.getByRole('link', { name: inClass[0]!.unicode }).click();
  await expect(page.getByRole('heading', { name: inClass[0]!.unicode, level: 1 })).toBeVisible();
  await expect(
    page.getByText('Thông tin gia đình được ẩn vì bạn không có quyền xem thông tin cá nhân.'),
  ).toBeVisible();
  expect(await page.locator('#main').innerText()).not.toContain(inClass[0]!.pid);
  await page.screenshot({ path: '../test-results/sector-import-masked.png', fullPage: true });
});
