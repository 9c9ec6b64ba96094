import {readFile} from 'node:fs/promises';
import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {
  ALPINE,
  doctorScenario,
  FABRIKAM,
  HOME,
  lighthouseScenario,
  manyTenantsScenario,
  NORTHWIND,
  OTHER_ID,
  OUR_ID,
  TAILSPIN,
  WOODGROVE,
  type Scenario,
} from './fakes/scenario';

/** The PAL doctor at a managed service provider's scale, with real MSAL against the fakes. */

const VERDICTS = ['Recognised', 'Linked, no eligible role', 'Eligible role, not linked', 'Not linked, no eligible role', 'Needs sign-in', 'Error'];
const ROLE_ASSIGNMENTS = /\/providers\/Microsoft\.Authorization\/roleAssignments$/;

function rowOf(doctor: Locator, page: Page, tenant: string): Locator {
  return doctor.getByRole('row').filter({has: page.getByRole('rowheader', {name: tenant})});
}

/** Callers take the `cloud` fixture: without it nothing answers for Entra ID and ARM. */
async function signIn(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/pal-doctor${query}`);
  const doctor = page.locator('#pal-doctor');
  await doctor.getByRole('button', {name: 'Sign in'}).click();
  // The machine may be busy: the sign-in window gets more time than an assertion.
  await expect(doctor.getByRole('button', {name: 'Check all tenants'})).toBeEnabled({timeout: 30_000});
  return doctor;
}

async function checkAll(page: Page, count: number, query = ''): Promise<Locator> {
  const doctor = await signIn(page, query);
  await doctor.getByRole('button', {name: 'Check all tenants'}).click();
  await expect(doctor.getByRole('status').first()).toContainText(`${count} of ${count} tenants checked.`, {timeout: 60_000});
  return doctor;
}

/** Names in the table's tenant column, top to bottom. */
const shownNames = (doctor: Locator) => doctor.getByRole('rowheader').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));

test.describe('throttling', () => {
  test.use({scenario: async ({}, use) => use(manyTenantsScenario(60))});

  test('throttled ARM and token calls are retried after the wait asked for: every tenant gets its verdict, no Error row', async ({page, cloud}) => {
    cloud.arm.throttleShare = 0.1;
    const throttledTenant = cloud.scenario.tenants[7].tenantId;
    cloud.entra.throttleTokens.set(throttledTenant, 1);
    const doctor = await checkAll(page, 60);
    expect(cloud.arm.throttled).toBeGreaterThan(5);
    expect(cloud.entra.throttledTokens).toBe(1);
    // Each throttled call was made again, no sooner than the second asked for.
    const calls = new Map<string, number[]>();
    for (const r of cloud.arm.requests) calls.set(`${r.method} ${r.path}${r.query} ${r.tenantId}`, [...(calls.get(`${r.method} ${r.path}${r.query} ${r.tenantId}`) ?? []), r.at]);
    const repeated = [...calls.values()].filter((times) => times.length > 1);
    expect(repeated.length).toBe(cloud.arm.throttled);
    for (const times of repeated) expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);

    await expect(doctor.getByRole('button', {name: 'Eligible role, not linked: 59'})).toBeVisible();
    await expect(doctor.getByRole('button', {name: 'Recognised: 1'})).toBeVisible();
    await expect(doctor.locator('[data-verdict="Error"]')).toHaveCount(0);
    const progress = doctor.getByRole('progressbar', {name: 'Tenants checked'});
    await expect(progress).toHaveAttribute('aria-valuenow', '60');
    await expect(progress).toHaveAttribute('aria-valuemax', '60');

    // 60 rows: 50 on the first page, the rest on the next; every row reachable.
    await expect(doctor.getByRole('rowheader')).toHaveCount(50);
    await expect(doctor).toContainText('Showing 1–50 of 60');
    await doctor.getByRole('button', {name: 'Next page'}).click();
    await expect(doctor.getByRole('rowheader')).toHaveCount(10);
    await expect(rowOf(doctor, page, 'Customer 0059').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
    await doctor.getByLabel('Rows per page').selectOption('100');
    await expect(doctor.getByRole('rowheader')).toHaveCount(60);
  });

  test('a tenant Azure keeps throttling ends as a row that says so, with Retry that checks it again', async ({page, cloud}) => {
    const stubborn = cloud.scenario.tenants[3];
    cloud.arm.fail({method: 'GET', path: /^\/providers\/Microsoft\.ManagementPartner\/partners$/, tenantId: stubborn.tenantId, status: 429, headers: {'Retry-After': '1'}, body: {error: {code: 'TooManyRequests', message: 'Slow down'}}, times: 5});
    const doctor = await checkAll(page, 60);
    const row = rowOf(doctor, page, stubborn.displayName);
    await expect(row.locator('[data-verdict]')).toHaveText('Error');
    await expect(row).toContainText('Azure is throttling requests from your account (HTTP 429). PAL Guide waited 4 s in all and tried 5 times');
    await expect(doctor.locator('[data-verdict="Error"]')).toHaveCount(1);
    await row.getByRole('button', {name: 'Retry'}).click();
    await expect(row.locator('[data-verdict]')).toHaveText('Eligible role, not linked');
  });
});

test.describe('the cost per tenant', () => {
  test.use({scenario: async ({}, use) => use(manyTenantsScenario(60))});

  test("MSAL's active account is read a few times per check, not once per tenant (each read decodes every tenant's ID token)", async ({page, cloud}) => {
    await page.addInitScript(() => {
      const w = window as unknown as {activeAccountReads: number};
      w.activeAccountReads = 0;
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (key.includes('active-account')) w.activeAccountReads += 1;
        return getItem.call(this, key);
      };
    });
    const doctor = await signIn(page);
    const before = await page.evaluate(() => (window as unknown as {activeAccountReads: number}).activeAccountReads);
    await doctor.getByRole('button', {name: 'Check all tenants'}).click();
    await expect(doctor.getByRole('status').first()).toContainText('60 of 60 tenants checked.', {timeout: 60_000});
    const during = (await page.evaluate(() => (window as unknown as {activeAccountReads: number}).activeAccountReads)) - before;
    expect(cloud.entra.tokenRequests.length).toBeGreaterThanOrEqual(59);
    expect(during).toBeLessThan(10);
  });
});

test.describe('Cancel', () => {
  test.use({scenario: async ({}, use) => use(manyTenantsScenario(12))});

  test('stops the check: nothing more is requested, done rows keep their verdicts, the others say they were not checked', async ({page, cloud}) => {
    const ids = cloud.scenario.tenants.map((t) => t.tenantId);
    // Three at a time; tenants 4, 5 and 6 hang on their role assignments, so 0-3 finish and 7-11 wait.
    const releases = [4, 5, 6].map((i) => cloud.arm.hold({method: 'GET', path: ROLE_ASSIGNMENTS, tenantId: ids[i]}));
    const doctor = await signIn(page, '?concurrency=3');
    await doctor.getByRole('button', {name: 'Check all tenants'}).click();
    await expect.poll(() => cloud.arm.held).toBe(3);
    await expect(doctor.locator('[data-verdict]')).toHaveCount(4);
    await expect(doctor.getByRole('progressbar', {name: 'Tenants checked'})).toHaveAttribute('aria-valuenow', '4');
    await expect(doctor).toContainText('4 of 12 tenants checked');
    const before = cloud.arm.requests.length;
    const tokensBefore = cloud.entra.tokenRequests.length;
    await doctor.getByRole('button', {name: 'Cancel'}).click();
    await expect(doctor.getByRole('status').first()).toContainText('Cancelled: 4 of 12 tenants checked, 8 not checked.');
    releases.forEach((release) => release());
    await expect.poll(() => cloud.arm.held).toBe(0);
    // Let any straggler land: the rows stay as they were, and nothing new went out.
    await page.waitForTimeout(500);
    expect(cloud.arm.requests.length).toBe(before);
    expect(cloud.entra.tokenRequests.length).toBe(tokensBefore);
    for (const i of [7, 8, 9, 10, 11]) expect(cloud.arm.requests.some((r) => r.tenantId === ids[i])).toBe(false);
    await expect(doctor.locator('[data-verdict]')).toHaveCount(4);
    for (const i of [0, 1, 2, 3]) await expect(rowOf(doctor, page, cloud.scenario.tenants[i].displayName).locator('[data-verdict]')).toBeVisible();
    for (const i of [4, 5, 6, 7, 11]) await expect(rowOf(doctor, page, cloud.scenario.tenants[i].displayName)).toContainText('Not checked: the check was cancelled.');
    await expect(doctor.getByRole('button', {name: 'Cancel'})).toHaveCount(0);
  });
});

test.describe('the table', () => {
  test.use({scenario: async ({}, use) => use(doctorScenario())});

  test('Show, Filter tenants, counts per verdict and sortable headers', async ({page, cloud}) => {
    void cloud;
    const doctor = await checkAll(page, 8);
    const show = doctor.getByLabel('Show');
    await expect(show.locator('option')).toHaveText(['All verdicts', ...VERDICTS]);

    await show.selectOption('Recognised');
    expect(await shownNames(doctor)).toEqual(['Contoso Partner', 'Litware', 'Northwind Traders', 'Alpine Ski House']);
    const filter = doctor.getByLabel('Filter tenants');
    await filter.fill('north');
    expect(await shownNames(doctor)).toEqual(['Northwind Traders']);
    await show.selectOption('All verdicts');
    await filter.fill('TAILSPIN.test');
    expect(await shownNames(doctor)).toEqual(['Tailspin Toys']);
    await filter.fill(FABRIKAM);
    expect(await shownNames(doctor)).toEqual(['Fabrikam']);
    await filter.fill('no such tenant');
    await expect(doctor).toContainText('No tenant matches the filter.');
    await filter.fill('');

    // The counts above the table, each a filter.
    const counts = doctor.getByRole('list', {name: 'Tenants per verdict'}).getByRole('button');
    // Verdicts no tenant has are left out.
    await expect(counts).toHaveText(['Recognised: 4', 'Linked, no eligible role: 1', 'Eligible role, not linked: 1', 'Not linked, no eligible role: 1', 'Needs sign-in: 1']);
    await doctor.getByRole('button', {name: 'Needs sign-in: 1'}).click();
    await expect(show).toHaveValue('Needs sign-in');
    expect(await shownNames(doctor)).toEqual(['Woodgrove Bank']);
    await doctor.getByRole('button', {name: 'Needs sign-in: 1'}).click();
    await expect(show).toHaveValue('All verdicts');

    const tenantHeader = doctor.getByRole('columnheader', {name: 'Tenant'});
    const verdictHeader = doctor.getByRole('columnheader', {name: 'Verdict'});
    await expect(tenantHeader).toHaveAttribute('aria-sort', 'none');
    await tenantHeader.getByRole('button').click();
    await expect(tenantHeader).toHaveAttribute('aria-sort', 'ascending');
    const names = ['Adventure Works', 'Alpine Ski House', 'Contoso Partner', 'Fabrikam', 'Litware', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank'];
    expect(await shownNames(doctor)).toEqual(names);
    await tenantHeader.getByRole('button').click();
    await expect(tenantHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await shownNames(doctor)).toEqual([...names].reverse());
    await verdictHeader.getByRole('button').click();
    await expect(verdictHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(tenantHeader).toHaveAttribute('aria-sort', 'none');
    const verdicts = await doctor.locator('[data-verdict]').filter({visible: true}).evaluateAll((cells) => cells.filter((c) => c.tagName === 'STRONG').map((c) => c.textContent));
    expect(verdicts).toEqual([...verdicts].sort((a, b) => VERDICTS.indexOf(a ?? '') - VERDICTS.indexOf(b ?? '')));
    // Keyboard: the header's sort button is reached with Tab and works with Enter.
    await verdictHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(verdictHeader).toHaveAttribute('aria-sort', 'descending');
  });

  test('advice opens on demand', async ({page, cloud}) => {
    void cloud;
    const doctor = await checkAll(page, 8);
    const fabrikam = rowOf(doctor, page, 'Fabrikam');
    const advice = fabrikam.getByText('Link your Partner ID in this tenant');
    await expect(advice).toBeHidden();
    await fabrikam.getByText('Advice').click();
    await expect(advice).toBeVisible();
  });

  test('Select all shown selects the selectable rows the filter shows, and Link selected links just those', async ({page, cloud}) => {
    const doctor = await checkAll(page, 8);
    await doctor.getByLabel('Show').selectOption('Recognised');
    await doctor.getByRole('button', {name: 'Select all shown'}).click();
    await expect(doctor.getByRole('checkbox', {name: 'Select Contoso Partner'})).toBeChecked();
    await expect(doctor.getByRole('checkbox', {name: 'Select Northwind Traders'})).toBeChecked();
    await expect(doctor.getByRole('checkbox', {name: 'Select Litware'})).toBeChecked();
    // The Lighthouse row is linked through the home tenant: never selected.
    await expect(doctor.getByRole('checkbox', {name: 'Select Alpine Ski House'})).not.toBeChecked();
    await expect(doctor).toContainText('3 selected');
    await doctor.getByLabel('Show').selectOption('All verdicts');
    await expect(doctor.getByRole('checkbox', {name: 'Select Fabrikam'})).not.toBeChecked();
    await expect(doctor.getByRole('checkbox', {name: 'Select Tailspin Toys'})).not.toBeChecked();

    await doctor.getByLabel('Partner ID').fill(OUR_ID);
    await doctor.getByRole('button', {name: 'Link selected'}).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('listitem')).toHaveCount(3);
    await expect(dialog).toContainText(`Northwind Traders (northwind.test): change ${OTHER_ID} → ${OUR_ID}`);
    await expect(dialog).toContainText(`already linked to ${OUR_ID}, nothing to do`);
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(doctor.getByRole('status').first()).toContainText('Bulk link finished: 1 changed, 2 already linked.');
    expect(cloud.arm.writes().map((w) => `${w.method} ${w.tenantId}`)).toEqual([`PATCH ${NORTHWIND}`]);
  });

  test('exports hold every tenant whatever the filter, and say so', async ({page, cloud}) => {
    void cloud;
    const doctor = await checkAll(page, 8);
    await doctor.getByLabel('Show').selectOption('Recognised');
    await doctor.getByLabel('Filter tenants').fill('north');
    expect(await shownNames(doctor)).toEqual(['Northwind Traders']);
    await expect(doctor).toContainText('Downloads include all 8 tenants, whatever the table shows.');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), doctor.getByRole('button', {name: 'Download JSON'}).click()]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
    expect(json.tenants.map((t: {tenantId: string}) => t.tenantId).sort()).toEqual(
      [HOME, FABRIKAM, NORTHWIND, TAILSPIN, WOODGROVE, ALPINE, '77777777-1111-4111-8111-777777777777', '88888888-2222-4222-8222-888888888888'].sort(),
    );
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), doctor.getByRole('button', {name: 'Download CSV'}).click()]);
    const lines = (await readFile(await csvDownload.path(), 'utf8')).trimEnd().split('\r\n');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(8);
  });
});

test.describe('Sign in to these tenants', () => {
  function threeNeedSignIn(): Scenario {
    const scenario = doctorScenario();
    const mfa = {error: 'invalid_grant', description: 'AADSTS50076: you must use multi-factor authentication.', suberror: 'basic_action'};
    for (const t of scenario.tenants) if (t.tenantId === FABRIKAM || t.tenantId === TAILSPIN) t.silentError = mfa;
    return scenario;
  }
  test.use({scenario: async ({}, use) => use(threeNeedSignIn())});

  test('walks through every tenant that needs sign-in, one window after another, and checks each again', async ({page, cloud}) => {
    const doctor = await checkAll(page, 8);
    await expect(doctor.locator('[data-verdict="Needs sign-in"]')).toHaveCount(3);
    const before = cloud.entra.authorizeRequests.length;
    await doctor.getByRole('button', {name: 'Sign in to these tenants'}).click();
    await expect(doctor).toContainText('Signed in to 3 of 3 tenants that needed it');
    // One interactive sign-in per tenant, in the table's order.
    expect(cloud.entra.authorizeRequests.slice(before).map((r) => r.tenant)).toEqual([FABRIKAM, TAILSPIN, WOODGROVE]);
    await expect(doctor.locator('[data-verdict="Needs sign-in"]')).toHaveCount(0);
    await expect(rowOf(doctor, page, 'Fabrikam').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
    await expect(rowOf(doctor, page, 'Tailspin Toys').locator('[data-verdict]')).toHaveText('Not linked, no eligible role');
    await expect(rowOf(doctor, page, 'Woodgrove Bank').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
    await expect(doctor.getByRole('button', {name: 'Sign in to these tenants'})).toHaveCount(0);
  });

  test('stops when the reader cancels a sign-in, and says which tenants still need one', async ({page, cloud}) => {
    const doctor = await checkAll(page, 8);
    const tailspin = cloud.scenario.tenants.find((t) => t.tenantId === TAILSPIN);
    if (tailspin) tailspin.authorizeError = {error: 'access_denied', description: 'The user cancelled the sign-in.'};
    const before = cloud.entra.authorizeRequests.length;
    await doctor.getByRole('button', {name: 'Sign in to these tenants'}).click();
    await expect(doctor).toContainText('Stopped at Tailspin Toys: Sign-in was cancelled');
    await expect(doctor).toContainText('2 tenants still need sign-in.');
    expect(cloud.entra.authorizeRequests.slice(before).map((r) => r.tenant)).toEqual([FABRIKAM, TAILSPIN]);
    await expect(rowOf(doctor, page, 'Fabrikam').locator('[data-verdict]')).toHaveText('Eligible role, not linked');
    await expect(rowOf(doctor, page, 'Woodgrove Bank').locator('[data-verdict]')).toHaveText('Needs sign-in');
    await expect(doctor.getByRole('button', {name: 'Sign in to these tenants'})).toBeEnabled();
  });
});

test.describe('Azure Lighthouse at scale', () => {
  test.use({scenario: async ({}, use) => use(lighthouseScenario(40, 5))});

  test('a row per delegating customer, the home tenant read once for all of them', async ({page, cloud}) => {
    const doctor = await checkAll(page, 41, '');
    await expect(doctor.getByRole('button', {name: 'Recognised: 21'})).toBeVisible();
    await expect(doctor.getByRole('button', {name: 'Linked, no eligible role: 20'})).toBeVisible();
    await expect(rowOf(doctor, page, 'Delegating customer 0001')).toContainText('Lighthouse delegation');
    // Every call went with the home token; the link and the subscription list were read once.
    expect(new Set(cloud.arm.requests.map((r) => r.tenantId))).toEqual(new Set([HOME]));
    expect(cloud.arm.requests.filter((r) => r.path === '/subscriptions')).toHaveLength(1);
    expect(cloud.arm.requests.filter((r) => /ManagementPartner\/partners$/.test(r.path))).toHaveLength(1);
    // One role assignment read per subscription: 1 + 40 × 5.
    expect(cloud.arm.requests.filter((r) => ROLE_ASSIGNMENTS.test(r.path))).toHaveLength(201);
  });
});
