import { existsSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import {
  apiCall,
  completeMfa,
  createAccount,
  createCommuneAndSchool,
  schoolYear2025,
  secretFile,
  selectOptionContaining,
  signIn,
  signOut,
} from './helpers';

/**
 * Reporting in Chromium: the department data officer opens a period for a
 * commune; the school's clerk submits ("chốt số liệu"); the commune's
 * reviewer returns it with a comment on a pupil; the clerk fixes the pupil
 * and resubmits; the reviewer approves; the approved data is locked (an
 * edit is refused with a clear message); the department's dashboard then
 * shows the period at 100%.
 *
 * Its own units and accounts (independent of the other specs). The helpers
 * below (setUpReportingWorld, signInAs, openPeriod, submitAsClerk,
 * reviewerReturns, reviewerApproves) are meant to be reused by specs that
 * extend the flow (the dashboard).
 */

export const REPORTING_E2E = {
  commune: { code: 'XA-E2E-BAOCAO', name: 'UBND xã Báo Cáo (e2e)' },
  school: { code: 'TH-E2E-BAOCAO', name: 'Trường Tiểu học Báo Cáo (e2e)' },
  officer: { username: 'so.e2e.baocao', fullName: 'Trần Thị Thu Hà' },
  clerk: { username: 'vt.e2e.baocao', fullName: 'Đỗ Thị Hoa' },
  reviewer: { username: 'rs.e2e.baocao', fullName: 'Bùi Văn Thắng' },
  password: 'chốt số liệu đầu năm học 2025',
  periodName: 'Báo cáo đầu năm học 2025–2026 (e2e)',
  pupil: 'Lê Văn Cưòng',
  pupilFixed: 'Lê Văn Cường',
};
const W = REPORTING_E2E;

// ------------------------------------------------------------------ sign-in

/** Signs in an account created by setUpReportingWorld (first time: change the one-time password, enrol MFA). */
export async function signInAs(page: Page, username: string, oneTimePassword?: string) {
  if (oneTimePassword && !existsSync(secretFile(username))) {
    await signIn(page, username, oneTimePassword);
    await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
    await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
    await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(W.password);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(W.password);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL((url) => url.pathname !== '/change-password');
  } else {
    await signIn(page, username, username === 'admin' ? ADMIN_PASSWORD : W.password);
  }
  await completeMfa(page, username);
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
}

// ------------------------------------------------------------------ API set-up (as the admin)

export interface ReportingWorld {
  communeId: string;
  schoolId: string;
  pupilId: string;
  passwords: { officer: string; clerk: string; reviewer: string };
}

/** A commune with one primary school (profile, year, class, two pupils) and the three accounts. */
export async function setUpReportingWorld(request: APIRequestContext): Promise<ReportingWorld> {
  const { rootId, communeId, schoolId } = await createCommuneAndSchool(request, W.commune, W.school, 'TH');
  const yearId = await schoolYear2025(request);
  const klass = await apiCall<{ id: string }>(request, 'POST', '/api/classes', {
    unitId: schoolId,
    schoolYearId: yearId,
    name: '1A',
    grade: 1,
  });
  expect(klass.status, JSON.stringify(klass.body)).toBe(201);
  let pupilId = '';
  for (const [fullName, birthDate, genderCode] of [
    [W.pupil, '2019-04-12', '1'],
    ['Nguyễn Thị Mai Anh', '2019-08-30', '2'],
  ] as const) {
    const pupil = await apiCall<{ id: string }>(request, 'POST', '/api/students', {
      unitId: schoolId,
      classId: klass.body.id,
      fullName,
      birthDate,
      genderCode,
    });
    expect(pupil.status, JSON.stringify(pupil.body)).toBe(201);
    if (!pupilId) pupilId = pupil.body.id;
  }
  return {
    communeId,
    schoolId,
    pupilId,
    passwords: {
      officer: await createAccount(request, W.officer, rootId, 'department_data_officer'),
      clerk: await createAccount(request, W.clerk, schoolId, 'school_data_clerk'),
      reviewer: await createAccount(request, W.reviewer, communeId, 'reviewer'),
    },
  };
}

// ------------------------------------------------------------------ the flow's steps

const ddmmyyyy = (offsetDays: number) => {
  const d = new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** The department officer creates and opens a period for the commune; the detail page shows 1 unit expected. */
export async function openPeriod(page: Page) {
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).first().click();
  await page.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
  const dialog = page.getByRole('dialog');
  await selectOptionContaining(dialog.getByLabel('Đơn vị tổ chức báo cáo'), W.commune.code);
  await dialog.getByLabel('Tên kỳ báo cáo').fill(W.periodName);
  await selectOptionContaining(dialog.getByLabel('Năm học'), '2025-2026');
  await dialog.getByLabel('Ngày mở').fill(ddmmyyyy(-1));
  await dialog.getByLabel('Hạn nộp').fill(ddmmyyyy(7));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: W.periodName })).toBeVisible();
  await page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
  await expect(page.getByText('Đã mở kỳ báo cáo.')).toBeVisible();
  await expect(page.getByRole('link', { name: W.school.name })).toBeVisible();
}

/** The clerk opens the school's submission and submits it ("Chốt số liệu"). */
export async function submitAsClerk(page: Page) {
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).first().click();
  await page.getByRole('link', { name: 'Báo cáo của đơn vị' }).click();
  await page
    .getByRole('row', { name: new RegExp(W.periodName.replace(/[()]/g, '.')) })
    .getByRole('link', { name: W.school.name })
    .click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra trước khi chốt số liệu' })).toBeVisible();
  await expect(page.getByText('Không có lỗi chặn: có thể chốt số liệu.')).toBeVisible();
  await page.getByRole('button', { name: 'Chốt số liệu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(page.getByText('Đã chốt số liệu và gửi đi rà soát.')).toBeVisible();
  await expect(page.getByText('Đã nộp, chờ duyệt').first()).toBeVisible();
}

async function openFromWorklist(page: Page) {
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).first().click();
  await page.getByRole('link', { name: 'Cần rà soát' }).click();
  await page.getByRole('link', { name: W.school.name }).click();
  await expect(page.getByRole('heading', { name: `Báo cáo ${W.school.name}` })).toBeVisible();
}

/** The reviewer returns the submission with an overall comment and one on the pupil's name. */
export async function reviewerReturns(page: Page, comment: string) {
  await openFromWorklist(page);
  await page.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Nhận xét chung/).fill('Kiểm tra lại họ tên học sinh theo giấy khai sinh.');
  await dialog.getByRole('button', { name: 'Thêm nhận xét cho bản ghi' }).click();
  await selectOptionContaining(dialog.getByLabel('Bản ghi'), W.pupil);
  await dialog.getByLabel(/Trường thông tin/).fill('fullName');
  await dialog.getByLabel('Nội dung nhận xét').fill(comment);
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(page.getByText('Đã trả lại báo cáo cho đơn vị.')).toBeVisible();
  await expect(page.getByText('Bị trả lại').first()).toBeVisible();
}

/** The reviewer approves the (re)submitted version. */
export async function reviewerApproves(page: Page) {
  await openFromWorklist(page);
  await expect(page.getByText('Thay đổi so với phiên bản trước')).toBeVisible();
  await page.getByRole('button', { name: 'Duyệt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
  await expect(page.getByText('Đã duyệt báo cáo.')).toBeVisible();
}

// ------------------------------------------------------------------ the story

test('a period is opened, a school submits, is returned with a comment, resubmits and is approved; approved data is locked', async ({
  page,
}) => {
  await signInAs(page, 'admin');
  const world = await setUpReportingWorld(page.request);
  await signOut(page);

  await signInAs(page, W.officer.username, world.passwords.officer);
  await openPeriod(page);
  await signOut(page);

  await signInAs(page, W.clerk.username, world.passwords.clerk);
  await submitAsClerk(page);
  await signOut(page);

  const comment = 'Họ tên viết sai dấu: “Cưòng” phải là “Cường”.';
  await signInAs(page, W.reviewer.username, world.passwords.reviewer);
  await reviewerReturns(page, comment);
  await signOut(page);

  // The clerk sees the comment on the pupil's record, fixes the name and resubmits.
  await signInAs(page, W.clerk.username);
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).first().click();
  await page.getByRole('link', { name: 'Báo cáo của đơn vị' }).click();
  await page.getByRole('link', { name: W.school.name }).first().click();
  await expect(page.getByText(comment)).toBeVisible();
  await expect(page.getByText(/Học sinh .* · trường fullName/)).toBeVisible();
  const fix = await apiCall(page.request, 'PATCH', `/api/students/${world.pupilId}`, {
    fullName: W.pupilFixed,
  });
  expect(fix.status, JSON.stringify(fix.body)).toBe(200);
  await page.reload();
  await page.getByRole('button', { name: 'Chốt số liệu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(page.getByText('Đã chốt số liệu và gửi đi rà soát.')).toBeVisible();
  await expect(page.getByText('Phiên bản 2').first()).toBeVisible();
  await signOut(page);

  await signInAs(page, W.reviewer.username);
  await reviewerApproves(page);
  await signOut(page);

  // Approved data is locked: the clerk's edit is refused with a clear Vietnamese message.
  await signInAs(page, W.clerk.username);
  await page.getByRole('link', { name: 'Kỳ báo cáo' }).first().click();
  await page.getByRole('link', { name: 'Báo cáo của đơn vị' }).click();
  await page.getByRole('link', { name: W.school.name }).first().click();
  await expect(page.getByText('Đã duyệt').first()).toBeVisible();
  await expect(page.getByText(/đang bị khóa cho kỳ này/)).toBeVisible();
  const refused = await apiCall<{ error: { code: string; message: string } }>(
    page.request,
    'PATCH',
    `/api/students/${world.pupilId}`,
    { fullName: 'Lê Văn Cường Sửa' },
  );
  expect(refused.status).toBe(409);
  expect(refused.body.error.code).toBe('REPORTING_DATA_LOCKED');
  expect(refused.body.error.message).toMatch(/đã được chốt/);
  await signOut(page);

  // The flow ends on the department's dashboard: the one school that must report is at 100%.
  await signInAs(page, W.officer.username);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Bảng theo dõi báo cáo' })).toBeVisible();
  await selectOptionContaining(page.getByRole('combobox', { name: 'Kỳ báo cáo' }), W.periodName);
  const kpi = (key: string) => page.locator(`[data-kpi="${key}"] dd`);
  await expect(kpi('expected')).toHaveText('1');
  await expect(kpi('submitted')).toHaveText('1 · 100%');
  await expect(kpi('onTime')).toHaveText('1 · 100%');
  await expect(kpi('approved')).toHaveText('1 · 100%');
  await expect(kpi('late')).toHaveText('0');
  await expect(page.getByText('Tất cả đơn vị đã nộp báo cáo.')).toBeVisible();
});
