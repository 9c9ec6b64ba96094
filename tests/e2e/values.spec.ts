import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {axeViolations} from './axe';
import {enterValues, field, LABELS, navbarButton, openPanel, stored, VALUES} from './yourValuesPanel';
import {docsCodeBlocks} from '../snippets/docsSnippets';
import type {ValueField, YourValues} from '../../src/pal/yourValues';

/** Your values: the panel, the filled-in code blocks, the copy button and the server HTML. */

interface Snippet {
  file: string;
  path: string;
  title: string;
  language: string;
}

/** Blocks on several pages, together using all the placeholders the docs have today. */
const USERS_CLI: Snippet = {file: 'docs/users-and-guests.mdx', path: '/users-and-guests?tool=cli', title: 'Link the signed-in account', language: 'bash'};
const TERRAFORM_WORKFLOW: Snippet = {file: 'docs/terraform.mdx', path: '/terraform', title: '.github/workflows/pal-link.yml', language: 'yaml'};
const ATTESTATION_PWSH: Snippet = {
  file: 'docs/attestation.mdx',
  path: '/attestation?tool=powershell',
  title: 'Role assignments in the current subscription, including through groups',
  language: 'powershell',
};
const LIGHTHOUSE_SP: Snippet = {file: 'docs/lighthouse.mdx', path: '/lighthouse', title: 'Object ID of a service principal in your managing tenant', language: 'bash'};

/** The block's code as written in the docs, filled with `values` the way the site must fill it. */
function codeOf(snippet: Snippet, values: YourValues): string {
  const found = docsCodeBlocks(values).filter((b) => b.file === snippet.file && b.title === snippet.title && b.language === snippet.language);
  expect(found, `one ${snippet.language} block "${snippet.title}" in ${snippet.file}`).toHaveLength(1);
  return found[0].code;
}

/** How often each placeholder occurs in the block. */
function placeholderCounts(snippet: Snippet): Partial<Record<ValueField, number>> {
  const raw = codeOf(snippet, {});
  const counts: Partial<Record<ValueField, number>> = {};
  for (const field of Object.keys(LABELS) as ValueField[]) {
    const count = raw.split(`<${field}>`).length - 1;
    if (count > 0) counts[field] = count;
  }
  return counts;
}

function block(page: Page, snippet: Snippet): Locator {
  return page.locator(`.theme-code-block.language-${snippet.language}`).filter({hasText: snippet.title}).filter({visible: true});
}

/** The block shows the filled-in code, each value marked, and nothing else marked. */
async function expectFilled(page: Page, snippet: Snippet, values: YourValues): Promise<void> {
  const code = block(page, snippet).locator('code');
  // innerText follows what is drawn, and a block further down is laid out only near the
  // viewport (content-visibility: auto): bring it into view as a reader would.
  await block(page, snippet).scrollIntoViewIfNeeded();
  await expect(code).toHaveText(codeOf(snippet, values), {useInnerText: true});
  for (const [name, count] of Object.entries(placeholderCounts(snippet)) as Array<[ValueField, number]>) {
    const marks = code.locator(`mark[data-your-value="${name}"]`);
    if (values[name]) {
      // A value may be split over several highlighted tokens: each part is marked.
      await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(values[name]!.repeat(count));
    } else {
      await expect(marks).toHaveCount(0);
    }
  }
}

async function copyOf(page: Page, snippet: Snippet): Promise<string> {
  const target = block(page, snippet);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await target.hover();
  await target.getByRole('button', {name: 'Copy code to clipboard'}).click();
  // The button says "Copied" for a moment only; the clipboard is what counts.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.use({permissions: ['clipboard-read', 'clipboard-write']});

test('the navbar button opens the panel from the keyboard; Escape and Close return focus to it', async ({page}) => {
  await page.goto('/terraform');
  const button = navbarButton(page);
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', {name: 'Your values'});
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', {name: 'Your values'})).toBeVisible();
  for (const name of Object.keys(LABELS) as ValueField[]) await expect(field(dialog, name)).toBeEditable();
  await expect(field(dialog, 'partnerId')).toBeFocused();
  await expect(dialog).toContainText('Identifiers, not secrets.');
  await expect(dialog).toContainText('There is deliberately no field for a client secret');

  // Tab walks the fields and then the buttons, all inside the modal dialog.
  for (const name of ['tenantId', 'clientId', 'subscriptionId', 'repository'] as const) {
    await page.keyboard.press('Tab');
    await expect(field(dialog, name)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', {name: 'Clear values'})).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', {name: 'Close'})).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', {name: 'Close'}).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('values fill the code blocks on every page, marked, and the copy button copies the filled-in code', async ({page}) => {
  // Values entered once must carry across pages, so this walks five pages in one test.
  test.slow();
  await page.goto('/');
  await enterValues(page, VALUES);
  expect(await stored(page)).toEqual(VALUES);

  for (const snippet of [USERS_CLI, TERRAFORM_WORKFLOW, ATTESTATION_PWSH, LIGHTHOUSE_SP]) {
    await page.goto(snippet.path);
    await expectFilled(page, snippet, VALUES);
    await expect(block(page, snippet)).toContainText(snippet.title);
    expect(await copyOf(page, snippet), `copied from ${snippet.path}`).toBe(codeOf(snippet, VALUES));
  }

  // Every block on the page is filled, not only the one checked closely.
  await page.goto('/terraform');
  await expect(page.locator('.theme-code-block code').filter({hasText: /<(partnerId|tenantId|clientId)>/})).toHaveCount(0);
  await expect(page.locator('.theme-code-block mark[data-your-value]').first()).toBeVisible();
});

test('a page without snippets yet (service principals) renders and the panel works there', async ({page}) => {
  await page.goto('/service-principals');
  const dialog = await openPanel(page);
  await field(dialog, 'repository').fill(VALUES.repository);
  await expect(field(dialog, 'repository')).not.toHaveAttribute('aria-invalid');
  expect(await stored(page)).toEqual({repository: VALUES.repository});
});

test('values survive a reload and show in the panel again', async ({page}) => {
  await page.goto(USERS_CLI.path);
  await expectFilled(page, USERS_CLI, {});
  const some = {partnerId: VALUES.partnerId, tenantId: VALUES.tenantId};
  await enterValues(page, some);
  await expectFilled(page, USERS_CLI, some);

  await page.reload();
  await expectFilled(page, USERS_CLI, some);
  const dialog = await openPanel(page);
  await expect(field(dialog, 'partnerId')).toHaveValue(VALUES.partnerId);
  await expect(field(dialog, 'tenantId')).toHaveValue(VALUES.tenantId);
  await expect(field(dialog, 'clientId')).toHaveValue('');
});

test('Clear values empties the fields and storage and brings the placeholders back', async ({page}) => {
  await page.goto(USERS_CLI.path);
  await enterValues(page, VALUES);
  await expectFilled(page, USERS_CLI, VALUES);

  const dialog = await openPanel(page);
  await dialog.getByRole('button', {name: 'Clear values'}).click();
  await expect(dialog.getByRole('status')).toHaveText('Values cleared: snippets show the placeholders again.');
  for (const name of Object.keys(LABELS) as ValueField[]) await expect(field(dialog, name)).toHaveValue('');
  expect(await stored(page)).toBeNull();
  await page.keyboard.press('Escape');

  await expectFilled(page, USERS_CLI, {});
  expect(await copyOf(page, USERS_CLI)).toBe(codeOf(USERS_CLI, {}));
  await page.reload();
  await expectFilled(page, USERS_CLI, {});
});

test('invalid values are refused with a message next to the field and never reach the snippets', async ({page}) => {
  await page.goto(USERS_CLI.path);
  const dialog = await openPanel(page);

  const refused: Array<[ValueField, string, RegExp]> = [
    ['tenantId', 'contoso.onmicrosoft.com', /Tenant ID is a GUID/],
    ['partnerId', '4567-891', /digits only/],
    ['clientId', 'abc8Q~secret-looking-value', /Never paste a client secret here/],
    ['subscriptionId', '8d3c5a1e-6f2b-4c7d-9e40', /Subscription ID is a GUID/],
    ['repository', 'https://github.com/contoso/pal-pipelines', /not the URL/],
    ['repository', 'contoso/pal pipelines', /owner\/name/],
  ];
  for (const [name, input, reason] of refused) {
    const input$ = field(dialog, name);
    await input$.fill(input);
    await expect(input$).toHaveAttribute('aria-invalid', 'true');
    await expect(input$).toHaveAccessibleDescription(reason);
    await expect(input$).toHaveAccessibleDescription(new RegExp(`Not applied: snippets keep <${name}>`));
    const problemId = (await input$.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-problem'))!;
    await expect(dialog.locator(`[id="${problemId}"]`)).toBeVisible();
  }
  expect(await stored(page)).toBeNull();
  await page.keyboard.press('Escape');
  await expectFilled(page, USERS_CLI, {});

  // Corrected, it applies at once; spoilt again, it is withdrawn.
  await openPanel(page);
  await field(dialog, 'tenantId').fill(VALUES.tenantId.toUpperCase());
  await expect(field(dialog, 'tenantId')).not.toHaveAttribute('aria-invalid');
  expect(await stored(page)).toEqual({tenantId: VALUES.tenantId});
  await page.keyboard.press('Escape');
  await expectFilled(page, USERS_CLI, {tenantId: VALUES.tenantId});

  await openPanel(page);
  await field(dialog, 'tenantId').fill(VALUES.tenantId.slice(0, -1));
  await expect(field(dialog, 'tenantId')).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(page)).toBeNull();
  await page.keyboard.press('Escape');
  await expectFilled(page, USERS_CLI, {});
});

test('the server-rendered HTML keeps the placeholders, and the page hydrates without errors', async ({page, request}) => {
  await page.goto('/');
  await enterValues(page, VALUES);

  const response = await request.get(USERS_CLI.path);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(html).not.toContain('data-your-value');
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
  expect(text).toContain('<partnerId>');
  expect(text).toContain('<tenantId>');
  expect(text).not.toContain(VALUES.tenantId);

  // Loading that HTML with values stored: filled after hydration, with no console errors (checked by the fixture).
  await page.goto(USERS_CLI.path);
  await expectFilled(page, USERS_CLI, VALUES);
});

test('other open tabs follow the values without a reload', async ({page, context}) => {
  await page.goto(USERS_CLI.path);
  const other = await context.newPage();
  await other.goto(USERS_CLI.path);
  await expectFilled(other, USERS_CLI, {});

  await enterValues(page, {partnerId: VALUES.partnerId});
  await expectFilled(other, USERS_CLI, {partnerId: VALUES.partnerId});

  const dialog = await openPanel(page);
  await dialog.getByRole('button', {name: 'Clear values'}).click();
  await expectFilled(other, USERS_CLI, {});
});

test('the PAL widget offers the chosen tenant for the snippets', async ({page}) => {
  await page.goto(USERS_CLI.path);
  const widget = page.locator('#users-and-guests-pal');
  const offer = widget.getByRole('button', {name: 'Use this tenant in my snippets'});
  await expect(offer).toBeHidden();
  await widget.getByRole('button', {name: 'Sign in'}).click();
  await expect(widget.getByRole('status')).toContainText('Linked to Partner ID');
  const home = await widget.getByLabel('Tenant').inputValue();

  await offer.click();
  await expect(offer).toBeHidden();
  const note = widget.getByText(`Code snippets on every page now use tenant ID ${home}.`);
  await expect(note).toBeFocused();
  await expectFilled(page, USERS_CLI, {tenantId: home});
  expect(await stored(page)).toEqual({tenantId: home});

  // Another tenant: offered again, and the panel shows whichever was chosen last.
  const [other] = await widget.getByLabel('Tenant').selectOption({label: 'Fabrikam Inc (fabrikam.example)'});
  expect(other).not.toBe(home);
  await expect(offer).toBeVisible();
  await offer.click();
  await expectFilled(page, USERS_CLI, {tenantId: other});
  const dialog = await openPanel(page);
  await expect(field(dialog, 'tenantId')).toHaveValue(other);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel and the marked values pass axe in ${colorScheme} mode`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    await page.goto(ATTESTATION_PWSH.path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await enterValues(page, VALUES);
    await expectFilled(page, ATTESTATION_PWSH, VALUES);
    expect(await axeViolations(page, 'button[aria-haspopup="dialog"]', 'mark[data-your-value]')).toEqual([]);

    const dialog = await openPanel(page);
    await field(dialog, 'tenantId').fill('not-a-guid');
    await expect(field(dialog, 'tenantId')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
  });
}

test('the panel opens from the mobile menu', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto(USERS_CLI.path);
  await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
  // On a docs page the menu opens at the docs sidebar; the navbar items are one level up.
  await page.getByRole('button', {name: /Back to main menu/}).click();
  const button = page.locator('.navbar-sidebar').getByRole('button', {name: 'Your values', exact: true});
  await button.click();
  const dialog = page.getByRole('dialog', {name: 'Your values'});
  await expect(dialog).toBeVisible();
  await field(dialog, 'partnerId').fill(VALUES.partnerId);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expectFilled(page, USERS_CLI, {partnerId: VALUES.partnerId});
});
