import type {Frame, Page} from '@playwright/test';
import {test, expect} from './fixtures';

/**
 * Clickjacking: a page of another site that shows a widget page in a frame. Where the host
 * sends `frame-ancestors 'none'` (Static Web Apps, the test server) the browser refuses the
 * frame; where it cannot (GitHub Pages) the widgets refuse to sign in or write.
 */

const WIDGET_PAGES = [
  {path: '/check-and-link', widget: '#check-and-link'},
  {path: '/pal-doctor', widget: '#pal-doctor'},
];

/** Another origin than the site's (localhost), on the same test server port. */
function framerUrl(page: Page): string {
  const site = new URL(test.info().project.use.baseURL ?? '');
  return `http://127.0.0.1:${site.port}/framer.html`;
}

async function frameSite(page: Page, path: string): Promise<void> {
  const site = test.info().project.use.baseURL;
  await page.route(framerUrl(page), (route) =>
    route.fulfill({contentType: 'text/html', body: `<!doctype html><title>Another site</title><iframe src="${site}${path}" width="1000" height="800"></iframe>`}),
  );
  await page.goto(framerUrl(page), {waitUntil: 'commit'});
}

/** Serves the site's pages as a host without headers would: the policy is only in the page's <meta>. */
async function withoutHeaders(page: Page): Promise<void> {
  await page.route(/^http:\/\/localhost:\d+\/(check-and-link|pal-doctor)$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({status: response.status(), contentType: 'text/html; charset=utf-8', body: await response.text()});
  });
}

function siteFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  return frame;
}

test.describe('a host that sends the headers', () => {
  test.use({allowedConsoleErrors: [/frame-ancestors/]});

  test('keeps the widget pages out of another site\'s frame', async ({page, cloud}) => {
    await frameSite(page, '/check-and-link');
    await expect.poll(() => page.frames().length).toBe(2);
    await expect.poll(() => siteFrame(page).url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').locator('#check-and-link')).toHaveCount(0);
    expect(cloud.entra.authorizeRequests).toEqual([]);
  });
});

test.describe('a host without headers (GitHub Pages)', () => {
  for (const {path, widget} of WIDGET_PAGES) {
    test(`${path}: the widget refuses inside a frame and offers the page on its own`, async ({page, cloud}) => {
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(request.url()));
      await withoutHeaders(page);
      await frameSite(page, path);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
      const section = frame.locator(widget);
      const open = section.getByRole('link', {name: 'Open this page directly'});
      await expect(open).toBeVisible();
      await expect(section).toContainText('does not sign in or change anything here');
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener');
      await expect(open).toHaveAttribute('href', `${test.info().project.use.baseURL}${path}`);
      await expect(section.getByRole('button', {name: 'Sign in'})).toBeDisabled();

      // Reaching for the widget loads nothing and nothing reaches Entra ID.
      await section.hover();
      await section.getByRole('button', {name: 'Sign in'}).focus();
      await page.waitForTimeout(500);
      expect(scripts.filter((url) => /pal-live|pal-demo/.test(url))).toEqual([]);
      expect(cloud.entra.authorizeRequests).toEqual([]);
      expect(cloud.entra.tokenRequests).toEqual([]);

      // The link opens the page in a tab of its own, where the widget works.
      const [tab] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
      await tab.waitForLoadState();
      await expect(tab.locator(widget).getByRole('button', {name: 'Sign in'})).toBeEnabled();
      await expect(tab.locator(widget).getByRole('link', {name: 'Open this page directly'})).toHaveCount(0);
    });
  }
});

test.describe('a host without headers: the policy in the page', () => {
  // The violation this test provokes on purpose.
  test.use({allowedConsoleErrors: [/CSP violation: script-src-elem blocked inline|Executing inline script violates/]});

  test('still blocks injected script', async ({page}) => {
    await withoutHeaders(page);
    const response = await page.goto('/check-and-link');
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`blocked by ${event.violatedDirective}`), {once: true});
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
          setTimeout(() => resolve((window as unknown as {injected?: boolean}).injected ? 'ran' : 'silently not run'), 2000);
        }),
    );
    expect(outcome).toBe('blocked by script-src-elem');
  });
});
