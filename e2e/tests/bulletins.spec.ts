import { type APIRequestContext, expect, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import { completeMfa, createAccount, createCommuneAndSchool, signIn, signOut } from './helpers';

/**
 * The scam-alert story in Chromium: the officer writes an urgent alert in
 * the editor (a script payload in its title stays inert), sends it to the
 * teachers of the province with a deadline, and publishes it; the report
 * names the teacher who has not acknowledged. The teacher, on a phone-sized
 * screen, opens it and acknowledges. Anyone, without signing in, reads it on
 * the public news page and in the RSS feed.
 *
 * Independent of the other specs: its own units and usernames.
 */

const COMMUNE = { code: 'XA-E2E-BANTIN', name: 'UBND xã Bản Tin (e2e)' };
const SCHOOL = { code: 'TH-E2E-BANTIN', name: 'Trường Tiểu học Bản Tin (e2e)' };
const TEACHER = { username: 'gv.e2e.bantin', fullName: 'Phạm Thị Bích Ngọc' };
const NEW_PASSWORD = 'cảnh giác với mã QR lạ 2026';
const TITLE = 'Mã QR thu học phí giả dán ở cổng trường';

/** A commune, a school and a teacher in it; returns the teacher's one-time password and the root unit. */
async function setUp(request: APIRequestContext) {
  const { rootId, schoolId } = await createCommuneAndSchool(request, COMMUNE, SCHOOL);
  const oneTimePassword = await createAccount(request, TEACHER, schoolId, 'teacher');
  return { oneTimePassword, rootId };
}

test('an urgent scam alert reaches teachers, is acknowledged and appears on the public page and in RSS', async ({
  page,
}) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
  const { oneTimePassword } = await setUp(page.request);

  // Write the alert in the editor.
  await page.goto('/bulletins/manage/new');
  await expect(page.getByRole('heading', { name: 'Soạn bản tin mới' })).toBeVisible();
  await page.getByLabel('Mức độ').selectOption('urgent');
  await page
    .getByRole('textbox', { name: 'Tiêu đề', exact: true })
    .fill(`${TITLE} <img src=x onerror="window.__xss=1">`);
  await page
    .getByLabel('Tóm tắt')
    .fill('Phụ huynh chỉ nộp học phí theo hướng dẫn chính thức của nhà trường.');
  await page
    .getByRole('textbox', { name: 'Nội dung' })
    .fill('Kiểm tra tên người nhận trên ứng dụng ngân hàng trước khi chuyển khoản.');
  await page.getByRole('checkbox', { name: 'Giáo viên', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Đăng trên trang tin công khai và RSS' }).check();
  await page.getByRole('checkbox', { name: /Yêu cầu người nhận xác nhận/ }).check();
  await page.getByLabel('Hạn xác nhận (giờ Việt Nam)').fill('2099-12-31T17:00');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

  // The draft: the payload was dropped on the server.
  await expect(page.getByRole('heading', { name: TITLE, exact: true })).toBeVisible();
  await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng bản tin' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đăng bản tin' }).click();
  await expect(page.getByText(/Đã đăng bản tin tới \d+ người nhận/)).toBeVisible();
  const bulletinId = new URL(page.url()).pathname.split('/').pop()!;

  // Who has not acknowledged: the new teacher is listed.
  await page.getByRole('link', { name: /Xem ai đã đọc, ai chưa xác nhận/ }).click();
  await expect(page.getByRole('heading', { name: 'Chưa xác nhận' })).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(TEACHER.fullName) })).toBeVisible();
  await signOut(page);

  // The teacher, on a phone.
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, TEACHER.username, oneTimePassword);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL((url) => url.pathname !== '/change-password');

  await page.goto('/bulletins');
  await expect(page.getByRole('heading', { name: 'Bản tin và cảnh báo gửi tới tôi' })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByText('Kiểm tra tên người nhận trên ứng dụng ngân hàng')).toBeVisible();
  await page.getByRole('button', { name: 'Tôi đã đọc và sẽ phổ biến' }).click();
  await expect(page.getByText(/Bạn đã xác nhận lúc/)).toBeVisible();
  // Nothing overflows sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.context().clearCookies();

  // Anyone: the public news page and the feed.
  await page.goto('/news');
  await expect(
    page.getByRole('heading', { name: 'Tin an toàn thông tin và cảnh báo lừa đảo' }),
  ).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Kiểm tra tên người nhận trên ứng dụng ngân hàng')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const rss = await page.request.get('/api/public/bulletins.rss');
  expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const feed = await rss.text();
  expect(feed).toContain(`<title>${TITLE}</title>`);
  expect(feed).toContain(`/news/${bulletinId}</link>`);
});
