import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {watchResponses, type Watched} from './watchResponses';
import {darkCodeTheme, lightCodeTheme} from '../../src/prismThemes';

/**
 * The server highlights; the browser keeps the server's blocks as they are and loads the
 * highlighter only when a block must be drawn there (the reader's values, a generator's
 * inputs, a page opened within the app). Colours come from CSS, right in both modes.
 */

/** Scripts that carry Prism's highlighter (its class name for highlighted blocks), as run. */
function highlighterScripts(page: Page): Watched<string> {
  return watchResponses(page, {
    response: async (response) => {
      if (response.request().resourceType() !== 'script') return null;
      const body = await response.text().catch(() => '');
      return body.includes('prism-code') ? response.url() : null;
    },
  });
}

for (const path of ['/', '/check-and-link', '/faq', '/understanding-pal']) {
  test(`${path} has no code but plain text and never loads the highlighter`, async ({page}) => {
    const scripts = highlighterScripts(page);
    await page.goto(path, {waitUntil: 'networkidle'});
    await expect(page.locator('.prism-code')).toHaveCount(0);
    // Linked pages are prefetched later, in idle time: as prefetches, not scripts that run.
    await page.waitForTimeout(1000);
    expect(await scripts.settled()).toEqual([]);
  });
}

test('a page with code is highlighted by the server and stays so after hydration, without the highlighter', async ({page, request}) => {
  const html = await (await request.get('/users-and-guests')).text();
  expect(html).toMatch(/<span class="?token keyword"?/);
  // Colours come from the style sheet, not from style attributes on tokens; plain text is a
  // text node, not a span of its own.
  expect(html).not.toMatch(/class="?token [\w -]+"? style="?(color|font|opacity)/);
  expect(html).not.toMatch(/<span class="?token plain"?>[^<]/);
  // Not moved out of place by React's streaming (a hidden copy swapped in by an inline script).
  expect(html).not.toMatch(/<template id="?B:|<div hidden id="?S:|\$RC\(/);

  const scripts = highlighterScripts(page);
  await page.goto('/users-and-guests', {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  expect(await scripts.settled()).toEqual([]);
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
    const scripts = highlighterScripts(page);
    // Workload identities: code blocks inside tab panels.
    await page.goto('/workload-identities');
    const theme = colorScheme === 'dark' ? darkCodeTheme : lightCodeTheme;
    const rgb = (colour: string) =>
      colour.startsWith('#') ? `rgb(${[1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)).join(', ')})` : colour;
    const firstHighlighted = page.locator('.theme-code-block:not(.language-text) pre').first();
    await expect(firstHighlighted).toHaveCSS('background-color', rgb(theme.plain.backgroundColor!));
    // Tokens in this mode's colours, from the server's HTML on.
    const stringColour = theme.styles.filter((entry) => entry.types.includes('string') && entry.style.color).at(-1)!.style.color!;
    await expect(page.locator('.theme-code-block span[class="token string"]').first()).toHaveCSS('color', rgb(stringColour));
    await page.waitForLoadState('networkidle');
    // Not rebuilt: theme-classic remounts both after hydration, which re-highlighted every
    // block in one task, most of the page's blocking time (noRemountAfterHydration); and the
    // blocks are not highlighted again for the colour mode (colours come from CSS).
    const kept = await page.evaluate(() => {
      const server = (window as unknown as {server: Element[]}).server;
      return {server: server.length, kept: server.filter((element) => document.contains(element)).length};
    });
    expect(kept.server).toBeGreaterThan(10);
    expect(kept.kept).toBe(kept.server);
    expect(await scripts.settled()).toEqual([]);
  });
}

test("the word-wrap button wraps a block kept from the server's HTML", async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/terraform');
  // The first block too wide for a phone: its buttons appear once the page has hydrated.
  const block = page.locator('.theme-code-block').filter({has: page.getByRole('button', {name: /word wrap/i})}).first();
  await block.scrollIntoViewIfNeeded();
  await block.hover();
  await block.getByRole('button', {name: /word wrap/i}).click();
  await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
});

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

/** The highlighted code of a block as shown, without the line feed after its last line. */
async function shownCode(block: ReturnType<Page['locator']>): Promise<string> {
  return (await block.locator('code').innerText()).replace(/\n$/, '');
}

test('a highlighted block is its lines as text, no element a line or for punctuation, and shows exactly what Copy copies', async ({page, request}) => {
  const html = await (await request.get('/terraform')).text();
  const blocks = html.match(/<pre[^>]*prism-code[\s\S]*?<\/pre>/g) ?? [];
  expect(blocks.length).toBeGreaterThan(5);
  for (const block of blocks) {
    expect(block).not.toMatch(/token-line|<br|token punctuation|token plain/);
  }
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const check = async () => {
    const block = page.locator('main .theme-code-block:visible').filter({has: page.locator('.token')}).first();
    await block.scrollIntoViewIfNeeded();
    const shown = await shownCode(block);
    expect(shown.split('\n').length).toBeGreaterThan(3);
    expect(shown).toContain('\n\n'); // its empty line is kept
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    return shown;
  };
  await page.goto('/terraform');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const fromServer = await check();
  // The same block drawn in the browser (the page opened within the app) reads the same.
  await page.goto('/understanding-pal');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('a[href="/terraform"]');
    link?.click();
  });
  await expect(page).toHaveURL(/\/terraform$/);
  await expect(page.locator('main .theme-code-block .token').first()).toBeVisible();
  expect(await check()).toBe(fromServer);
});
