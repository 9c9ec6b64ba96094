import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {FABRIKAM, HOME, NORTHWIND, OTHER_ID, OUR_ID, TAILSPIN} from './fakes/scenario';

/** Every failure a reader can meet gets a message that says what happened and what to do. */

const PAGE = '/check-and-link';
const PARTNERS = /^\/providers\/Microsoft\.ManagementPartner\/partners/;

async function openWidget(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  return page.locator('#check-and-link');
}

async function signIn(page: Page): Promise<Locator> {
  const widget = await openWidget(page);
  await widget.getByRole('button', {name: 'Sign in'}).click();
  await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
  await expect(widget.getByLabel('Tenant')).toBeEnabled();
  return widget;
}

async function expectAlert(widget: Locator, ...texts: string[]): Promise<void> {
  const alert = widget.getByRole('alert');
  for (const text of texts) await expect(alert).toContainText(text);
}

test.describe('loading the sign-in code', () => {
  test.use({allowedConsoleErrors: [/net::ERR_FAILED|Loading chunk/]});

  test('a failed download is explained, and Sign in works once the code can load', async ({page, cloud}) => {
    await page.route(/\/pal-live\.[0-9a-f]+\.js$/, (route) => route.abort('failed'));
    const widget = await openWidget(page);
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expectAlert(widget, 'The sign-in code could not be loaded', 'Reload the page');
    expect(cloud.entra.tokenRequests).toEqual([]);
    await page.unroute(/\/pal-live\.[0-9a-f]+\.js$/);
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    await expect(widget.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('sign-in failures', () => {
  test('the reader closes the sign-in window', async ({page, cloud}) => {
    // MSAL 5 cannot see a cross-origin window close; it gives up after its bridge timeout.
    await page.clock.install();
    cloud.entra.holdAuthorize = true;
    const widget = await openWidget(page);
    const popup = page.waitForEvent('popup');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await (await popup).close();
    await expect(widget.getByRole('status')).toContainText('Waiting for you to finish signing in');
    await page.clock.fastForward(61_000);
    await expectAlert(widget, 'The sign-in window was closed', 'Select "Sign in" again');
    await expect(widget.getByRole('button', {name: 'Sign in'})).toBeEnabled();
  });

  test('the reader cancels on the Microsoft sign-in page', async ({page, cloud}) => {
    cloud.scenario.tenants[0].authorizeError = {error: 'access_denied', description: 'AADSTS65004: User declined to consent to access the app.'};
    const widget = await openWidget(page);
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expectAlert(widget, 'You declined the permission', 'Nothing was changed');
  });

  const refusals: Array<[string, {error: string; description: string}, string[]]> = [
    [
      'consent required (AADSTS65001)',
      {error: 'consent_required', description: 'AADSTS65001: The user or administrator has not consented to use the application.'},
      ['needs consent', 'Global Administrator'],
    ],
    [
      'admin approval needed (AADSTS90094)',
      {error: 'access_denied', description: 'AADSTS90094: An administrator of Contoso Partner has set a policy that prevents you from granting PAL Guide the permissions it is requesting.'},
      ['An administrator must approve PAL Guide', 'grant admin consent'],
    ],
    [
      'app not found in the tenant (AADSTS700016)',
      {error: 'unauthorized_client', description: "AADSTS700016: Application with identifier '00000000-0000-4000-8000-00000000c11e' was not found in the directory 'Contoso Partner'."},
      ['app registration is not available', 'multi-tenant'],
    ],
  ];
  for (const [name, refusal, texts] of refusals) {
    test(`sign-in refused: ${name}`, async ({page, cloud}) => {
      cloud.scenario.tenants[0].authorizeError = refusal;
      const widget = await openWidget(page);
      await widget.getByRole('button', {name: 'Sign in'}).click();
      await expectAlert(widget, ...texts);
      await expect(widget.getByRole('status')).toContainText('Not signed in');
    });
  }

  test('a refusal after the full-page redirect is explained on the widget it started from', async ({page, cloud}) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    cloud.scenario.tenants[0].authorizeError = {error: 'access_denied', description: 'AADSTS65004: User declined to consent to access the app.'};
    const widget = await openWidget(page);
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await page.waitForURL(/\/check-and-link$/);
    await expectAlert(widget, 'You declined the permission', 'Nothing was changed');
    await expect(page.locator('#check-and-link-title')).toBeFocused();
    // Reaching for the widget again loads the session afresh; the explanation stays until Sign in.
    await widget.hover();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /pal-live/.test(r.name)).length)).toBeGreaterThan(0);
    await expectAlert(widget, 'You declined the permission');
    await expect(widget.getByRole('button', {name: 'Sign in'})).toBeEnabled();
  });

  test('account not in the typed tenant (AADSTS50020)', async ({page, cloud}) => {
    cloud.scenario.tenants.push({tenantId: '55555555-eeee-4eee-8eee-555555555555', displayName: 'Litware', defaultDomain: 'litware.test'});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption({label: 'Another tenant: type its ID or domain…'});
    await widget.getByLabel('Directory ID or domain').fill('litware.test');
    await widget.getByRole('button', {name: 'Check this tenant'}).click();
    await expectAlert(widget, 'not a member or guest in litware.test', 'invite your account as a guest');
  });

  test('guest account not yet added to the tenant (AADSTS90072)', async ({page, cloud}) => {
    cloud.scenario.tenants[1].silentError = {
      error: 'invalid_grant',
      description: "AADSTS90072: User account 'sam@contosopartner.test' from identity provider 'https://sts.windows.net/x/' does not exist in tenant 'Fabrikam' and cannot access the application.",
    };
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(FABRIKAM);
    await expectAlert(widget, 'not a member or guest in Fabrikam (fabrikam.test)');
  });

  test('MFA required in a customer tenant: sign in to that tenant, then carry on', async ({page, cloud}) => {
    cloud.scenario.tenants[1].silentError = {
      error: 'invalid_grant',
      description: 'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication to access this resource.',
      suberror: 'basic_action',
    };
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(FABRIKAM);
    await expectAlert(widget, 'requires multi-factor authentication', 'Sign in to this tenant');
    await widget.getByRole('button', {name: 'Sign in to this tenant'}).click();
    await expect(widget.getByRole('status')).toContainText('Not linked: your identity in Fabrikam');
    await expect(widget.getByRole('alert')).toHaveCount(0);
    expect(cloud.entra.authorizeRequests.at(-1)).toEqual({tenant: FABRIKAM, prompt: undefined, loginHint: 'sam@contosopartner.test'});
  });

  test('conditional access blocks the tenant: no pointless retry button', async ({page, cloud}) => {
    cloud.scenario.tenants[1].silentError = {
      error: 'invalid_grant',
      description: 'AADSTS53003: Access has been blocked by Conditional Access policies.',
      suberror: 'message_only',
    };
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(FABRIKAM);
    await expectAlert(widget, 'conditional access policy', 'compliant or managed device');
    await expect(widget.getByRole('button', {name: 'Sign in to this tenant'})).toHaveCount(0);
  });
});

test.describe('Azure Resource Manager failures', () => {
  async function linkIn(page: Page, tenant: string, partnerId = OUR_ID): Promise<Locator> {
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(tenant);
    await expect(widget.getByRole('status')).not.toContainText('Checking');
    await widget.getByLabel('Partner ID').fill(partnerId);
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    return widget;
  }

  test('401 on reading the link', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 401, body: {error: {code: 'InvalidAuthenticationToken', message: 'The access token is invalid.'}}});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expectAlert(widget, 'did not accept your sign-in token', 'Sign out, sign in again');
    await expect(widget.getByRole('status')).toContainText('could not be read');
  });

  test('403 on creating the link keeps the typed ID and changes nothing', async ({page, cloud}) => {
    cloud.arm.fail({
      method: 'PUT',
      path: PARTNERS,
      status: 403,
      body: {error: {code: 'AuthorizationFailed', message: "The client does not have authorization to perform action 'Microsoft.ManagementPartner/partners/write'."}},
    });
    const widget = await linkIn(page, FABRIKAM);
    await expectAlert(widget, 'Azure refused the request in Fabrikam', 'ask the tenant administrator');
    await expect(widget.getByLabel('Partner ID')).toHaveValue(OUR_ID);
    expect(cloud.arm.linkOf(FABRIKAM, cloud.scenario.user.objectIds[FABRIKAM])).toBeUndefined();
  });

  test('CSP delegated admin: "does not have an account in this tenant" in plain words', async ({page, cloud}) => {
    cloud.arm.fail({
      method: 'PUT',
      path: PARTNERS,
      status: 403,
      body: {error: {code: 'Forbidden', message: 'The user does not have an account in this tenant. Please use an account in this tenant; you will not be able to link the Partner ID.'}},
    });
    const widget = await linkIn(page, FABRIKAM);
    await expectAlert(widget, 'DAP or GDAP', 'guest or directory account, or a service principal');
    await expect(widget.getByRole('alert')).toContainText('Azure Lighthouse');
    await expect(widget.getByRole('alert')).not.toContainText('already recognised');
  });

  test('the link vanished while the confirmation was open: nothing is written', async ({page, cloud}) => {
    const widget = await linkIn(page, NORTHWIND);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(OTHER_ID);
    delete cloud.scenario.links[`${NORTHWIND}|${cloud.scenario.user.objectIds[NORTHWIND]}`];
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText('there is no link any more. Nothing was written');
    expect(cloud.arm.writes()).toEqual([]);
  });

  test('404 on update: the link vanished between the last read and the PATCH', async ({page, cloud}) => {
    cloud.arm.fail({method: 'PATCH', path: PARTNERS, status: 404, body: {error: {code: 'ManagementPartnerNotFound', message: 'Not found'}}});
    const widget = await linkIn(page, NORTHWIND);
    await page.getByRole('dialog').getByRole('button', {name: 'Confirm'}).click();
    await expectAlert(widget, 'no link to change any more', 'Check the status again');
    expect(cloud.arm.writes().map((w) => w.method)).toEqual(['PATCH']);
  });

  test('409 conflict', async ({page, cloud}) => {
    cloud.arm.fail({method: 'PUT', path: PARTNERS, status: 409, body: {error: {code: 'Conflict', message: 'The resource was changed by another request.'}}});
    const widget = await linkIn(page, FABRIKAM);
    await expectAlert(widget, 'conflict', 'Check the status again');
  });

  test('429 once: the client waits for Retry-After and then succeeds', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 429, headers: {'Retry-After': '2'}, body: {error: {code: 'TooManyRequests', message: 'Rate limit exceeded.'}}, times: 1});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    const reads = cloud.arm.requests.filter((r) => r.tenantId === TAILSPIN && PARTNERS.test(r.path));
    expect(reads).toHaveLength(2);
    expect(reads[1].at - reads[0].at).toBeGreaterThanOrEqual(1900);
  });

  test('429 that persists: explained after honouring Retry-After on each of five attempts', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 429, headers: {'Retry-After': '1'}, body: {error: {code: 'TooManyRequests', message: 'Rate limit exceeded.'}}});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expectAlert(widget, 'throttling', 'PAL Guide waited 4 s in all and tried 5 times, but Azure was still throttling', 'Wait 1 s, then try again');
    const reads = cloud.arm.requests.filter((r) => r.tenantId === TAILSPIN);
    expect(reads).toHaveLength(5);
    // Each attempt after the wait Azure asked for.
    for (let i = 1; i < reads.length; i += 1) expect(reads[i].at - reads[i - 1].at).toBeGreaterThanOrEqual(950);
  });

  test('429 with a long Retry-After: reported at once as throttling, with the wait Azure asked for', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 429, headers: {'Retry-After': '300'}, body: {error: {code: 'TooManyRequests', message: 'Rate limit exceeded.'}}});
    const widget = await signIn(page);
    const asked = Date.now();
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expectAlert(widget, 'throttling', 'asked to wait 300 s (about 5 minutes)', 'gave up without trying again', 'Wait 300 s (about 5 minutes), then try again');
    // Not after the 30 s request timeout, and not as a timeout.
    expect(Date.now() - asked).toBeLessThan(10_000);
    await expect(widget.getByRole('alert')).not.toContainText('did not answer');
    expect(cloud.arm.requests.filter((r) => r.tenantId === TAILSPIN)).toHaveLength(1);
  });

  test('5xx from Azure', async ({page, cloud}) => {
    cloud.arm.fail({method: 'PUT', path: PARTNERS, status: 503, body: {error: {code: 'ServiceUnavailable', message: 'Try later.'}}});
    const widget = await linkIn(page, FABRIKAM);
    await expectAlert(widget, 'HTTP 503', 'may or may not have been made');
  });

  test('no answer: the request times out', async ({page, cloud}) => {
    await page.clock.install();
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, hang: true});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expect.poll(() => cloud.arm.requests.some((r) => r.tenantId === TAILSPIN)).toBe(true);
    await page.clock.fastForward(31_000);
    await expectAlert(widget, 'did not answer within 30 seconds', 'Try again');
  });

  test('offline', async ({page, context, cloud}) => {
    void cloud;
    const widget = await signIn(page);
    await context.setOffline(true);
    await widget.getByLabel('Tenant').selectOption(FABRIKAM);
    await expectAlert(widget, 'Your browser is offline', 'Reconnect');
    await context.setOffline(false);
  });

  test('an error in one tenant does not stick to the next', async ({page, cloud}) => {
    cloud.arm.fail({method: 'GET', path: PARTNERS, tenantId: TAILSPIN, status: 500, body: {error: {code: 'InternalServerError', message: 'Oops'}}});
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption(TAILSPIN);
    await expect(widget.getByRole('alert')).toBeVisible();
    await widget.getByLabel('Tenant').selectOption(HOME);
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    await expect(widget.getByRole('alert')).toHaveCount(0);
  });
});
