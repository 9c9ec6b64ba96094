import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtSitemapPaths} from './sitemap';
import {watchResponses, type Watched} from './watchResponses';

/**
 * MSAL and the Azure SDK load only where a widget is, and only once the reader reaches for
 * it. Checked on the build with a real client ID, where that code exists.
 */

const AZURE_CODE = /@azure\/msal-browser|azsdk-js/;
const WIDGET_PAGES = ['/', '/understanding-pal', '/users-and-guests', '/check-and-link'];
const PLAIN_PAGES = builtSitemapPaths('build-live').filter((path) => !WIDGET_PAGES.includes(path));
const WIDGET_CHUNK_BUDGET = 110 * 1024;

interface Script {
  url: string;
  gzipBytes: number;
  azure: boolean;
}

function recordScripts(page: Page): Watched<Script> {
  return watchResponses(page, {
    response: async (response) => {
      if (!response.url().endsWith('.js')) return null;
      const body = await response.body().catch(() => Buffer.alloc(0));
      return {url: response.url(), gzipBytes: gzipSync(body).length, azure: AZURE_CODE.test(body.toString('utf8'))};
    },
  });
}

// One test per page, so each has its own timeout and a slow machine cannot push the whole
// list past one test's limit.
for (const path of PLAIN_PAGES) {
  test(`${path} has no widget: it loads no Azure code and calls no Azure host`, async ({page, cloud}) => {
    const scripts = recordScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const loaded = await scripts.settled();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((s) => s.azure).map((s) => s.url)).toEqual([]);
    expect(cloud.arm.requests).toEqual([]);
    expect(cloud.entra.tokenRequests).toEqual([]);
  });
}

test('more than five pages are checked without a widget', () => {
  expect(PLAIN_PAGES.length).toBeGreaterThan(5);
});

test('a widget page loads Azure code only when the reader reaches for the widget, within budget', async ({page}) => {
  const scripts = recordScripts(page);
  await page.goto('/check-and-link');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(500);
  expect((await scripts.settled()).filter((s) => s.azure)).toEqual([]);

  const before = scripts.count();
  await page.locator('#check-and-link').hover();
  await expect.poll(() => scripts.now().some((s) => s.azure)).toBe(true);
  await page.waitForLoadState('networkidle');
  const widgetChunks = await scripts.settled(before);
  const total = widgetChunks.reduce((sum, s) => sum + s.gzipBytes, 0);
  expect(total, `widget chunks: ${widgetChunks.map((s) => `${s.url} ${s.gzipBytes}`).join(', ')}`).toBeLessThan(WIDGET_CHUNK_BUDGET);
});

test('keyboard focus is enough to start loading, so the popup opens within the click', async ({page}) => {
  const scripts = recordScripts(page);
  await page.goto('/check-and-link');
  const signIn = page.locator('#check-and-link').getByRole('button', {name: 'Sign in'});
  // Disabled until the page hydrates (it cannot work before), and a disabled button takes no focus.
  await expect(signIn).toBeEnabled();
  await signIn.focus();
  await expect.poll(() => scripts.now().some((s) => s.azure)).toBe(true);
});

test('a pointer already resting on the widget when the page hydrates starts loading', async ({page}) => {
  const scripts = recordScripts(page);
  // Hold the main bundle back so the pointer reaches the server-rendered widget first.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/main\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/check-and-link', {waitUntil: 'commit'});
  const widget = page.locator('#check-and-link');
  await widget.scrollIntoViewIfNeeded();
  const box = await widget.boundingBox();
  if (!box) throw new Error('the widget has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  release();
  await expect.poll(() => scripts.now().some((s) => s.azure)).toBe(true);
});
