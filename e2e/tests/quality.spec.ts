import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import { apiCall, completeMfa, createAccount, createCommuneAndSchool, signIn, signOut } from './helpers';

/**
 * The data-quality worklist in Chromium (issue #4): the department data
 * officer names the school's clerk responsible for its data, writes a
 * class-size rule without code (bad parameters are refused with a
 * Vietnamese message and nothing is saved), runs it ("Kiểm tra ngay") and
 * sees the issue and the school's score; the clerk finds the issue in "Việc
 * của tôi", comments, takes it on, and accepts an exception — refused
 * without a reason, accepted with one — after which the score is 100.
 *
 * Independent of the other specs and of earlier runs on a reused server:
 * every code and username carries a per-run suffix. With QUALITY_SHOTS set
 * to a directory, each quality screen is saved at 1280 px and 375 px.
 */

const RUN = Date.now().toString(36).slice(-6).toUpperCase();
const run = RUN.toLowerCase();
const W = {
  commune: { code: `XA-E2E-CL-${RUN}`, name: `UBND xã Chất Lượng ${RUN} (e2e)` },
  school: { code: `TH-E2E-CL-${RUN}`, name: `Trường Tiểu học Chất Lượng ${RUN} (e2e)` },
  officer: { username: `so.e2e.cl.${run}`, fullName: 'Phạm Thị Ngọc Lan' },
  clerk: { username: `vt.e2e.cl.${run}`, fullName: 'Hoàng Văn Đức' },
  password: 'dữ liệu sạch từ trường lên Sở 2026',
  rule: { code: `SO_E2E_SISO_${RUN}`, name: `Sĩ số lớp tiểu học tối đa 2 (e2e ${RUN})` },
  badRule: `SO_E2E_SAI_${RUN}`,
  className: '1A',
  pupils: [
    ['Nguyễn Văn An', '2019-02-11', '1'],
    ['Trần Thị Bình', '2019-06-23', '2'],
    ['Lê Minh Châu', '2019-10-05', '2'],
  ] as const,
  comment: 'Lớp 1A là lớp ghép theo công văn của Sở, đang xin xác nhận.',
  reason: 'Lớp ghép điểm trường lẻ được Sở cho phép năm học 2025–2026.',
};
const SHOTS = process.env.QUALITY_SHOTS;

// ------------------------------------------------------------------ helpers

/** First sign-in of an account made with a one-time password: new password, then MFA enrolment. */
async function firstSignIn(page: Page, username: string, oneTimePassword: string) {
  await signIn(page, username, oneTimePassword);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(W.password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(W.password);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await completeMfa(page, username);
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

/**
 * Chooses a unit by its code in a UnitPicker labelled `label` (a plain select
 * with few units; a filter box and a select once the shared server has many).
 */
async function pickUnit(scope: Page | Locator, label: string, code: string) {
  const group = scope.getByRole('group', { name: label, exact: true });
  let select = scope.getByRole('combobox', { name: label, exact: true });
  await expect(group.or(select)).toBeVisible();
  if (await group.count()) {
    await group.getByLabel('Tìm trong danh sách').fill(code);
    select = group.getByRole('combobox', { name: 'Chọn đơn vị' });
  }
  const option = select.locator('option', { hasText: `(${code})` });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  // Toasts and a scrolled sticky header would hide the screen itself.
  await page.locator('.toast button').evaluateAll((buttons) => {
    for (const button of buttons) (button as HTMLButtonElement).click();
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * The screen fits a phone: nothing wider than 375 px but the tables, which
 * scroll inside their frame; `onPhone` checks more at that width.
 */
async function fitsPhone(page: Page, name: string, onPhone?: () => Promise<void>) {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} is wider than a 375 px screen`).toBeLessThanOrEqual(0);
  await onPhone?.();
  await shot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, `${name}-1280`);
}

async function openQuality(page: Page, screen: string) {
  await page.getByRole('link', { name: 'Chất lượng', exact: true }).first().click();
  await page
    .getByRole('navigation', { name: 'Các trang chất lượng dữ liệu' })
    .getByRole('link', { name: screen })
    .click();
}

// ------------------------------------------------------------------ API set-up (as the admin)

interface World {
  schoolId: string;
  passwords: { officer: string; clerk: string };
}

/** A commune with one primary school: profile, a class 1A of the current year with three pupils; two accounts. */
async function setUp(request: APIRequestContext): Promise<World> {
  const { rootId, schoolId } = await createCommuneAndSchool(request, W.commune, W.school, 'TH');
  // Rules count classes of the current school year: use the one other specs made current, else make one.
  const created = await apiCall(request, 'POST', '/api/school-years', {
    code: '2025-2026',
    startsOn: '2025-09-05',
    endsOn: '2026-05-31',
    isCurrent: true,
  });
  expect([201, 409]).toContain(created.status);
  const years = (
    await apiCall<{ items: { id: string; isCurrent: boolean }[] }>(request, 'GET', '/api/school-years')
  ).body.items;
  const year = years.find((y) => y.isCurrent);
  expect(year, 'a current school year').toBeDefined();
  const klass = await apiCall<{ id: string }>(request, 'POST', '/api/classes', {
    unitId: schoolId,
    schoolYearId: year!.id,
    name: W.className,
    grade: 1,
  });
  expect(klass.status, JSON.stringify(klass.body)).toBe(201);
  for (const [fullName, birthDate, genderCode] of W.pupils) {
    const pupil = await apiCall(request, 'POST', '/api/students', {
      unitId: schoolId,
      classId: klass.body.id,
      fullName,
      birthDate,
      genderCode,
    });
    expect(pupil.status, JSON.stringify(pupil.body)).toBe(201);
  }
  return {
    schoolId,
    passwords: {
      officer: await createAccount(request, W.officer, rootId, 'department_data_officer'),
      clerk: await createAccount(request, W.clerk, schoolId, 'school_data_clerk'),
    },
  };
}

// ------------------------------------------------------------------ the story

test('the department names a responsible clerk, a rule without code finds an oversized class, the clerk handles it', async ({
  page,
}) => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
  const world = await setUp(page.request);
  await signOut(page);

  // 1. The department officer names the clerk responsible for the school's data.
  await firstSignIn(page, W.officer.username, world.passwords.officer);
  await openQuality(page, 'Phân công trách nhiệm');
  await expect(page.getByRole('heading', { name: 'Phân công trách nhiệm dữ liệu' })).toBeVisible();
  await pickUnit(page, 'Đơn vị', W.school.code);
  await expect(page.getByText('Chưa có phân công nào cho đơn vị này.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm phân công' }).click();
  const assign = page.getByRole('dialog', { name: `Phân công cho ${W.school.name}` });
  await assign.getByLabel('Tìm người theo tên hoặc tên đăng nhập').fill(W.clerk.username);
  const person = assign.getByRole('combobox', { name: 'Người', exact: true });
  await expect(person.locator('option', { hasText: W.clerk.username })).toHaveCount(1);
  await person.selectOption({ label: `${W.clerk.fullName} (${W.clerk.username}) · ${W.school.name}` });
  await assign.getByLabel('Nhiệm vụ').selectOption({ label: 'Người phụ trách' });
  await assign.getByLabel('Nhóm dữ liệu').selectOption({ label: 'Tất cả nhóm dữ liệu' });
  await assign.getByRole('button', { name: 'Thêm phân công' }).click();
  await expect(page.getByText('Đã phân công.')).toBeVisible();
  const assigned = page.getByRole('row', { name: new RegExp(W.clerk.username.replace(/\./g, '\\.')) });
  await expect(assigned).toContainText(W.clerk.fullName);
  await expect(assigned).toContainText('Người phụ trách');
  await expect(assigned).toContainText('Tất cả nhóm dữ liệu');
  await fitsPhone(page, 'responsibilities');

  // 5. Bad parameters: a clear Vietnamese message at each field, nothing saved.
  await openQuality(page, 'Quy tắc');
  await expect(page.getByRole('heading', { name: 'Quy tắc chất lượng dữ liệu' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm quy tắc' });
  await form.getByLabel('Mã quy tắc').fill(W.badRule);
  await form.getByLabel('Tên (tiếng Việt)').fill('Quy tắc sai tham số (e2e)');
  await form.getByLabel('Tên (tiếng Anh)').fill('Bad parameters (e2e)');
  await form.getByLabel('Sĩ số tối đa (chung)').fill('');
  await form.getByLabel(/Tối đa cho tiểu học/).fill('-5');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByText('Tham số của quy tắc chưa hợp lệ.', { exact: false })).toBeVisible();
  await expect(form.getByLabel('Sĩ số tối đa (chung)')).toHaveAccessibleDescription(/Chưa nhập tham số này/);
  await expect(form.getByLabel(/Tối đa cho tiểu học/)).toHaveAccessibleDescription(
    /Giá trị nằm ngoài khoảng cho phép.*1–200/,
  );
  await shot(page, 'rule-form-errors-1280');
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(W.badRule)).toHaveCount(0);
  const catalogue = await apiCall<{ rules: { code: string }[] }>(
    page.request,
    'GET',
    '/api/quality/catalogue',
  );
  expect(catalogue.body.rules.map((r) => r.code)).not.toContain(W.badRule);

  // 2. A class-size rule without code, for the commune, run now.
  await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
  await form.getByLabel('Mã quy tắc').fill(W.rule.code);
  await expect(form.getByLabel('Loại quy tắc')).toHaveValue('class_size');
  await form.getByLabel('Tên (tiếng Việt)').fill(W.rule.name);
  await form.getByLabel('Tên (tiếng Anh)').fill(`Primary class size at most 2 (e2e ${RUN})`);
  await form.getByLabel('Mức độ').selectOption({ label: 'Cảnh báo' });
  await pickUnit(form, 'Áp dụng cho đơn vị', W.commune.code);
  await form.getByLabel('Sĩ số tối đa (chung)').fill('45');
  await form.getByLabel(/Tối đa cho tiểu học/).fill('2');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu quy tắc.')).toBeVisible();
  await expect(form).toBeHidden();
  const ruleRow = page.getByRole('row', { name: new RegExp(W.rule.code) });
  await expect(ruleRow).toContainText(W.rule.name);
  await expect(ruleRow).toContainText(W.commune.name);

  await pickUnit(page, 'Kiểm tra đơn vị', W.commune.code);
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
  await expect(page.getByText('Đã xếp lịch kiểm tra.', { exact: false })).toBeVisible();
  const runRow = page.getByRole('table', { name: 'Các lần kiểm tra gần đây' }).getByRole('row', {
    name: new RegExp(W.commune.name.replace(/[()]/g, '.')),
  });
  await expect(runRow.first()).toContainText('Xong', { timeout: 30_000 });
  await expect(runRow.first()).toContainText('Tìm thấy 1 · mới 1');
  await expect(ruleRow.getByRole('cell').nth(6)).toHaveText('1');
  await fitsPhone(page, 'rules');

  // The issue is in the scope list, assigned to the clerk; the school's score counts it.
  await openQuality(page, 'Vấn đề trong phạm vi');
  await pickUnit(page, 'Đơn vị', W.school.code);
  const scopeRow = page.getByRole('row', { name: new RegExp(`Xem vấn đề: ${W.className}`) });
  await expect(scopeRow).toContainText('Lớp 1A có 3 học sinh, vượt sĩ số tối đa 2.');
  await expect(scopeRow).toContainText(W.clerk.fullName);
  await expect(scopeRow).toContainText('Mới');
  await fitsPhone(page, 'issues');

  await openQuality(page, 'Điểm chất lượng');
  await pickUnit(page, 'Xem đơn vị', W.commune.code);
  // 3 pupils + 1 class + 1 school profile = 5 records; one open warning weighs 1/4: 100 × (1 − 0.25/5) = 95.
  const schoolScore = page.getByRole('row', { name: new RegExp(W.school.name.replace(/[()]/g, '.')) });
  await expect(schoolScore).toContainText('95,0');
  await expect(schoolScore.getByRole('cell').nth(1)).toHaveText('5');
  await signOut(page);

  // 3. The clerk finds the issue in "Việc của tôi" and handles it.
  await firstSignIn(page, W.clerk.username, world.passwords.clerk);
  await openQuality(page, 'Việc của tôi');
  await expect(page.getByRole('heading', { name: 'Việc của tôi' })).toBeVisible();
  const mine = page.getByRole('row', { name: new RegExp(`Xem vấn đề: ${W.className}`) });
  await expect(mine).toContainText(W.rule.name);
  await expect(mine).toContainText('Cảnh báo');
  // On a phone each issue is a card: the problem reads without scrolling sideways.
  await fitsPhone(page, 'mine', async () => {
    const box = await mine.getByText('Lớp 1A có 3 học sinh', { exact: false }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });
  await mine.getByRole('link', { name: `Xem vấn đề: ${W.className}` }).click();
  await expect(page.getByRole('link', { name: '← Việc của tôi' })).toBeVisible();

  await expect(page.getByRole('heading', { name: `${W.className} · ${W.rule.name}` })).toBeVisible();
  await expect(page.getByText('Lớp 1A có 3 học sinh, vượt sĩ số tối đa 2.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mở hồ sơ để sửa' })).toHaveAttribute(
    'href',
    `/sector/classes?school=${world.schoolId}`,
  );
  const history = page.getByRole('region', { name: 'Lịch sử' });
  await expect(history).toContainText('Phát hiện bởi lần kiểm tra');

  await page.getByLabel('Ghi chú').fill(W.comment);
  await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await expect(page.getByText('Đã thêm ghi chú.')).toBeVisible();
  await expect(history).toContainText(W.comment);
  await expect(history).toContainText(W.clerk.fullName);

  await page.getByRole('button', { name: 'Nhận xử lý' }).click();
  await expect(page.getByText('Đã chuyển sang “Đang xử lý”.')).toBeVisible();
  await expect(history).toContainText('Mới → Đang xử lý');

  await page.getByRole('button', { name: 'Chấp nhận ngoại lệ…' }).click();
  const exception = page.getByRole('dialog', { name: 'Chấp nhận ngoại lệ' });
  await exception.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(exception.getByLabel('Lý do')).toHaveAccessibleDescription(/Chấp nhận ngoại lệ cần ghi lý do/);
  // Said once, at the field: not again above it nor on the page behind the dialog.
  await expect(page.getByText(/Chấp nhận ngoại lệ cần ghi lý do/)).toHaveCount(1);
  await expect(history).not.toContainText('Chấp nhận ngoại lệ');
  await fitsPhone(page, 'exception-no-reason');
  await exception.getByLabel('Lý do').fill(W.reason);
  await exception.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(exception).toBeHidden();
  await expect(page.getByText('Đã chuyển sang “Chấp nhận ngoại lệ”.')).toBeVisible();
  await expect(history).toContainText('Đang xử lý → Chấp nhận ngoại lệ');
  await expect(history).toContainText(W.reason);
  await expect(page.getByRole('button', { name: 'Mở lại' })).toBeVisible();
  await fitsPhone(page, 'issue-detail');

  // 4. With the exception accepted nothing is open: the school's score is back to 100.
  await openQuality(page, 'Việc của tôi');
  await expect(page.getByText('Bạn không có vấn đề nào cần xử lý. Dữ liệu đang tốt!')).toBeVisible();
  await openQuality(page, 'Điểm chất lượng');
  const own = page.getByRole('row', { name: new RegExp(W.school.name.replace(/[()]/g, '.')) }).first();
  await expect(own).toContainText('100,0');
  await fitsPhone(page, 'scores');
});
