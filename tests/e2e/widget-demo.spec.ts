import {test, expect} from './fixtures';

/** Demo mode: no app registration in the build. Every control works; nothing leaves the browser. */

test.describe('demo mode', () => {
  test('is labelled, signs in without any network call and shows the simulated home tenant', async ({page, externalRequests}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await expect(widget.getByText('Demo mode', {exact: true})).toBeVisible();
    await expect(widget).toContainText('Nothing is sent to Microsoft Entra ID or Azure');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByRole('status')).toContainText('Linked to Partner ID 4567891 (Contoso Partner Ltd) in Contoso Partner Ltd');
    const options = await widget.getByLabel('Tenant').locator('option').allTextContents();
    expect(options).toContain('Northwind Traders (northwindtraders.example)');
    expect(options).toContain('Tailspin Toys (tailspintoys.example)');
    expect(externalRequests).toEqual([]);
  });

  test('links, changes with confirmation and removes, with the state kept across pages', async ({page}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByLabel('Tenant')).toBeEnabled();

    await widget.getByLabel('Tenant').selectOption({label: 'Tailspin Toys (tailspintoys.example)'});
    await expect(widget.getByRole('status')).toContainText('Not linked');
    await widget.getByLabel('Partner ID').fill('4567891');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('status')).toContainText('Linked to Partner ID 4567891 (Contoso Partner Ltd) in Tailspin Toys');

    await widget.getByLabel('Tenant').selectOption({label: 'Northwind Traders (northwindtraders.example)'});
    await expect(widget.getByRole('status')).toContainText('Linked to Partner ID 7654321 (Proseware Consulting)');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('7654321');
    await expect(dialog).toContainText('4567891');
    await dialog.getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText('Changed from 7654321 to 4567891');

    await widget.getByRole('button', {name: 'Remove link'}).click();
    await page.getByRole('dialog').getByRole('button', {name: 'Confirm'}).click();
    await expect(widget.getByRole('status')).toContainText('Not linked');

    // The simulated state and the sign-in last for the browser session, on every page.
    await page.goto('/users-and-guests');
    const other = page.locator('#users-and-guests-pal');
    await expect(other.getByRole('status')).toContainText('Linked to Partner ID 4567891');
    await other.getByLabel('Tenant').selectOption({label: 'Tailspin Toys (tailspintoys.example)'});
    await expect(other.getByRole('status')).toContainText('Linked to Partner ID 4567891');
  });

  test('shows the PGA mistake, the MFA tenant and the Lighthouse delegation', async ({page}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByLabel('Tenant')).toBeEnabled();

    await widget.getByLabel('Tenant').selectOption({label: 'Wide World Importers (wideworldimporters.example)'});
    await expect(widget.getByRole('status')).toContainText('Not linked');
    await widget.getByLabel('Partner ID').fill('4567890');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByRole('alert')).toContainText('Microsoft did not accept Partner ID 4567890');
    await expect(widget.getByRole('dialog')).toHaveCount(0);

    await widget.getByLabel('Tenant').selectOption({label: 'Woodgrove Bank (woodgrovebank.example)'});
    await expect(widget.getByRole('alert')).toContainText('multi-factor authentication');
    await widget.getByRole('button', {name: 'Sign in to this tenant'}).click();
    await expect(widget.getByRole('status')).toContainText('Not linked: your identity in Woodgrove Bank');

    await widget.getByLabel('Tenant').selectOption({label: 'Alpine Ski House (alpineskihouse.example) · Lighthouse'});
    await expect(widget.getByRole('status')).toContainText('through Azure Lighthouse');
    await expect(widget.getByRole('button', {name: 'Link partner ID'})).toBeDisabled();
  });

  test('refuses an invalid Partner ID with a message', async ({page}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByLabel('Tenant')).toBeEnabled();
    await widget.getByLabel('Partner ID').fill('PLA-123');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget).toContainText('digits only');
    await expect(widget.getByLabel('Partner ID')).toHaveValue('PLA-123');
  });

  test('sign out forgets the demo session', async ({page}) => {
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await widget.getByRole('button', {name: 'Sign out'}).click();
    await expect(widget.getByRole('status')).toContainText('Not signed in');
    await expect(widget.getByRole('status')).toContainText('Signed out of the demo: its simulated session was removed from this browser. Nothing was sent to Microsoft.');
    // There is no Microsoft session to end in the demo.
    await expect(widget.getByRole('button', {name: 'Sign out of Microsoft too'})).toHaveCount(0);
    await page.reload();
    await expect(widget.getByRole('button', {name: 'Sign in'})).toBeEnabled();
    await expect(widget.getByRole('status')).toContainText('Not signed in');
  });
});
