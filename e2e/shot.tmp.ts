import { chromium } from '@playwright/test';
import { TOTP } from 'otpauth';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1100 }, locale: 'vi-VN' });
const base = 'http://127.0.0.1:3999';
await page.goto(base + '/login');
await page.getByLabel(/Tên đăng nhập/).fill('admin');
await page.getByLabel(/Mật khẩu/).fill('Demo-EduShield-2026');
await page.getByRole('button', { name: /Đăng nhập/ }).click();
await page.waitForTimeout(1500);
const secret = await page.locator('.secret code').textContent().catch(() => null);
if (secret) {
  const code = new TOTP({ secret: secret.replace(/\s/g, '') }).generate();
  await page.getByLabel(/Mã/).first().fill(code);
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
}
for (const route of (process.env.ROUTES ?? '/dashboard').split(',')) {
  await page.goto(base + route);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shot${route.replace(/\//g, '_')}.png`, fullPage: true });
}
await browser.close();
