import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import { apiCall, completeMfa, createAccount, createCommuneAndSchool, signIn, signOut } from './helpers';

/**
 * The learning story in Chromium: the officer's course (a lesson with a
 * "spot the phish" card, a quiz with explanations) is assigned to the
 * teachers of a commune; a teacher, on a phone-sized screen, reads the
 * lesson, answers the quiz, sees the explanation, passes and downloads the
 * PDF certificate. A script payload in the lesson stays inert.
 *
 * Independent of the other specs: its own units and usernames; the admin is
 * signed in whether or not another spec enrolled MFA already.
 */

const COMMUNE = { code: 'XA-E2E-HOCTAP', name: 'UBND xã Học Tập (e2e)' };
const SCHOOL = { code: 'TH-E2E-HOCTAP', name: 'Trường Tiểu học Học Tập (e2e)' };
const TEACHER = { username: 'gv.e2e.hoctap', fullName: 'Nguyễn Thị Thanh Hương' };
const NEW_PASSWORD = 'học an toàn thông tin mỗi ngày 2026';
const RIGHT = 'Gọi lại số điện thoại chính thức của nhà trường để xác minh';

/** A commune, a school, a teacher, and a published one-lesson course assigned to the commune's teachers. */
async function setUp(request: APIRequestContext): Promise<string> {
  const { communeId, schoolId } = await createCommuneAndSchool(request, COMMUNE, SCHOOL);
  const oneTimePassword = await createAccount(request, TEACHER, schoolId, 'teacher');

  const course = await apiCall<{ id: string }>(request, 'POST', '/api/learning/courses', {
    slug: 'e2e-lua-dao-hoc-phi',
    title: 'Cảnh giác lừa đảo thu học phí (e2e)',
    descriptionHtml: '<p>Một bài học ngắn và một câu hỏi.</p>',
    audiences: ['staff', 'leaders'],
    passMarkPercent: 100,
    questionsPerQuiz: 1,
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  const withLesson = await apiCall<{ lessons: { id: string }[] }>(
    request,
    'POST',
    `/api/learning/courses/${course.body.id}/lessons`,
    {
      slug: 'tin-nhan-thu-hoc-phi',
      title: 'Tin nhắn giả danh nhà trường thu học phí',
      minutes: 5,
      bodyHtml:
        '<h2>Dấu hiệu nhận biết</h2><p>Kẻ gian giả danh giáo viên chủ nhiệm, đòi chuyển khoản gấp vào tài khoản cá nhân.</p>' +
        '<img src="x" onerror="window.__xss=1"><script>window.__xss=2</script>',
      exercises: [
        {
          channel: 'zalo',
          from: 'Cô Lan - GVCN lớp 3A',
          body: 'Phụ huynh chuyển gấp 2.500.000đ tiền học thêm vào STK 0123456789 trước 17h hôm nay nhé.',
          isPhish: true,
          signs: ['Thúc giục chuyển tiền gấp', 'Tài khoản cá nhân, không phải tài khoản của trường'],
        },
      ],
    },
  );
  expect(withLesson.status, JSON.stringify(withLesson.body)).toBe(201);
  const question = await apiCall(
    request,
    'POST',
    `/api/learning/courses/${course.body.id}/lessons/${withLesson.body.lessons[0]!.id}/questions`,
    {
      promptHtml: '<p>Nhận tin nhắn đòi chuyển học phí vào tài khoản lạ, bạn nên làm gì?</p>',
      choices: ['Chuyển ngay cho kịp hạn', RIGHT, 'Chia sẻ tin nhắn cho phụ huynh khác'],
      correctIndex: 1,
      explanationHtml: '<p>Luôn xác minh qua kênh chính thức trước khi chuyển tiền.</p>',
    },
  );
  expect(question.status, JSON.stringify(question.body)).toBe(201);
  const published = await apiCall(request, 'PATCH', `/api/learning/courses/${course.body.id}`, {
    status: 'published',
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  const assigned = await apiCall<{ enrolledNow: number }>(request, 'POST', '/api/learning/assignments', {
    courseId: course.body.id,
    roleCodes: ['teacher'],
    targetUnitIds: [communeId],
    dueOn: '2099-12-31',
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
  expect(assigned.body.enrolledNow).toBe(1);
  return oneTimePassword;
}

test('a teacher finishes a lesson and the quiz on a phone and downloads the certificate', async ({
  page,
}) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
  const oneTimePassword = await setUp(page.request);
  await signOut(page);

  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, TEACHER.username, oneTimePassword);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL((url) => url.pathname !== '/change-password');

  await page.goto('/learning');
  await expect(page.getByRole('heading', { name: 'Khoá học của tôi' })).toBeVisible();
  await page.getByRole('link', { name: /Cảnh giác lừa đảo thu học phí/ }).click();
  await expect(page.getByText('Hãy học xong tất cả các bài để mở bài kiểm tra.')).toBeVisible();
  await page.getByRole('link', { name: /Tin nhắn giả danh nhà trường/ }).click();

  await expect(page.getByRole('heading', { name: 'Dấu hiệu nhận biết' })).toBeVisible();
  // The payload in the lesson was removed on the server; nothing ran.
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('.rich-text script, .rich-text img[onerror]')).toHaveCount(0);

  // Spot the phish: decide, then see the signs.
  const card = page.getByRole('article', { name: 'Tin nhắn luyện tập' });
  await expect(card.getByText('Cô Lan - GVCN lớp 3A')).toBeVisible();
  await card.getByRole('button', { name: 'Lừa đảo' }).click();
  await expect(card.getByText('Chính xác!')).toBeVisible();
  await expect(card.getByText('Thúc giục chuyển tiền gấp')).toBeVisible();

  await page.getByRole('button', { name: 'Hoàn thành bài học' }).click();
  await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
  await expect(page.getByText('Câu 1/1')).toBeVisible();
  await page.getByRole('button', { name: RIGHT }).click();
  await expect(page.getByText('Đúng rồi!')).toBeVisible();
  await expect(page.getByText('Luôn xác minh qua kênh chính thức trước khi chuyển tiền.')).toBeVisible();
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page.getByText('Đúng 1/1 câu — 100/100 điểm')).toBeVisible();
  await expect(page.getByText('Bạn đã hoàn thành khoá học. Giấy chứng nhận đã sẵn sàng.')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải giấy chứng nhận (PDF)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^chung-nhan-[0-9A-Z]{16}\.pdf$/);
  const file = readFileSync((await download.path())!);
  expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(file.toString('latin1')).toMatch(/\+DejaVuSans/);

  // Anyone can check the code on the public page, signed in or not.
  const code = download.suggestedFilename().slice('chung-nhan-'.length, -'.pdf'.length);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signOut(page);
  await page.goto(`/verify?code=${code}`);
  await expect(page.getByText('Giấy chứng nhận hợp lệ')).toBeVisible();
  await expect(page.getByText('N. T. T. Hương')).toBeVisible();
  await expect(page.getByText('Cảnh giác lừa đảo thu học phí (e2e)')).toBeVisible();
});
