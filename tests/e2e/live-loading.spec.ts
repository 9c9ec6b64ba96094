import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {sitemapPaths} from './sitemap';
import {watchResponses, type Watched} from './watchResponses';

/**
 * MSAL and the Azure SDK load only where a widget is, and only once the reader reaches for
 * it. Checked on the build with a real client ID, where that code exists.
 */

const AZURE_CODE = /@azure\/msal-browser|azsdk-js/;
const WIDGET_PAGES = ['/', '/understanding-pal', '/users-and-guests', '/check-and-link'];
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

test('pages without a widget load no Azure code and call no Azure host', async ({page, cloud}) => {
  const paths = (await sitemapPaths(page.request)).filter((p) => !WIDGET_PAGES.includes(p));
  expect(paths.length).toBeGreaterThan(5);
  const scripts = recordScripts(page);
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect((await scripts.settled()).filter((s) => s.azure).map((s) => s.url)).toEqual([]);
  expect(cloud.arm.requests).toEqual([]);
  expect(cloud.entra.tokenRequests).toEqual([]);
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
