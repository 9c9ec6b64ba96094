import {test, expect} from './fixtures';

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
