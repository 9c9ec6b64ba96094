import type {Locator, Page} from '@playwright/test';
import {expect} from './fixtures';
import {SAMPLE_VALUES} from '../snippets/docsSnippets';
import type {ValueField, YourValues} from '../../src/pal/yourValues';

/** The Your values panel as a reader uses it: its contract (labels, storage key) and the steps. */

export const KEY = 'pal-guide.your-values';
export const VALUES: Required<YourValues> = SAMPLE_VALUES;
export const LABELS: Record<ValueField, string> = {
  partnerId: 'Partner ID',
  tenantId: 'Tenant ID',
  clientId: 'Client ID',
  subscriptionId: 'Subscription ID',
  repository: 'Repository',
};

export function navbarButton(page: Page): Locator {
  return page.getByRole('navigation', {name: 'Main'}).getByRole('button', {name: 'Your values', exact: true});
}

export async function openPanel(page: Page): Promise<Locator> {
  await navbarButton(page).click();
  const dialog = page.getByRole('dialog', {name: 'Your values'});
  await expect(dialog).toBeVisible();
  return dialog;
}

export const field = (dialog: Locator, name: ValueField) => dialog.getByRole('textbox', {name: LABELS[name], exact: true});

/** Types the values into the panel, checks each is accepted, and closes it. */
export async function enterValues(page: Page, values: YourValues): Promise<void> {
  const dialog = await openPanel(page);
  for (const [name, value] of Object.entries(values) as Array<[ValueField, string]>) {
    await field(dialog, name).fill(value);
    await expect(field(dialog, name)).not.toHaveAttribute('aria-invalid');
    await expect(field(dialog, name)).toHaveAccessibleDescription(/Applied to the snippets on every page/);
  }
  await dialog.getByRole('button', {name: 'Close'}).click();
  await expect(dialog).toBeHidden();
}

/** What the site keeps in local storage for the values. */
export async function stored(page: Page): Promise<unknown> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw === null ? null : JSON.parse(raw);
}
