import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';

/** Signs in to the demo, checks every tenant, and asserts the table needs no sideways scrolling. */
async function checkAllWithoutSidewaysScroll(page: Page): Promise<Locator> {
  const doctor = page.locator('#pal-doctor');
  await doctor.getByRole('button', {name: 'Sign in'}).click();
  await doctor.getByRole('button', {name: 'Check all tenants'}).click();
  await expect(doctor.getByRole('status')).toContainText('9 of 9 tenants checked.');
  const region = doctor.getByRole('region', {name: 'PAL status per tenant'});
  const {scrollWidth, clientWidth} = await region.evaluate((e) => ({scrollWidth: e.scrollWidth, clientWidth: e.clientWidth}));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  return doctor;
}


/** The PAL doctor in demo mode: at least eight simulated tenants that show every verdict. */

test('demo mode shows every verdict, each on the right tenant, and sends nothing anywhere', async ({page, externalRequests}) => {
  await page.goto('/pal-doctor');
  const doctor = page.locator('#pal-doctor');
  await doctor.getByRole('button', {name: 'Sign in'}).click();
  await doctor.getByRole('button', {name: 'Check all tenants'}).click();
  await expect(doctor.getByRole('status')).toContainText('9 of 9 tenants checked.');
  const expected: Array<[string, string]> = [
    ['Contoso Partner Ltd', 'Recognised'],
    ['Fabrikam Inc', 'Recognised'],
    ['Northwind Traders', 'Recognised'],
    ['Tailspin Toys', 'Eligible role, not linked'],
    ['Wide World Importers', 'Not linked, no eligible role'],
    ['Adventure Works', 'Linked, no eligible role'],
    ['Woodgrove Bank', 'Needs sign-in'],
    ['Litware', 'Error'],
    ['Alpine Ski House', 'Recognised'],
  ];
  for (const [tenant, verdict] of expected) {
    const row = doctor.getByRole('row').filter({has: page.getByRole('rowheader', {name: tenant})});
    await expect(row.locator('[data-verdict]'), tenant).toHaveText(verdict);
  }
  const adventure = doctor.getByRole('row').filter({has: page.getByRole('rowheader', {name: 'Adventure Works'})});
  await adventure.getByText('0 eligible of 2').click();
  await expect(adventure).toContainText('Adventure Works Operator (custom) (Not classified)');
  await expect(doctor).toContainText('Links for delegated access are made in your own');

  const woodgrove = doctor.getByRole('row').filter({has: page.getByRole('rowheader', {name: 'Woodgrove Bank'})});
  await woodgrove.getByRole('button', {name: 'Sign in to this tenant'}).click();
  await expect(woodgrove.locator('[data-verdict]')).toHaveText('Eligible role, not linked');
  expect(externalRequests).toEqual([]);
});

test('the table fits the page at 1280 × 800: no horizontal scroll, the verdict column in view', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto('/pal-doctor');
  // No table of contents beside the widget: the table gets the width.
  await expect(page.locator('.table-of-contents')).toHaveCount(0);
  const doctor = await checkAllWithoutSidewaysScroll(page);
  // Compact rows: the advice waits behind its disclosure.
  for (const row of await doctor.getByRole('row').all()) expect((await row.boundingBox())?.height ?? 0).toBeLessThan(140);
  const verdict = doctor.getByRole('columnheader', {name: 'Verdict'});
  const box = await verdict.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
});

test('on a phone each tenant is a card with its values labelled', async ({page}) => {
  await page.setViewportSize({width: 390, height: 800});
  await page.goto('/pal-doctor');
  const doctor = await checkAllWithoutSidewaysScroll(page);
  const fabrikam = doctor.locator('tr[data-tenant]').first();
  expect(await fabrikam.evaluate((e) => getComputedStyle(e).display)).toBe('block');
  const label = await fabrikam.locator('td[data-label="Verdict"]').evaluate((e) => getComputedStyle(e, '::before').content);
  expect(label).toBe('"Verdict"');
});
