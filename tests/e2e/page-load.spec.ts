import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';

/**
 * How a page starts: its HTML names the scripts of its route (the main script inserts none),
 * they are fetched and run once the page's first content is painted and its HTML parsed, and
 * code blocks measure themselves only when they are shown, yet offer word wrap wherever their
 * code is wider than the box: in a <details> opened later, in a tab chosen later.
 */

const SCRIPT_SRC = /<script src="?([^"\s>]+)"? defer><\/script>/g;

for (const path of ['/', '/terraform', '/workload-identities']) {
  test(`${path} hydrates with the scripts its HTML names, without inserting any`, async ({page, request}) => {
    const html = await (await request.get(path)).text();
    const named = [...html.matchAll(SCRIPT_SRC)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(4);
    await page.goto(path, {waitUntil: 'networkidle'});
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const running = await page.evaluate(() => Array.from(document.scripts, (script) => script.getAttribute('src')).filter(Boolean));
    expect(running).toEqual(named);
  });
}

test('Docusaurus starts in steps after the scripts have run, not within them', async ({page}) => {
  // A script's load event fires right after it has run: Docusaurus's own entry would have set
  // window.docusaurus by then, within the main script's single long task.
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => Array.from(record.addedNodes))) {
        if (node instanceof HTMLScriptElement && /\/main\.[0-9a-f]+\.js$/.test(node.src)) {
          node.addEventListener('load', () => {
            (window as unknown as {startedWithScripts: boolean}).startedWithScripts = 'docusaurus' in window;
          });
        }
      }
    }).observe(document, {childList: true, subtree: true});
  });
  await page.goto('/workload-identities');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  expect(await page.evaluate(() => (window as unknown as {startedWithScripts?: boolean}).startedWithScripts)).toBe(false);
  expect(await page.evaluate(() => typeof (window as unknown as {docusaurus?: {prefetch?: unknown}}).docusaurus?.prefetch)).toBe('function');
});

for (const path of ['/', '/understanding-pal', '/terraform']) {
  test(`${path} requests its scripts only after its first contentful paint, and none before the HTML is parsed`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/js\//.test(entry.name))
        .map((entry) => ({name: entry.name, start: entry.startTime})),
    }));
    expect(timing.paint).not.toBeNull();
    expect(timing.scripts.length).toBeGreaterThan(4);
    for (const script of timing.scripts) {
      expect(script.start, script.name).toBeGreaterThanOrEqual(timing.paint!);
      expect(script.start, script.name).toBeGreaterThanOrEqual(timing.parsed);
    }
  });
}

test('a browser that does not report paints runs the scripts after its next frame, not at the three-second backstop', async ({page}) => {
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {get: () => ['navigation', 'resource']});
  });
  await page.goto('/check-and-link');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const waited = await page.evaluate(() => {
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
    const first = performance.getEntriesByType('resource').find((entry) => /\/assets\/js\//.test(entry.name));
    return first ? first.startTime - parsed : null;
  });
  expect(waited).not.toBeNull();
  expect(waited!).toBeLessThan(2000);
});

/** Code blocks inside root whose code is wider than their box. */
async function overflowingBlocks(root: Locator): Promise<Locator[]> {
  const blocks = await root.locator('.theme-code-block').all();
  const wide: Locator[] = [];
  for (const block of blocks) {
    if (await block.locator('pre').evaluate((pre) => pre.scrollWidth > pre.clientWidth)) wide.push(block);
  }
  return wide;
}

async function onPhone(page: Page, path: string): Promise<void> {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

test('a code block in a closed <details> offers word wrap once the details is opened', async ({page}) => {
  await onPhone(page, '/terraform');
  const details = page.locator('main details').filter({has: page.locator('.theme-code-block')});
  expect(await details.count()).toBeGreaterThan(1);
  let checked = 0;
  for (const item of await details.all()) {
    await item.locator('> summary').click();
    await expect(item).toHaveAttribute('open', '');
    for (const block of await overflowingBlocks(item)) {
      await block.scrollIntoViewIfNeeded();
      await block.hover();
      const wrap = block.getByRole('button', {name: /word wrap/i});
      await expect(wrap).toBeVisible();
      checked += 1;
      if (checked === 1) {
        await wrap.click();
        await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('a code block in a tab chosen later offers word wrap', async ({page}) => {
  await onPhone(page, '/workload-identities');
  const tabLists = page.locator('main [role="tablist"]');
  let checked = 0;
  for (const list of await tabLists.all()) {
    const tabs = await list.getByRole('tab').all();
    for (const tab of tabs.slice(1)) {
      await tab.scrollIntoViewIfNeeded();
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const panel = list.locator('xpath=..').locator('> div > [role="tabpanel"]:not([hidden])');
      for (const block of await overflowingBlocks(panel)) {
        await block.hover();
        await expect(block.getByRole('button', {name: /word wrap/i})).toBeVisible();
        checked += 1;
      }
    }
    if (checked > 0) break;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a code block drawn in the browser (a page opened within the app) offers word wrap', async ({page}) => {
  await onPhone(page, '/understanding-pal');
  await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
  const menu = page.locator('.navbar-sidebar');
  const terraform = menu.getByRole('link', {name: 'Terraform', exact: true});
  if (!(await terraform.isVisible())) await menu.getByRole('button', {name: /Link your identities/}).first().click();
  await terraform.click();
  await expect(page).toHaveURL(/\/terraform$/);
  // Drawn plainly first, then highlighted once the highlighter has arrived: a new <pre>, in a
  // closed <details>, measured only when the details is opened.
  await expect(page.locator('main .theme-code-block .token').first()).toBeVisible();
  const details = page.locator('main details').filter({has: page.locator('.theme-code-block')}).nth(1);
  await details.locator('> summary').click();
  const block = details.locator('.theme-code-block').first();
  await block.scrollIntoViewIfNeeded();
  expect(await block.locator('pre').evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
  await block.hover();
  await expect(block.getByRole('button', {name: /word wrap/i})).toBeVisible();
});
