import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {darkCodeTheme, lightCodeTheme} from '../../src/prismThemes';

/**
 * Prism comes with code: pages that show code load the highlighter before they hydrate,
 * pages without code never load it, and the server HTML is highlighted either way.
 */

/** Scripts that carry Prism's highlighter (its class name for highlighted blocks), as run. */
function highlighterScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('prism-code')) seen.push(response.url());
  });
  return seen;
}

for (const path of ['/', '/check-and-link', '/faq', '/understanding-pal']) {
  test(`${path} has no code but plain text and never loads the highlighter`, async ({page}) => {
    const scripts = highlighterScripts(page);
    await page.goto(path, {waitUntil: 'networkidle'});
    await expect(page.locator('.prism-code')).toHaveCount(0);
    // Linked pages are prefetched later, in idle time: as prefetches, not scripts that run.
    await page.waitForTimeout(1000);
    expect(scripts).toEqual([]);
  });
}

test('a page with code is highlighted by the server and stays so after hydration', async ({page, request}) => {
  const html = await (await request.get('/users-and-guests')).text();
  expect(html).toMatch(/<span class="?token keyword"?/);
  // Not moved out of place by React's streaming (a hidden copy swapped in by an inline script).
  expect(html).not.toMatch(/<template id="?B:|<div hidden id="?S:|\$RC\(/);

  const scripts = highlighterScripts(page);
  await page.goto('/users-and-guests');
  expect(scripts).toHaveLength(1);
  // Plain text blocks are drawn without tokens: the first block in a language is.
  const block = page.locator('.theme-code-block:visible:not(.language-text)').first();
  await expect(block.locator('.token').first()).toBeVisible();
  // Hydrated: the copy button works on the highlighted block.
  const lines = (text: string) => text.split('\n').map((line) => line.trimEnd()).filter(Boolean);
  const code = lines(await block.locator('code').innerText());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await block.hover();
  await block.getByRole('button', {name: /copy/i}).click();
  expect(lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(code);
});

test('plain text is drawn the same way by the server and after hydration, in a code block box', async ({page, request}) => {
  const html = await (await request.get('/understanding-pal')).text();
  expect(html).toContain('The user does not have an account in this tenant');
  await page.goto('/understanding-pal');
  const block = page.locator('.theme-code-block').filter({hasText: 'The user does not have an account'});
  await expect(block.locator('pre')).toBeVisible();
  const box = await block.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(box).not.toBe('rgba(0, 0, 0, 0)');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await block.hover();
  await block.getByRole('button', {name: /copy/i}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('you will not be able to link the Partner ID');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`hydration keeps the server's code blocks and tabs, in the ${colorScheme} mode's colours`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    // The code blocks and tab panels as the server sent them, before any script ran.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as {server: Element[]}).server = Array.from(document.querySelectorAll('.theme-code-block pre, [role="tabpanel"]'));
      });
    });
    // Workload identities: code blocks inside tab panels.
    await page.goto('/workload-identities');
    const expected = colorScheme === 'dark' ? darkCodeTheme.plain.backgroundColor : lightCodeTheme.plain.backgroundColor;
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const firstHighlighted = page.locator('.theme-code-block:not(.language-text) pre').first();
    await expect(firstHighlighted).toHaveCSS('background-color', rgb(expected!));
    await page.waitForLoadState('networkidle');
    // Not rebuilt: theme-classic remounts both after hydration, which re-highlighted every
    // block in one task, most of the page's blocking time (noRemountAfterHydration).
    const kept = await page.evaluate(() => {
      const server = (window as unknown as {server: Element[]}).server;
      return {server: server.length, kept: server.filter((element) => document.contains(element)).length};
    });
    expect(kept.server).toBeGreaterThan(10);
    expect(kept.kept).toBe(kept.server);
  });
}

test('moving from a page without code to one with code shows it highlighted', async ({page}) => {
  await page.goto('/');
  await page.getByRole('navigation', {name: 'Docs sidebar'}).getByRole('link', {name: 'Users and guests'}).click();
  await expect(page).toHaveURL(/\/users-and-guests$/);
  const block = page.locator('.theme-code-block:visible:not(.language-text)').first();
  await expect(block.locator('.token').first()).toBeVisible();
});

test('links on screen are still prefetched, once the page is idle', async ({page}) => {
  await page.goto('/');
  await expect.poll(() => page.locator('link[rel="prefetch"]').count(), {timeout: 15_000}).toBeGreaterThan(3);
});
