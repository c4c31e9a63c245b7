import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD } from '../playwright.config';
import { apiCall, completeMfa, createUnit, rootUnitId, signIn } from './helpers';

/**
 * The dashboard at 100% in Chromium: a period whose every required school
 * submits on time and is approved (seeded through the reporting API), then
 * the department's dashboard shows 100% submitted, on time and approved,
 * drills down from the province to the commune and its schools, and works
 * on a phone-sized screen.
 *
 * Independent of the other specs: its own units and period; the admin is
 * signed in whether or not another spec enrolled MFA already.
 */

const COMMUNE = { code: 'XA-E2E-THEODOI', name: 'UBND xã Theo Dõi (e2e)' };
const SCHOOLS = [
  { code: 'TH-E2E-THEODOI-1', name: 'Trường Tiểu học Theo Dõi Một (e2e)' },
  { code: 'TH-E2E-THEODOI-2', name: 'Trường Tiểu học Theo Dõi Hai (e2e)' },
];
const PERIOD = 'Kỳ đầu năm học 2026-2027 (e2e bảng theo dõi)';

/** A commune with two schools, a period rooted at the commune, every school submitted and approved. */
async function setUp(request: APIRequestContext): Promise<{ periodId: string; communeId: string }> {
  const communeId = await createUnit(request, COMMUNE, 'commune', await rootUnitId(request));
  for (const school of SCHOOLS) await createUnit(request, school, 'school', communeId);

  const period = await apiCall<{ id: string }>(request, 'POST', '/api/reporting/periods', {
    rootUnitId: communeId,
    kind: 'ad_hoc',
    name: PERIOD,
    requiredUnitTypes: ['school'],
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    deadlineAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  expect(period.status, JSON.stringify(period.body)).toBe(201);
  const opened = await apiCall(request, 'POST', `/api/reporting/periods/${period.body.id}/open`, {});
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);

  const list = await apiCall<{ items: { id: string; revision: number }[] }>(
    request,
    'GET',
    `/api/reporting/submissions?periodId=${period.body.id}`,
  );
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  expect(list.body.items).toHaveLength(SCHOOLS.length);
  for (const item of list.body.items) {
    const submitted = await apiCall<{ revision: number }>(
      request,
      'POST',
      `/api/reporting/submissions/${item.id}/submit`,
      { revision: item.revision },
    );
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const approved = await apiCall(request, 'POST', `/api/reporting/submissions/${item.id}/approve`, {
      revision: submitted.body.revision,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  }
  return { periodId: period.body.id, communeId };
}

const kpi = (page: Page, key: string) => page.locator(`[data-kpi="${key}"] dd`);

test('every school submitted on time and approved: the dashboard shows 100% and drills down', async ({
  page,
}) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await completeMfa(page, 'admin');
  await expect(page.getByRole('heading', { name: /Xin chào/ })).toBeVisible();
  const { periodId } = await setUp(page.request);

  await page.goto(`/dashboard?period=${periodId}`);
  await expect(page.getByRole('heading', { name: 'Bảng theo dõi báo cáo' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue(periodId);
  await expect(kpi(page, 'expected')).toHaveText('2');
  await expect(kpi(page, 'submitted')).toHaveText('2 · 100%');
  await expect(kpi(page, 'onTime')).toHaveText('2 · 100%');
  await expect(kpi(page, 'approved')).toHaveText('2 · 100%');
  await expect(kpi(page, 'late')).toHaveText('0');
  await expect(kpi(page, 'completeness')).toHaveText('100%');
  await expect(page.getByText('Tất cả đơn vị đã nộp báo cáo.')).toBeVisible();
  await expect(page.getByText('Chỉ tính từ bản nộp đã được duyệt: 2/2 đơn vị.')).toBeVisible();
  // The chart has a text alternative for each bar.
  await expect(
    page.getByRole('img', {
      name: `${COMMUNE.name}: 2 đã duyệt, 0 chờ duyệt, 0 bị trả lại, 0 chưa nộp, trên 2 đơn vị`,
    }),
  ).toBeVisible();

  // Drill down: the province → the commune → its two schools.
  await page
    .getByRole('table', { name: 'Số liệu theo đơn vị trực thuộc' })
    .getByRole('link', { name: `Xem chi tiết ${COMMUNE.name}` })
    .click();
  const crumbs = page.getByRole('navigation', { name: 'Vị trí trong cây đơn vị' });
  await expect(crumbs.getByText(COMMUNE.name)).toHaveAttribute('aria-current', 'page');
  const rows = page.getByRole('table', { name: 'Số liệu theo đơn vị trực thuộc' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  for (const school of SCHOOLS) await expect(rows.filter({ hasText: school.name })).toHaveCount(1);
  await expect(kpi(page, 'approved')).toHaveText('2 · 100%');

  // Back up through the breadcrumb, then the same page on a phone.
  await crumbs.getByRole('link').first().click();
  await expect(kpi(page, 'expected')).toHaveText('2');
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(kpi(page, 'approved')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
