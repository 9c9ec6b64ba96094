import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {alex, doctorScenario, FABRIKAM, homeAccountId, HOME, OUR_ID} from './fakes/scenario';
import type {FakeUser} from './fakes/scenario';

/** Sign-out and what was still on its way, with real MSAL against the fakes. */

/** Every sessionStorage entry that belongs to that account in MSAL's cache. */
async function cacheOf(page: Page, user: FakeUser): Promise<string[]> {
  const id = homeAccountId(user);
  const entries = await page.evaluate(() => Object.entries(sessionStorage));
  return entries.filter(([key, value]) => key.includes(id) || (value.includes(id) && /"credentialType"|"authorityType"/.test(value))).map(([key]) => key);
}

function held(): {until: Promise<void>; release: () => void} {
  let release = (): void => undefined;
  const until = new Promise<void>((resolve) => (release = resolve));
  return {until, release};
}

test.describe('Sign out', () => {
  test('says exactly what it removed, and "Sign out of Microsoft too" ends the Microsoft session', async ({page, cloud}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    await widget.getByRole('button', {name: 'Sign out'}).click();
    const status = widget.getByRole('status');
    await expect(status).toContainText("Signed out of PAL Guide: this site's tokens were removed from this browser.");
    await expect(status).toContainText('You are still signed in to Microsoft in this browser');
    expect(cloud.entra.microsoftSession).toBe(true);
    expect(cloud.entra.logoutRequests).toEqual([]);

    const popup = page.waitForEvent('popup');
    await widget.getByRole('button', {name: 'Sign out of Microsoft too'}).click();
    await popup;
    await expect(status).toContainText("Signed out of Microsoft too: Microsoft's sign-out page ended your Microsoft sign-in session in this browser.");
    expect(cloud.entra.microsoftSession).toBe(false);
    expect(cloud.entra.logoutRequests).toEqual([{tenant: 'organizations', postLogoutRedirectUri: `${test.info().project.use.baseURL}/auth/redirect.html`}]);
    await expect(widget.getByRole('button', {name: 'Sign out of Microsoft too'})).toHaveCount(0);
    await expect(widget.getByRole('button', {name: 'Sign in'})).toBeEnabled();
  });

  test('"Sign out of Microsoft too" goes to the sign-out page and back when popups are blocked', async ({page, cloud}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    await widget.getByRole('button', {name: 'Sign out'}).click();
    await page.evaluate(() => {
      window.open = () => null;
    });
    await widget.getByRole('button', {name: 'Sign out of Microsoft too'}).click();
    await expect.poll(() => cloud.entra.logoutRequests.length).toBe(1);
    expect(cloud.entra.microsoftSession).toBe(false);
    // MSAL brings a sign-out redirect back to the home page, whose widget says what happened.
    await page.waitForURL(`${test.info().project.use.baseURL}/`);
    const home = page.locator('#overview-pal');
    await expect(home.getByRole('status')).toContainText("Signed out of Microsoft too: Microsoft's sign-out page ended your Microsoft sign-in session");
    await expect(home.getByRole('button', {name: 'Sign in'})).toBeEnabled();
    await page.reload();
    await expect(home.getByRole('status')).not.toContainText('Signed out of Microsoft too');
    // No marker is left to pull a widget's session in on a later page.
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('pal-guide.')))).toEqual([]);
  });
});

test.describe('late tenant tokens across sign-out and sign-in', () => {
  test.use({scenario: async ({}, use) => use(doctorScenario())});

  async function checkWithTokensHeld(page: Page, cloud: {entra: {tokenRequests: unknown[]; holdRefreshTokens: Promise<void> | null}}) {
    await page.goto('/pal-doctor');
    const doctor = page.locator('#pal-doctor');
    await doctor.getByRole('button', {name: 'Sign in'}).click();
    await expect(doctor.getByRole('button', {name: 'Check all tenants'})).toBeEnabled();
    const before = cloud.entra.tokenRequests.length;
    const hold = held();
    cloud.entra.holdRefreshTokens = hold.until;
    await doctor.getByRole('button', {name: 'Check all tenants'}).click();
    // A token request for each of the six other tenants is on its way; none is answered.
    await expect.poll(() => cloud.entra.tokenRequests.length - before).toBe(6);
    await doctor.getByRole('button', {name: 'Sign out'}).click();
    await expect(doctor.getByRole('button', {name: 'Sign in', exact: true})).toBeVisible();
    return {doctor, release: hold.release};
  }

  async function landLateTokens(page: Page, cloud: {entra: {tokenRequests: unknown[]; tokenAnswers: number}}, release: () => void) {
    release();
    await expect.poll(() => cloud.entra.tokenAnswers).toBe(cloud.entra.tokenRequests.length);
    // MSAL caches each answer, then our guard decides what stays.
    await page.waitForTimeout(1000);
  }

  test('someone else signs in meanwhile: their session stays, the old account\'s late tokens go', async ({page, cloud}) => {
    const sam = cloud.scenario.user;
    const {doctor, release} = await checkWithTokensHeld(page, cloud);
    cloud.scenario.otherUsers = [sam];
    cloud.scenario.user = alex();
    await doctor.getByRole('button', {name: 'Sign in', exact: true}).click();
    await expect(doctor).toContainText('Signed in as alex@fabrikam.test');

    await landLateTokens(page, cloud, release);
    expect(await cacheOf(page, sam)).toEqual([]);
    const alexCache = await cacheOf(page, alex());
    expect(alexCache.some((key) => /refreshtoken/i.test(key))).toBe(true);
    expect(alexCache.some((key) => /accesstoken/i.test(key))).toBe(true);
    await expect(doctor).toContainText('Signed in as alex@fabrikam.test');
    await expect(doctor.getByRole('table')).toHaveCount(0);

    // The new session is still whole: it comes back on reload and checks Alex's own tenant.
    await page.reload();
    await expect(doctor).toContainText('Signed in as alex@fabrikam.test');
    await doctor.getByRole('button', {name: 'Check all tenants'}).click();
    await expect(doctor.getByRole('rowheader', {name: 'Fabrikam'})).toBeVisible();
    await expect(doctor.getByRole('rowheader', {name: 'Contoso Partner'})).toHaveCount(0);
  });

  test('the same account signs in again meanwhile: the new session survives the late tokens', async ({page, cloud}) => {
    const sam = cloud.scenario.user;
    const {doctor, release} = await checkWithTokensHeld(page, cloud);
    await doctor.getByRole('button', {name: 'Sign in', exact: true}).click();
    await expect(doctor).toContainText('Signed in as sam@contosopartner.test');

    await landLateTokens(page, cloud, release);
    await expect(doctor).toContainText('Signed in as sam@contosopartner.test');
    expect((await cacheOf(page, sam)).some((key) => /refreshtoken/i.test(key))).toBe(true);
    // The late answers belonged to the signed-out session: its table stays cleared.
    await expect(doctor.getByRole('table')).toHaveCount(0);
    await page.reload();
    await expect(doctor).toContainText('Signed in as sam@contosopartner.test');
  });
});

test.describe('Check and link after Sign out', () => {
  async function signInWithTenantsHeld(page: Page, cloud: {arm: {hold: (m: {method?: string; path: RegExp; tenantId?: string}) => () => void; held: number}}) {
    const release = cloud.arm.hold({method: 'GET', path: /^\/tenants$/, tenantId: HOME});
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect.poll(() => cloud.arm.held).toBe(1);
    // Reading only: Sign out does not wait for it.
    await widget.getByRole('button', {name: 'Sign out'}).click();
    await expect(widget.getByRole('status')).toContainText('Signed out of PAL Guide');
    return {widget, release};
  }

  test('drops a tenant list that arrives after Sign out, even once someone else has signed in', async ({page, cloud}) => {
    const sam = cloud.scenario.user;
    const {widget, release} = await signInWithTenantsHeld(page, cloud);
    cloud.scenario.otherUsers = [sam];
    cloud.scenario.user = alex();
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget).toContainText('Signed in as alex@fabrikam.test');
    const tenants: Locator = widget.getByLabel('Tenant');
    await expect(tenants).toBeEnabled();
    const alexTenants = ['Fabrikam (fabrikam.test)', 'Another tenant: type its ID or domain…'];
    await expect(tenants.locator('option')).toHaveText(alexTenants);

    release();
    await expect.poll(() => cloud.arm.held).toBe(0);
    await page.waitForTimeout(500);
    await expect(tenants.locator('option')).toHaveText(alexTenants);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    // Sam's list did land, both of its pages, after Alex's.
    expect(cloud.arm.requests.filter((r) => r.path === '/tenants').map((r) => r.tenantId)).toEqual([HOME, FABRIKAM, HOME]);
  });

  test('drops an error that arrives after Sign out', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: /^\/tenants$/, status: 500, body: {error: {code: 'InternalServerError', message: 'Boom'}}});
    const {widget, release} = await signInWithTenantsHeld(page, cloud);
    release();
    // The first answer and the SDK's two retries of the 500.
    await expect.poll(() => cloud.arm.requests.filter((r) => r.path === '/tenants').length).toBe(3);
    await page.waitForTimeout(500);
    await expect(widget.getByRole('alert')).toHaveCount(0);
    await expect(widget.getByRole('status')).toContainText('Signed out of PAL Guide');
    await expect(widget.getByRole('button', {name: 'Sign in'})).toBeEnabled();
  });
});
