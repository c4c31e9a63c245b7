import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import { completeMfa, enrolMfa, selectOptionContaining, signIn, signOut } from './helpers';

/**
 * The foundation story as a new user lives it: the admin enrols MFA, builds
 * the tree, creates a principal; the principal changes the one-time password,
 * enrols MFA, sees only their school and creates a data clerk; every step is
 * in the audit log and the CLI verifies the chain.
 */
test('admin builds the tree and the account cascade works end to end', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();

  // The province tree: commune → school → satellite site.
  await page.getByRole('link', { name: 'Đơn vị' }).first().click();
  await expect(page.getByRole('heading', { name: 'Cây đơn vị', level: 1 })).toBeVisible();
  const units = [
    { name: 'UBND xã Tân Phú', code: 'XA-TANPHU', type: 'UBND xã/phường', parent: 'SGDDT' },
    { name: 'Trường Tiểu học Tân Phú', code: 'TH-TANPHU', type: 'Trường học', parent: 'XA-TANPHU' },
    { name: 'Điểm trường thôn Đồng Bằng', code: 'TH-TANPHU-DT2', type: 'Điểm trường', parent: 'TH-TANPHU' },
    { name: 'Trường THCS Tân Phú', code: 'THCS-TANPHU', type: 'Trường học', parent: 'XA-TANPHU' },
  ];
  for (const unit of units) {
    await page.getByRole('button', { name: 'Thêm đơn vị' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đơn vị').fill(unit.name);
    await dialog.getByLabel('Mã đơn vị').fill(unit.code);
    await selectOptionContaining(dialog.getByLabel('Loại đơn vị'), unit.type);
    await selectOptionContaining(dialog.getByLabel('Đơn vị cấp trên'), `(${unit.parent})`);
    await dialog.getByLabel('Ngày hiệu lực').fill('01/07/2025');
    await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(unit.code, { exact: true }).first()).toBeVisible();
  }

  // Accent-insensitive search in the tree.
  await page.getByLabel('Tìm đơn vị').fill('tan phu');
  await expect(page.getByText('Tìm thấy 4 đơn vị phù hợp')).toBeVisible();

  // The principal's account.
  await page.getByRole('link', { name: 'Người dùng' }).first().click();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).first().click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên đăng nhập').fill('ht.tanphu');
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Hạnh');
  await selectOptionContaining(dialog.getByRole('combobox', { name: 'Đơn vị', exact: true }), '(TH-TANPHU)');
  await selectOptionContaining(dialog.getByLabel('Vai trò'), 'Hiệu trưởng');
  await dialog.getByLabel('Đơn vị và các đơn vị trực thuộc').check();
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const otp = await dialog.getByLabel('Mật khẩu dùng một lần').inputValue();
  expect(otp.length).toBeGreaterThanOrEqual(16);
  await dialog.getByRole('button', { name: 'Tôi đã ghi lại, đóng' }).click();
  await signOut(page);

  // First sign-in of the principal: forced password change, then MFA enrolment.
  await signIn(page, 'ht.tanphu', otp);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  const newPassword = 'trường tân phú mùa xuân 2026';
  await page.getByLabel('Mật khẩu hiện tại').fill(otp);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(newPassword);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await enrolMfa(page);
  await expect(page.getByRole('heading', { name: /Xin chào, Nguyễn Thị Hạnh/ })).toBeVisible();

  // The principal sees only their school and below.
  await page.getByRole('link', { name: 'Đơn vị' }).first().click();
  await expect(page.getByText('TH-TANPHU-DT2', { exact: true })).toBeVisible();
  await expect(page.getByText('SGDDT', { exact: true })).toHaveCount(0);
  await expect(page.getByText('THCS-TANPHU', { exact: true })).toHaveCount(0);
  await expect(page.getByText('XA-TANPHU', { exact: true })).toHaveCount(0);

  // …and creates a data clerk; nothing above their own role is offered.
  await page.getByRole('link', { name: 'Người dùng' }).first().click();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).first().click();
  dialog = page.getByRole('dialog');
  const roleOptions = await dialog.getByLabel('Vai trò').locator('option').allTextContents();
  expect(roleOptions.join('|')).toContain('Cán bộ nhập liệu của trường');
  expect(roleOptions.join('|')).not.toContain('Quản trị Sở GD&ĐT');
  expect(roleOptions.join('|')).not.toContain('Cán bộ xã/phường');
  const unitOptions = await dialog
    .getByRole('combobox', { name: 'Đơn vị', exact: true })
    .locator('option')
    .allTextContents();
  expect(unitOptions.join('|')).not.toContain('THCS-TANPHU');
  await dialog.getByLabel('Tên đăng nhập').fill('vt.tanphu');
  await dialog.getByLabel('Họ và tên').fill('Lê Văn Bình');
  await selectOptionContaining(dialog.getByRole('combobox', { name: 'Đơn vị', exact: true }), '(TH-TANPHU)');
  await selectOptionContaining(dialog.getByLabel('Vai trò'), 'Cán bộ nhập liệu của trường');
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog.getByLabel('Mật khẩu dùng một lần')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tôi đã ghi lại, đóng' }).click();

  // Every step is in the principal's scoped audit log.
  await page.getByRole('link', { name: 'Nhật ký kiểm toán' }).first().click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const rows = table.getByRole('row');
  await expect(rows.filter({ hasText: 'ht.tanphu' }).filter({ hasText: 'user.create' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'ht.tanphu' }).filter({ hasText: 'auth.password.change' })).toHaveCount(
    1,
  );
  await expect(rows.filter({ hasText: 'admin' }).filter({ hasText: 'user.create' })).toHaveCount(1);
  await page.screenshot({ path: '../test-results/foundation-audit.png', fullPage: true });

  // The CLI verifies the chain (on a snapshot, the server holds the PGlite directory).
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', 'audit', 'verify'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: 'utf8',
  });
  expect(out).toMatch(/OK: chuỗi nhật ký nguyên vẹn/);
});
