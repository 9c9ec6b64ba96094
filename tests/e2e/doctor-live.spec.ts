import {readFile} from 'node:fs/promises';
import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {recordTokenWrites, storedTokens, tokenWrites} from './tokenWrites';
import {ADVENTURE, ALPINE, doctorScenario, FABRIKAM, HOME, LITWARE, NORTHWIND, OTHER_ID, OUR_ID, TAILSPIN, WOODGROVE} from './fakes/scenario';

/** The PAL doctor with real MSAL against fake Entra ID and ARM serving several tenants. */

test.use({scenario: async ({}, use) => use(doctorScenario())});

const ROLE_ASSIGNMENTS = /\/providers\/Microsoft\.Authorization\/roleAssignments$/;
const PARTNERS = /^\/providers\/Microsoft\.ManagementPartner\/partners/;

function rowOf(doctor: Locator, page: Page, tenant: string): Locator {
  return doctor.getByRole('row').filter({has: page.getByRole('rowheader', {name: tenant})});
}

async function checkAll(page: Page): Promise<Locator> {
  await page.goto('/pal-doctor');
  const doctor = page.locator('#pal-doctor');
  await doctor.getByRole('button', {name: 'Sign in'}).click();
  await doctor.getByRole('button', {name: 'Check all tenants'}).click();
  await expect(doctor.getByRole('status')).toContainText('8 of 8 tenants checked.');
  return doctor;
}

test('every verdict appears on the right row, from that tenant’s own token', async ({page, cloud}) => {
  cloud.arm.fail({method: 'GET', path: ROLE_ASSIGNMENTS, tenantId: LITWARE, status: 403, body: {error: {code: 'AuthorizationFailed', message: 'No read access'}}});
  const doctor = await checkAll(page);
  const expected: Array<[string, string]> = [
    ['Contoso Partner', 'Recognised'],
    ['Fabrikam', 'Eligible role, not linked'],
    ['Northwind Traders', 'Recognised'],
    ['Tailspin Toys', 'Not linked, no eligible role'],
    ['Woodgrove Bank', 'Needs sign-in'],
    ['Litware', 'Error'],
    ['Adventure Works', 'Linked, no eligible role'],
    ['Alpine Ski House', 'Recognised'],
  ];
  for (const [tenant, verdict] of expected) await expect(rowOf(doctor, page, tenant).locator('[data-verdict]'), tenant).toHaveText(verdict);

  await expect(rowOf(doctor, page, 'Northwind Traders')).toContainText(`${OTHER_ID}`);
  await expect(rowOf(doctor, page, 'Litware')).toContainText('may not read role assignments');
  await expect(rowOf(doctor, page, 'Alpine Ski House')).toContainText('Lighthouse delegation');
  const adventure = rowOf(doctor, page, 'Adventure Works');
  await adventure.getByText('0 eligible of 2').click();
  await expect(adventure).toContainText('Adventure Works Operator (Not classified)');
  const northwind = rowOf(doctor, page, 'Northwind Traders');
  await northwind.getByText('1 eligible of 1').click();
  await expect(northwind).toContainText('Support Request Contributor (Eligible) through a group');

  // Each tenant's link and assignments were read with a token for that tenant, as that tenant's object.
  const {objectIds} = cloud.scenario.user;
  for (const tenant of [HOME, FABRIKAM, NORTHWIND, TAILSPIN, LITWARE, ADVENTURE]) {
    const reads = cloud.arm.requests.filter((r) => r.tenantId === tenant && PARTNERS.test(r.path));
    expect(reads.length, tenant).toBeGreaterThan(0);
    expect(new Set(reads.map((r) => r.objectId)), tenant).toEqual(new Set([objectIds[tenant]]));
    const assignments = cloud.arm.requests.filter((r) => r.tenantId === tenant && ROLE_ASSIGNMENTS.test(r.path));
    for (const a of assignments) expect(decodeURIComponent(a.query)).toContain(`assignedTo('${objectIds[tenant]}')`);
  }
  // The Lighthouse row is read through the home tenant.
  expect(cloud.arm.requests.some((r) => r.tenantId === ALPINE)).toBe(false);
});

test('a tenant that needs sign-in gets its own button and the rest carry on', async ({page, cloud}) => {
  const doctor = await checkAll(page);
  const woodgrove = rowOf(doctor, page, 'Woodgrove Bank');
  await expect(woodgrove.locator('[data-verdict]')).toHaveText('Needs sign-in');
  await expect(rowOf(doctor, page, 'Fabrikam').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
  await woodgrove.getByRole('button', {name: 'Sign in to this tenant'}).click();
  await expect(woodgrove.locator('[data-verdict]')).toHaveText('Eligible role, not linked');
  expect(cloud.entra.authorizeRequests.at(-1)?.tenant).toBe(WOODGROVE);
});

test('failures in one tenant (5xx, 429, timeout-free) stay on that row', async ({page, cloud}) => {
  cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 503, body: {error: {code: 'ServiceUnavailable', message: 'Try later'}}});
  cloud.arm.fail({method: 'GET', path: ROLE_ASSIGNMENTS, tenantId: FABRIKAM, status: 429, headers: {'Retry-After': '1'}, body: {error: {code: 'TooManyRequests', message: 'Slow down'}}, times: 1});
  const doctor = await checkAll(page);
  await expect(rowOf(doctor, page, 'Tailspin Toys').locator('[data-verdict]')).toHaveText('Error');
  await expect(rowOf(doctor, page, 'Tailspin Toys')).toContainText('HTTP 503');
  // Throttled once, waited as asked, then answered.
  await expect(rowOf(doctor, page, 'Fabrikam').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
  await expect(rowOf(doctor, page, 'Contoso Partner').locator('[data-verdict]')).toHaveText('Recognised');
});

test('signing out while tenant tokens are on their way keeps none of them', async ({page, cloud}) => {
  await recordTokenWrites(page);
  await page.goto('/pal-doctor');
  const doctor = page.locator('#pal-doctor');
  await doctor.getByRole('button', {name: 'Sign in'}).click();
  await expect(doctor.getByRole('button', {name: 'Check all tenants'})).toBeEnabled();
  const before = cloud.entra.tokenRequests.length;
  let answer = (): void => undefined;
  cloud.entra.holdTokens = new Promise<void>((resolve) => (answer = resolve));
  await doctor.getByRole('button', {name: 'Check all tenants'}).click();
  // A token request for each of the six other tenants (the Lighthouse row uses the home
  // token) has reached Entra ID; none is answered yet.
  await expect.poll(() => cloud.entra.tokenRequests.length - before).toBe(6);
  await doctor.getByRole('button', {name: 'Sign out'}).click();
  // The previous account's results go with it.
  await expect(doctor.getByRole('button', {name: 'Sign in', exact: true})).toBeVisible();
  await expect(doctor.getByRole('table')).toHaveCount(0);
  const accessWritten = await tokenWrites(page, 'accesstoken');
  const refreshWritten = await tokenWrites(page, 'refreshtoken');
  answer();
  // MSAL stores the refresh token of each late answer as it lands (five: Woodgrove refuses
  // without MFA), then the guard removes it. The tenants' access tokens never reach storage.
  await expect.poll(() => tokenWrites(page, 'refreshtoken')).toBe(refreshWritten + 5);
  await expect.poll(() => storedTokens(page)).toEqual([]);
  expect(await tokenWrites(page, 'accesstoken')).toBe(accessWritten);
  await expect(doctor.getByRole('table')).toHaveCount(0);
});

test('bulk link: Cancel changes nothing', async ({page, cloud}) => {
  const doctor = await checkAll(page);
  await doctor.getByRole('checkbox', {name: 'Select Fabrikam'}).check();
  await doctor.getByRole('checkbox', {name: 'Select Northwind Traders'}).check();
  await doctor.getByLabel('Partner ID').fill(OUR_ID);
  await doctor.getByRole('button', {name: 'Link selected'}).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Fabrikam');
  await dialog.getByRole('button', {name: 'Cancel'}).click();
  await expect(dialog).toBeHidden();
  expect(cloud.arm.writes()).toEqual([]);
});

test('bulk link: Confirm links only the selected tenants, PATCH where another ID is linked, and reads back', async ({page, cloud}) => {
  const doctor = await checkAll(page);
  await expect(doctor.getByRole('checkbox', {name: 'Select Alpine Ski House'})).toBeDisabled();
  await expect(doctor.getByRole('checkbox', {name: 'Select Woodgrove Bank'})).toBeDisabled();
  await doctor.getByRole('checkbox', {name: 'Select Fabrikam'}).check();
  await doctor.getByRole('checkbox', {name: 'Select Northwind Traders'}).check();
  await doctor.getByRole('checkbox', {name: 'Select Contoso Partner'}).check();
  await doctor.getByLabel('Partner ID').fill(OUR_ID);
  await doctor.getByRole('button', {name: 'Link selected'}).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Fabrikam (fabrikam.test): link ${OUR_ID}`);
  await expect(dialog).toContainText(`Northwind Traders (northwind.test): change ${OTHER_ID} → ${OUR_ID}`);
  await expect(dialog).toContainText(`already linked to ${OUR_ID}, nothing to do`);
  await dialog.getByRole('button', {name: 'Confirm'}).click();
  await expect(doctor.getByRole('status')).toContainText('Bulk link finished: 1 linked, 1 changed, 1 already linked.');
  await expect(doctor.locator('progress')).toHaveAttribute('value', '3');
  await expect(rowOf(doctor, page, 'Fabrikam').locator('[data-verdict]')).toHaveText('Recognised');
  await expect(rowOf(doctor, page, 'Northwind Traders')).toContainText(`Changed to ${OUR_ID}`);

  const writes = cloud.arm.writes().map((w) => `${w.method} ${w.tenantId}`).sort();
  expect(writes).toEqual([`PATCH ${NORTHWIND}`, `PUT ${FABRIKAM}`].sort());
  const {objectIds} = cloud.scenario.user;
  expect(cloud.arm.linkOf(FABRIKAM, objectIds[FABRIKAM])?.partnerId).toBe(OUR_ID);
  expect(cloud.arm.linkOf(NORTHWIND, objectIds[NORTHWIND])?.partnerId).toBe(OUR_ID);
  expect(cloud.arm.linkOf(TAILSPIN, objectIds[TAILSPIN])).toBeUndefined();
});

test('bulk link: a failed tenant keeps a Retry button that finishes the job', async ({page, cloud}) => {
  cloud.arm.fail({method: 'PUT', path: PARTNERS, tenantId: FABRIKAM, status: 500, body: {error: {code: 'InternalServerError', message: 'Boom'}}, times: 3});
  const doctor = await checkAll(page);
  await doctor.getByRole('checkbox', {name: 'Select Fabrikam'}).check();
  await doctor.getByRole('checkbox', {name: 'Select Tailspin Toys'}).check();
  await doctor.getByLabel('Partner ID').fill(OUR_ID);
  await doctor.getByRole('button', {name: 'Link selected'}).click();
  await page.getByRole('dialog').getByRole('button', {name: 'Confirm'}).click();
  await expect(doctor.getByRole('status')).toContainText('1 linked, 1 failed');
  const fabrikam = rowOf(doctor, page, 'Fabrikam');
  await expect(fabrikam.getByRole('alert')).toContainText('HTTP 500');
  await fabrikam.getByRole('button', {name: 'Retry'}).click();
  await expect(fabrikam).toContainText(`Linked to ${OUR_ID}`);
  await expect(fabrikam.getByRole('button', {name: 'Retry'})).toHaveCount(0);
  expect(cloud.arm.linkOf(FABRIKAM, cloud.scenario.user.objectIds[FABRIKAM])?.partnerId).toBe(OUR_ID);
});

test('bulk link: a tenant reached through CSP delegated admin says how to be recognised there', async ({page, cloud}) => {
  cloud.arm.fail({
    method: 'PUT',
    path: PARTNERS,
    tenantId: FABRIKAM,
    status: 400,
    body: {error: {code: 'BadRequest', message: 'The user does not have an account in this tenant, work with the administrator to add the account. If you are a CSP partner logged in the customer tenant, you will not be able to link the Partner ID'}},
  });
  const doctor = await checkAll(page);
  await doctor.getByRole('checkbox', {name: 'Select Fabrikam'}).check();
  await doctor.getByLabel('Partner ID').fill(OUR_ID);
  await doctor.getByRole('button', {name: 'Link selected'}).click();
  await page.getByRole('dialog').getByRole('button', {name: 'Confirm'}).click();
  const alert = rowOf(doctor, page, 'Fabrikam').getByRole('alert');
  await expect(alert).toContainText('DAP or GDAP');
  await expect(alert).toContainText('guest or directory account, or a service principal');
  await expect(alert).toContainText('Azure Lighthouse');
  await expect(alert).not.toContainText('already recognised');
});

test('JSON and CSV downloads contain the checked rows', async ({page, cloud}) => {
  const doctor = await checkAll(page);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), doctor.getByRole('button', {name: 'Download JSON'}).click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^pal-attestation-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  expect(json.tenants).toHaveLength(8);
  const fabrikam = json.tenants.find((t: {tenantId: string}) => t.tenantId === FABRIKAM);
  expect(fabrikam).toMatchObject({
    displayName: 'Fabrikam',
    defaultDomain: 'fabrikam.test',
    principalType: 'User',
    userPrincipalName: 'sam@contosopartner.test',
    objectId: cloud.scenario.user.objectIds[FABRIKAM],
    partnerId: '',
    verdict: 'Eligible role, not linked',
  });
  expect(fabrikam.assignments).toEqual([
    {
      scope: expect.stringContaining('/resourceGroups/rg-app'),
      roleName: 'Contributor',
      roleDefinitionId: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
      pecEligible: true,
      viaGroup: false,
    },
  ]);
  const home = json.tenants.find((t: {tenantId: string}) => t.tenantId === HOME);
  expect(home).toMatchObject({partnerId: OUR_ID, partnerName: 'Contoso Partner Ltd', objectId: cloud.scenario.user.objectIds[HOME]});

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), doctor.getByRole('button', {name: 'Download CSV'}).click()]);
  const lines = (await readFile(await csvDownload.path(), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'tenantId,displayName,defaultDomain,tenantCategory,principalType,principalName,userPrincipalName,objectId,partnerId,partnerName,linkState,verdict,checkedAt,scope,roleName,roleDefinitionId,pecEligible,viaGroup',
  );
  const adventure = lines.filter((l) => l.startsWith(ADVENTURE));
  expect(adventure).toHaveLength(2);
  expect(adventure.some((l) => l.includes('Adventure Works Operator') && l.includes('not classified'))).toBe(true);
  expect(lines.some((l) => l.startsWith(`${NORTHWIND},`) && l.includes(',Support Request Contributor,') && l.endsWith(',true,true'))).toBe(true);
});
