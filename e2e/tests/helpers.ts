import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A TOTP code for a base32 secret, `stepOffset` steps from now (each code works once). */
export function totp(secret: string, stepOffset = 0): string {
  const generator = new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s+/g, '')),
    digits: 6,
    period: 30,
  });
  return generator.generate({ timestamp: Date.now() + stepOffset * 30_000 });
}

/**
 * Picks the first option whose text contains `text` (unit pickers indent their
 * labels). Pickers fill their options from the API after they appear: wait for
 * the option first, or a busy machine fails the test before the list arrives.
 */
export async function selectOptionContaining(select: Locator, text: string) {
  await expect(select.locator('option', { hasText: text }).first()).toBeAttached();
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

/**
 * The server accepts a code of the current step ±1, and each step once per
 * account. Specs share one server and sign the same accounts in several
 * times, so every code used is remembered here (one worker runs the specs).
 */
const lastStep = new Map<string, number>();
const currentStep = () => Math.floor(Date.now() / 30_000);

/** A TOTP code of a step this account has not used yet (waits for the clock when needed). */
export async function unusedTotp(username: string, secret: string): Promise<string> {
  const next = Math.max((lastStep.get(username) ?? Number.NEGATIVE_INFINITY) + 1, currentStep());
  while (next > currentStep() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  lastStep.set(username, next);
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: next * 30_000,
  });
}

/** Where a spec keeps an account's TOTP secret for the rest of the run. */
export const secretFile = (username: string) =>
  path.join(process.env.E2E_DATA_DIR ?? path.join(ROOT, 'test-results'), `e2e-totp-${username}.txt`);

function knownSecret(username: string): string {
  const file = secretFile(username);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  return execFileSync(process.execPath, ['--import', 'tsx', 'e2e/fixtures/totp-secret.mjs', username], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: 'utf8',
  }).trim();
}

/**
 * After the password step: enrols MFA when the account has none yet (keeping
 * the secret for later sign-ins), else enters a fresh code. Works whichever
 * spec signed the account in first.
 */
export async function completeMfa(page: Page, username: string) {
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/change-password');
  const { pathname } = new URL(page.url());
  if (pathname === '/mfa/setup') {
    writeFileSync(secretFile(username), await enrolMfa(page, username));
    return;
  }
  if (pathname !== '/mfa') return;
  const secret = knownSecret(username);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel(/Mã xác thực/).fill(await unusedTotp(username, secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    try {
      await page.waitForURL((url) => !url.pathname.startsWith('/mfa'), { timeout: 5_000 });
      return;
    } catch {
      // that step was used already (e.g. by the enrolment): the next one
    }
  }
  throw new Error(`MFA verification failed for ${username}`);
}

/** Completes TOTP enrolment on /mfa/setup; returns the secret for later sign-ins. */
export async function enrolMfa(page: Page, username?: string): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Thiết lập xác thực hai lớp' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = (await page.locator('.secret code').innerText()).replace(/\s+/g, '');
  await page
    .getByLabel('Mã xác thực (6 chữ số)')
    .fill(username ? await unusedTotp(username, secret) : totp(secret));
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await expect(page.getByRole('heading', { name: 'Mã khôi phục' })).toBeVisible();
  await page.getByRole('button', { name: 'Tôi đã lưu các mã, tiếp tục' }).click();
  return secret;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

/** A JSON call to the API with the signed-in context's CSRF token (set-up steps of the specs). */
export async function apiCall<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  data?: unknown,
): Promise<{ status: number; body: T }> {
  const session = await (await request.get('/api/auth/session')).json();
  const response = await request.fetch(url, {
    method,
    headers: { 'x-csrf-token': session.csrfToken ?? '1', 'accept-language': 'vi' },
    ...(data === undefined ? {} : { data }),
  });
  return { status: response.status(), body: (await response.json().catch(() => null)) as T };
}

// ------------------------------------------------------------------ set-up through the API (as the admin)

/** The root of the org tree (the department). */
export async function rootUnitId(request: APIRequestContext): Promise<string> {
  const units = (
    await apiCall<{ items: { id: string; parentId: string | null }[] }>(request, 'GET', '/api/units')
  ).body.items;
  return units.find((unit) => unit.parentId === null)!.id;
}

/** A new unit (valid since 1 July 2025) under `parentId`; its id. */
export async function createUnit(
  request: APIRequestContext,
  unit: { code: string; name: string },
  typeCode: 'commune' | 'school',
  parentId: string,
): Promise<string> {
  const created = await apiCall<{ id: string }>(request, 'POST', '/api/units', {
    ...unit,
    typeCode,
    parentId,
    validFrom: '2025-07-01',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

/** A commune under the root and one school in it, with the school's profile when `levelCode` is given. */
export async function createCommuneAndSchool(
  request: APIRequestContext,
  commune: { code: string; name: string },
  school: { code: string; name: string },
  levelCode?: 'TH' | 'THCS' | 'THPT',
): Promise<{ rootId: string; communeId: string; schoolId: string }> {
  const rootId = await rootUnitId(request);
  const communeId = await createUnit(request, commune, 'commune', rootId);
  const schoolId = await createUnit(request, school, 'school', communeId);
  if (levelCode) {
    const profile = await apiCall(request, 'PUT', `/api/schools/${schoolId}/profile`, {
      levelCode,
      schoolTypeCode: '1',
      provinceCode: '08',
    });
    expect(profile.status, JSON.stringify(profile.body)).toBe(200);
  }
  return { rootId, communeId, schoolId };
}

/** The 2025–2026 school year, made current by whichever spec runs first; its id. */
export async function schoolYear2025(request: APIRequestContext): Promise<string> {
  const created = await apiCall(request, 'POST', '/api/school-years', {
    code: '2025-2026',
    startsOn: '2025-09-05',
    endsOn: '2026-05-31',
    isCurrent: true,
  });
  expect([201, 409]).toContain(created.status);
  const years = (
    await apiCall<{ items: { id: string; code: string }[] }>(request, 'GET', '/api/school-years')
  ).body.items;
  return years.find((year) => year.code === '2025-2026')!.id;
}

/** An account with one role over `unitId`'s subtree; its one-time password. */
export async function createAccount(
  request: APIRequestContext,
  user: { username: string; fullName: string },
  unitId: string,
  roleCode: string,
): Promise<string> {
  const made = await apiCall<{ oneTimePassword: string }>(request, 'POST', '/api/users', {
    ...user,
    unitId,
    roleCode,
    scope: 'subtree',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.oneTimePassword;
}
