import { expect, type Locator, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** A TOTP code for a base32 secret, `stepOffset` steps from now (each code works once). */
export function totp(secret: string, stepOffset = 0): string {
  const generator = new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s+/g, '')),
    digits: 6,
    period: 30,
  });
  return generator.generate({ timestamp: Date.now() + stepOffset * 30_000 });
}

/** Picks the first option whose text contains `text` (unit pickers indent their labels). */
export async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.evaluate((element, wanted) => {
    const options = [...(element as HTMLSelectElement).options];
    return options.find((o) => o.textContent?.includes(wanted))?.value ?? null;
  }, text);
  if (!value) throw new Error(`no option containing "${text}"`);
  await select.selectOption(value);
}

export async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Completes TOTP enrolment on /mfa/setup; returns the secret for later sign-ins. */
export async function enrolMfa(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Thiết lập xác thực hai lớp' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = (await page.locator('.secret code').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Mã xác thực (6 chữ số)').fill(totp(secret));
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await expect(page.getByRole('heading', { name: 'Mã khôi phục' })).toBeVisible();
  await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
  return secret;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}
