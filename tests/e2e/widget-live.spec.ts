import type {Locator, Page} from '@playwright/test';
import {test, expect, type Cloud} from './fixtures';
import {FABRIKAM, HOME, NORTHWIND, OTHER_ID, OUR_ID, REFUSED_ID, TAILSPIN} from './fakes/scenario';

const PAGE = '/check-and-link';

function widgetOf(page: Page): Locator {
  return page.locator('#check-and-link');
}

async function signIn(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  const widget = widgetOf(page);
  await widget.getByRole('button', {name: 'Sign in'}).click();
  await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
  await expect(widget.getByLabel('Tenant')).toBeEnabled();
  return widget;
}

async function chooseTenant(widget: Locator, tenantId: string): Promise<void> {
  await widget.getByLabel('Tenant').selectOption(tenantId);
}

const oid = (cloud: Cloud, tenantId: string) => cloud.scenario.user.objectIds[tenantId];

/** Northwind is linked to another partner: ask to link ours, which opens the confirmation. */
async function askToChangeNorthwind(page: Page): Promise<{widget: Locator; dialog: Locator}> {
  const widget = await signIn(page);
  await chooseTenant(widget, NORTHWIND);
  await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OTHER_ID} (Proseware Consulting)`);
  await widget.getByLabel('Partner ID').fill(OUR_ID);
  await widget.getByRole('button', {name: 'Link partner ID'}).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return {widget, dialog};
}

test.describe('sign-in', () => {
  test('signs in with a popup and shows the home tenant link', async ({page, cloud}) => {
    await page.goto(PAGE);
    const widget = widgetOf(page);
    const popup = page.waitForEvent('popup');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await popup;
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID} (Contoso Partner Ltd) in Contoso Partner`);
    await expect(widget).toContainText('Signed in as sam@contosopartner.test');
    for (const [field, value] of [
      ['Partner ID', OUR_ID],
      ['Partner name', 'Contoso Partner Ltd'],
      ['Tenant ID', HOME],
      ['Object ID', oid(cloud, HOME)],
      ['State', 'Active'],
    ]) {
      await expect(widget.locator(`dd[data-field="${field}"]`)).toHaveText(value);
    }
    expect(cloud.entra.authorizeRequests.map((r) => r.tenant)).toEqual(['organizations']);
  });

  test('falls back to a full-page redirect when the popup is blocked, and returns to the widget', async ({page, cloud}) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(PAGE);
    const widget = widgetOf(page);
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await page.waitForURL(/\/check-and-link$/);
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    await expect(page.locator('#check-and-link-title')).toBeFocused();
    expect(cloud.entra.authorizeRequests).toHaveLength(1);
  });

  test('lists the tenants from Azure with their domains, home tenant first, across pages of results', async ({page, cloud}) => {
    const widget = await signIn(page);
    const options = await widget.getByLabel('Tenant').locator('option').allTextContents();
    expect(options.slice(0, 4)).toEqual([
      'Contoso Partner (contosopartner.test)',
      'Fabrikam (fabrikam.test)',
      'Northwind Traders (northwind.test)',
      'Tailspin Toys (tailspin.test)',
    ]);
    expect(cloud.arm.requests.filter((r) => r.path === '/tenants')).toHaveLength(2);
  });

  test('one sign-in serves the widgets on other pages; sign-out clears it everywhere', async ({page, cloud}) => {
    await signIn(page);
    await page.goto('/users-and-guests');
    const other = page.locator('section[aria-labelledby$="-title"]').first();
    await expect(other.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID}`);
    expect(cloud.entra.authorizeRequests).toHaveLength(1);
    await other.getByRole('button', {name: 'Sign out'}).click();
    await expect(other.getByRole('status')).toContainText('Not signed in');
    await page.goto(PAGE);
    await expect(widgetOf(page).getByRole('button', {name: 'Sign in'})).toBeVisible();
    await expect(widgetOf(page).getByRole('status')).toContainText('Not signed in');
    const msalKeys = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('accesstoken') || k.includes('refreshtoken')));
    expect(msalKeys).toEqual([]);
  });

  test('keeps tokens in session storage only, never in local storage', async ({page, cloud}) => {
    void cloud;
    await signIn(page);
    await chooseTenant(widgetOf(page), FABRIKAM);
    await expect(widgetOf(page).getByRole('status')).toContainText('Not linked');
    const {local, session} = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
    }));
    const tokenLike = (entries: Array<[string, string]>) =>
      entries.filter(([key, value]) => /accesstoken|refreshtoken|idtoken/i.test(key) || /"secret"\s*:|eyJ[\w-]+\.eyJ/.test(value));
    expect(tokenLike(session).length).toBeGreaterThan(0);
    expect(tokenLike(local)).toEqual([]);
  });
});

test.describe('linking', () => {
  test('not linked → link: PUT in the chosen tenant, for that tenant’s object ID, then read back', async ({page, cloud}) => {
    const widget = await signIn(page);
    await chooseTenant(widget, FABRIKAM);
    await expect(widget.getByRole('status')).toContainText('Not linked: your identity in Fabrikam (fabrikam.test) is not linked');
    await widget.getByLabel('Partner ID').fill(OUR_ID);
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID} (Contoso Partner Ltd) in Fabrikam`);
    const writes = cloud.arm.writes();
    expect(writes.map((w) => [w.method, w.path, w.tenantId, w.objectId])).toEqual([
      ['PUT', `/providers/Microsoft.ManagementPartner/partners/${OUR_ID}`, FABRIKAM, oid(cloud, FABRIKAM)],
    ]);
    // Token for the chosen tenant's authority, through the refresh token.
    expect(cloud.entra.tokenRequests).toContainEqual({tenant: FABRIKAM, grantType: 'refresh_token'});
    expect(cloud.arm.linkOf(FABRIKAM, oid(cloud, FABRIKAM))?.partnerId).toBe(OUR_ID);
    expect(cloud.arm.linkOf(HOME, oid(cloud, FABRIKAM))).toBeUndefined();
    // The write is followed by a read-back.
    const last = cloud.arm.requests.at(-1);
    expect([last?.method, last?.path]).toEqual(['GET', '/providers/Microsoft.ManagementPartner/partners']);
  });

  test('status for a tenant needs exactly one ARM call after the token', async ({page, cloud}) => {
    const widget = await signIn(page);
    const before = cloud.arm.requests.length;
    await chooseTenant(widget, TAILSPIN);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    expect(cloud.arm.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /providers/Microsoft.ManagementPartner/partners']);
  });

  test('linked to another ID → change → Cancel leaves it unchanged', async ({page, cloud}) => {
    const {widget, dialog} = await askToChangeNorthwind(page);
    await expect(dialog).toContainText(OTHER_ID);
    await expect(dialog).toContainText(OUR_ID);
    await expect(dialog.locator('[data-field="current"]')).toHaveText(`${OTHER_ID} (Proseware Consulting)`);
    await expect(dialog.locator('[data-field="new"]')).toHaveText(OUR_ID);
    await dialog.getByRole('button', {name: 'Cancel'}).click();
    await expect(dialog).toBeHidden();
    await expect(widget.getByRole('status')).toContainText('Nothing changed');
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OTHER_ID}`);
    expect(cloud.arm.writes()).toEqual([]);
    expect(cloud.arm.linkOf(NORTHWIND, oid(cloud, NORTHWIND))?.partnerId).toBe(OTHER_ID);
    await expect(widget.getByLabel('Partner ID')).toHaveValue(OUR_ID);
  });

  test('linked to another ID → change → Confirm sends PATCH and shows the new link', async ({page, cloud}) => {
    const {widget, dialog} = await askToChangeNorthwind(page);
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText(`Changed from ${OTHER_ID} to ${OUR_ID}`);
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID ${OUR_ID} (Contoso Partner Ltd) in Northwind Traders`);
    expect(cloud.arm.writes().map((w) => [w.method, w.path, w.tenantId])).toEqual([
      ['PATCH', `/providers/Microsoft.ManagementPartner/partners/${OUR_ID}`, NORTHWIND],
    ]);
    expect(cloud.arm.linkOf(NORTHWIND, oid(cloud, NORTHWIND))?.partnerId).toBe(OUR_ID);
  });

  test('a link that changed while the confirmation was open is not overwritten', async ({page, cloud}) => {
    const {widget, dialog} = await askToChangeNorthwind(page);
    await expect(dialog.locator('[data-field="current"]')).toContainText(OTHER_ID);
    // Someone else relinks the identity before the reader confirms.
    cloud.arm.linkOf(NORTHWIND, oid(cloud, NORTHWIND))!.partnerId = '7777777';
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText('The link changed while the confirmation was open: it is now Partner ID 7777777. Nothing was written');
    expect(cloud.arm.writes()).toEqual([]);
    expect(cloud.arm.linkOf(NORTHWIND, oid(cloud, NORTHWIND))?.partnerId).toBe('7777777');
  });

  test('the same ID again: nothing to do, nothing sent', async ({page, cloud}) => {
    const widget = await signIn(page);
    await widget.getByLabel('Partner ID').fill(OUR_ID);
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('status')).toContainText(`Already linked to Partner ID ${OUR_ID}: nothing to do.`);
    expect(cloud.arm.writes()).toEqual([]);
  });

  test('remove → Confirm deletes the link and reads it back', async ({page, cloud}) => {
    const widget = await signIn(page);
    await widget.getByRole('button', {name: 'Remove link'}).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-field="remove"]')).toHaveText(OUR_ID);
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText(`Removed the link to Partner ID ${OUR_ID}`);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    expect(cloud.arm.writes().map((w) => [w.method, w.tenantId])).toEqual([['DELETE', HOME]]);
    expect(cloud.arm.linkOf(HOME, oid(cloud, HOME))).toBeUndefined();
  });

  test('remove → Cancel keeps the link', async ({page, cloud}) => {
    const widget = await signIn(page);
    await widget.getByRole('button', {name: 'Remove link'}).click();
    await page.getByRole('dialog').getByRole('button', {name: 'Cancel'}).click();
    await expect(widget.getByRole('status')).toContainText('Nothing changed');
    expect(cloud.arm.writes()).toEqual([]);
  });

  test('refuses an invalid Partner ID before sending anything', async ({page, cloud}) => {
    const widget = await signIn(page);
    const before = cloud.arm.requests.length;
    for (const bad of ['12ab567', '45-67891', '']) {
      await widget.getByLabel('Partner ID').fill(bad);
      await widget.getByRole('button', {name: 'Link partner ID'}).click();
      await expect(widget.getByLabel('Partner ID')).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(widget).toContainText('Enter a Partner ID');
    expect(cloud.arm.requests.length).toBe(before);
  });

  test('explains PartnerIdInvalid from the service and keeps the typed ID', async ({page, cloud}) => {
    const widget = await signIn(page);
    await chooseTenant(widget, FABRIKAM);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    await widget.getByLabel('Partner ID').fill(REFUSED_ID);
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('alert')).toContainText(`Microsoft did not accept Partner ID ${REFUSED_ID}`);
    await expect(widget.getByRole('alert')).toContainText('location ID (PLA)');
    await expect(widget.getByRole('alert')).toContainText('check the location IDs in Partner Center');
    await expect(widget.getByRole('alert')).not.toContainText('plus one');
    await expect(widget.getByLabel('Partner ID')).toHaveValue(REFUSED_ID);
    expect(cloud.arm.linkOf(FABRIKAM, oid(cloud, FABRIKAM))).toBeUndefined();
  });

  test('shows a partner name containing HTML as text', async ({page, cloud, scenario}) => {
    const evil = '<img src=x onerror="window.__palXss=1">Evil & Co';
    scenario.partnerNames['1234567'] = evil;
    const widget = await signIn(page);
    await chooseTenant(widget, FABRIKAM);
    await expect(widget.getByRole('status')).toContainText('Not linked');
    await widget.getByLabel('Partner ID').fill('1234567');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('status')).toContainText(`Linked to Partner ID 1234567 (${evil})`);
    await expect(widget.locator('dd[data-field="Partner name"]')).toHaveText(evil);
    await expect(widget.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__palXss?: number}).__palXss)).toBeUndefined();
    expect(cloud.arm.writes()).toHaveLength(1);
  });

  test('a typed tenant domain gets a token for that tenant', async ({page, cloud}) => {
    const widget = await signIn(page);
    await widget.getByLabel('Tenant').selectOption({label: 'Another tenant: type its ID or domain…'});
    await widget.getByLabel('Directory ID or domain').fill('tailspin.test');
    await widget.getByRole('button', {name: 'Check this tenant'}).click();
    await expect(widget.getByRole('status')).toContainText('Not linked: your identity in Tailspin Toys (tailspin.test)');
    expect(cloud.arm.requests.at(-1)?.tenantId).toBe(TAILSPIN);
  });
});
