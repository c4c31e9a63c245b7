import { expect, test } from '@playwright/test';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ADMIN_PASSWORD } from '../playwright.config';
import { completeMfa, selectOptionContaining, signIn } from './helpers';

/**
 * The drill story: the security officer (here the admin) launches a drill
 * for a school's staff; the email arrives at a loopback SMTP server (the app
 * gets SMTP_URL from playwright.config.ts), the teacher opens its link in a
 * browser, sees the explanation, and the click is recorded with the remedial
 * lesson assigned. The pupil of the same school receives nothing.
 */
const messages: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push(mail);
        callback();
      })
      .catch(callback);
  },
});

test.beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(Number(process.env.E2E_SMTP_PORT), '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A desktop browser's user agent: headless Chromium announces itself and would be flagged as a scanner. */
const DESKTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

test('a drill email arrives, its link is opened, the click is recorded and the remedial lesson assigned', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();

  // A school with a teacher and a pupil (both with an email address), through the API as the admin.
  const session = await (await page.request.get('/api/auth/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  const unit = await page.request.post('/api/units', {
    headers,
    data: {
      code: 'TH-HOABINH',
      name: 'Trường Tiểu học Hòa Bình',
      typeCode: 'school',
      parentId: session.user.unitId,
      validFrom: '2025-07-01',
    },
  });
  expect(unit.status()).toBe(201);
  const schoolId = (await unit.json()).id as string;
  for (const [username, fullName, roleCode] of [
    ['gv.hoabinh', 'Lê Thị Thu', 'teacher'],
    ['hs.hoabinh', 'Nguyễn Minh Khôi', 'student'],
  ]) {
    const created = await page.request.post('/api/users', {
      headers,
      data: {
        username,
        fullName,
        email: `${username}@th-hoabinh.invalid`,
        unitId: schoolId,
        roleCode,
        scope: 'unit',
      },
    });
    expect(created.status()).toBe(201);
  }

  // The officer creates and launches the drill in the app.
  await page.goto('/drills');
  await expect(page.getByRole('heading', { name: 'Diễn tập thư giả mạo', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Tạo đợt diễn tập' }).click();
  await page.getByLabel('Tên đợt diễn tập').fill('Diễn tập tháng 11 – Hòa Bình');
  await selectOptionContaining(page.getByRole('combobox', { name: 'Đơn vị nhận thư' }), '(TH-HOABINH)');
  await selectOptionContaining(page.getByLabel('Mẫu thư'), 'Sở GD&ĐT giả mạo');
  await expect(page.getByText('[KHẨN] Văn bản số 1582/SGDĐT-VP')).toBeVisible();
  // The pupil role is not even offered.
  await expect(page.getByRole('checkbox', { name: 'Học sinh' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByText('Nếu phát động bây giờ, thư sẽ được gửi tới 1 người.')).toBeVisible();
  await page.getByRole('button', { name: 'Phát động' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Phát động' }).click();

  // The email arrives, personalised, with the report header; the pupil gets nothing.
  await expect
    .poll(() => messages.filter((m) => m.headers.get('x-edushield-drill')).length, { timeout: 30_000 })
    .toBe(1);
  const mail = messages.find((m) => m.headers.get('x-edushield-drill'))!;
  const to = mail.to && !Array.isArray(mail.to) ? mail.to.text : '';
  expect(to).toBe('gv.hoabinh@th-hoabinh.invalid');
  expect(mail.subject).toBe('[KHẨN] Văn bản số 1582/SGDĐT-VP cần ký số trước 17h hôm nay');
  expect(mail.text).toContain('Kính gửi Lê Thị Thu (Trường Tiểu học Hòa Bình)');
  expect(mail.headers.get('x-edushield-report')).toMatch(/\/api\/public\/drills\/r\/[A-Za-z0-9_-]{43}$/);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/api\/public\/drills\/t\/[A-Za-z0-9_-]{43})/.exec(
    mail.text ?? '',
  )?.[1];
  expect(link).toBeDefined();

  // A person reads mail later than a scanner: clicks within 10 s of sending are flagged as scanner traffic.
  const sentAt = mail.date?.getTime() ?? Date.now();
  await page.waitForTimeout(Math.max(0, sentAt + 11_000 - Date.now()));
  const teacher = await browser.newContext({ userAgent: DESKTOP_UA, locale: 'vi-VN' });
  const inbox = await teacher.newPage();
  await inbox.goto(link!);
  await expect(inbox.getByRole('heading', { name: 'Đây là thư diễn tập của Sở GD&ĐT' })).toBeVisible();
  await expect(
    inbox.getByText('Những gì bạn gõ trên trang này không được gửi đi hay lưu lại ở bất cứ đâu.'),
  ).toBeVisible();
  // The token stays in the fragment: the landing URL's path and query carry none.
  const landing = new URL(inbox.url());
  expect(landing.pathname).toBe('/p/l/so-gddt-ky-van-ban');
  expect(landing.search).toBe('?mode=explain');
  await teacher.close();

  // The officer sees the click on the timeline, and the remedial enrolment.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dòng thời gian' })).toBeVisible();
  const recipients = page.getByRole('region', { name: /Người nhận/ });
  await expect(recipients.getByRole('row', { name: /Lê Thị Thu/ })).toContainText('Đã ghi danh');
  const timeline = page.getByRole('region', { name: 'Dòng thời gian' });
  await expect(timeline.getByRole('row', { name: /Lê Thị Thu.*Đã bấm liên kết/ })).toBeVisible();
  await expect(timeline.getByText(/máy quét/)).toHaveCount(0);
  // A second drill with the fake sign-in page: what is typed never leaves the browser.
  const second = await page.request.post('/api/drills', {
    headers,
    data: {
      unitId: schoolId,
      name: 'Diễn tập mật khẩu',
      templateCode: 'mat-khau-het-han',
      roleCodes: ['teacher'],
      landing: 'form',
    },
  });
  expect(second.status()).toBe(201);
  const secondId = (await second.json()).id as string;
  expect((await page.request.post(`/api/drills/${secondId}/launch`, { headers, data: {} })).status()).toBe(
    200,
  );
  await expect
    .poll(() => messages.filter((m) => m.headers.get('x-edushield-drill') === secondId).length, {
      timeout: 30_000,
    })
    .toBe(1);
  const secondMail = messages.find((m) => m.headers.get('x-edushield-drill') === secondId)!;
  const secondLink = /(http:\/\/127\.0\.0\.1:\d+\/api\/public\/drills\/t\/[A-Za-z0-9_-]{43})/.exec(
    secondMail.text ?? '',
  )?.[1];
  await page.waitForTimeout(Math.max(0, (secondMail.date?.getTime() ?? Date.now()) + 11_000 - Date.now()));
  const typed = 'MatKhauThat-2026!';
  const teacher2 = await browser.newContext({ userAgent: DESKTOP_UA, locale: 'vi-VN' });
  const inbox2 = await teacher2.newPage();
  const bodies: string[] = [];
  inbox2.on('request', (request) => bodies.push(`${request.url()} ${request.postData() ?? ''}`));
  await inbox2.goto(secondLink!);
  await expect(inbox2.getByRole('heading', { name: 'Xác nhận giữ mật khẩu hộp thư' })).toBeVisible();
  expect(await inbox2.locator('form input[name]').count()).toBe(0);
  await inbox2.getByLabel('Tên đăng nhập').fill('gv.hoabinh');
  await inbox2.getByLabel('Mật khẩu hiện tại').fill(typed);
  await inbox2.getByRole('button', { name: 'Giữ nguyên mật khẩu' }).click();
  await expect(inbox2.getByRole('heading', { name: 'Đây là thư diễn tập của Sở GD&ĐT' })).toBeVisible();
  expect(bodies.some((b) => b.includes('/api/public/drills/submit'))).toBe(true);
  expect(bodies.filter((b) => b.includes(typed))).toEqual([]);
  await teacher2.close();
  await page.goto(`/drills/${secondId}`);
  await expect(
    page
      .getByRole('region', { name: 'Dòng thời gian' })
      .getByRole('row', { name: /Lê Thị Thu.*Đã gửi biểu mẫu/ }),
  ).toBeVisible();

  const learners = await page.request.get(`/api/learning/report/learners?unitId=${schoolId}`);
  expect(learners.status()).toBe(200);
  const enrolled = (await learners.json()).items as { username: string; course: string }[];
  expect(enrolled.filter((e) => e.username === 'gv.hoabinh')).toHaveLength(1);
  expect(enrolled.some((e) => e.username === 'hs.hoabinh')).toBe(false);
});
