import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtSitemapPaths} from './sitemap';
import {watchResponses} from './watchResponses';
import {MERMAID_CODE} from '../mermaidCode';

/**
 * Diagrams are SVG rendered ahead of time (npm run diagrams): in the server HTML, in the
 * reader's colour mode, readable on a desktop and a phone, and no page ever runs Mermaid.
 */

interface Entry {
  page: string;
  title: string;
  width: number;
  narrow?: {width: number};
}
const manifest: Record<string, Entry> = JSON.parse(readFileSync('src/diagrams/rendered/manifest.json', 'utf8'));

function routeOf(page: string): string {
  const slug = /^slug:\s*(\S+)\s*$/m.exec(readFileSync(page, 'utf8'))?.[1];
  return slug ?? `/${page.replace(/^docs\//, '').replace(/\.mdx?$/, '')}`;
}

/** Every page with diagrams, with the hashes and manifest entries of its diagrams. */
const PAGES = new Map<string, Array<[string, Entry]>>();
for (const [hash, entry] of Object.entries(manifest)) {
  const path = routeOf(entry.page);
  PAGES.set(path, [...(PAGES.get(path) ?? []), [hash, entry]]);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The renders of one colour mode that are on screen. */
function shown(page: Page, mode: 'light' | 'dark') {
  return page.locator(`main figure svg[id$="-${mode}"]:visible`);
}

/** The navbar's colour toggle cycles system, light and dark: select it until the page is dark. */
async function toggleToDark(page: Page): Promise<void> {
  const toggle = page.getByRole('button', {name: /dark and light mode/}).first();
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i += 1) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

async function scrollToEnd(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(40);
  }
  await page.waitForLoadState('networkidle');
}

test('the diagrams are found: every page that has one is listed', () => {
  expect([...PAGES.keys()].sort()).toEqual(
    ['/lighthouse', '/pal-tagging-service-principal', '/service-principals', '/terraform', '/understanding-pal', '/users-and-guests', '/workload-identities'],
  );
});

for (const [path, diagrams] of PAGES) {
  test(`the server HTML of ${path} already holds its diagrams, with their titles`, async ({request}) => {
    const html = await (await request.get(path)).text();
    for (const [hash, {title}] of diagrams) {
      for (const mode of ['light', 'dark']) {
        const id = `diagram-${hash}-${mode}`;
        expect(html, id).toMatch(new RegExp(`<svg [^>]*\\bid="?${id}"?[\\s>]`));
        expect(html, id).toMatch(new RegExp(`<title id="?${id}-title"?>${escapeRegExp(escapeHtml(title))}</title>`));
      }
    }
    expect(html).not.toMatch(/language-mermaid|docusaurus-mermaid/);
  });
}

for (const path of builtSitemapPaths('build')) {
  test(`${path} never loads Mermaid: scrolled to the end, then in the other colour mode`, async ({page}) => {
    const bodies = watchResponses(page, {
      response: async (response) =>
        response.request().resourceType() === 'script' ? {url: response.url(), body: await response.text().catch(() => '')} : null,
    });
    await page.goto(path, {waitUntil: 'networkidle'});
    await scrollToEnd(page);
    await toggleToDark(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const scripts = await bodies.settled();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(({body}) => MERMAID_CODE.test(body)).map(({url}) => url)).toEqual([]);
  });
}

for (const mode of ['light', 'dark'] as const) {
  const other = mode === 'light' ? 'dark' : 'light';
  for (const [path, diagrams] of PAGES) {
    test(`in ${mode} mode every diagram on ${path} shows its ${mode} render, in the site's text colour`, async ({page}) => {
      await page.emulateMedia({colorScheme: mode});
      await page.goto(path);
      await expect(shown(page, mode), path).toHaveCount(diagrams.length);
      await expect(shown(page, other), path).toHaveCount(0);
      const textColour = await page.evaluate(() => getComputedStyle(document.querySelector('main article')!).color);
      const labelColours = await shown(page, mode).evaluateAll((svgs) => [
        ...new Set(
          svgs.flatMap((svg) =>
            Array.from(svg.querySelectorAll('text, tspan'))
              .filter((run) => Array.from(run.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
              .map((run) => getComputedStyle(run).fill),
          ),
        ),
      ]);
      expect(labelColours, path).toEqual([textColour]);
    });
  }
}

test('switching the colour mode switches the diagram at once, without reloading', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto('/understanding-pal');
  await expect(shown(page, 'light')).toHaveCount(1);
  await toggleToDark(page);
  await expect(shown(page, 'dark')).toHaveCount(1);
  await expect(shown(page, 'light')).toHaveCount(0);
});

for (const width of [1280, 390]) {
  for (const [path, diagrams] of PAGES) {
    test(`at ${width} px, diagram labels on ${path} are at least 12 px high and only a diagram's own box scrolls`, async ({page}) => {
      await page.setViewportSize({width, height: 900});
      await page.goto(path);
      // Each run of label text on screen (a line): its rendered font size and the height of its box.
      const lines = await page.locator('main figure svg:visible').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
          return Array.from(svg.querySelectorAll('text, tspan'))
            .filter((run) => Array.from(run.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
            .map((line) => ({
              text: line.textContent!.trim(),
              fontPx: parseFloat(getComputedStyle(line).fontSize) * scale,
              boxPx: line.getBoundingClientRect().height,
            }));
        }),
      );
      expect(lines.length, path).toBeGreaterThan(diagrams.length);
      expect(lines.filter((line) => line.fontPx < 12 || line.boxPx < 12), path).toEqual([]);

      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
      for (const box of await page.locator('main figure > div').all()) {
        const overflows = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
        if (!overflows) continue;
        await expect(box, `${path}: a diagram wider than the column scrolls in a named, focusable box`).toHaveAttribute('tabindex', '0');
        await expect(box).toHaveAttribute('role', 'region');
        await expect(box).toHaveAttribute('aria-label', /^Diagram: .+/);
      }
    });
  }
}

test('a sideways flowchart is drawn sideways on a desktop and top-down on a phone', async ({page}) => {
  const [[hash]] = PAGES.get('/understanding-pal')!;
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto('/understanding-pal');
  await expect(page.locator(`svg[id="diagram-${hash}-light"]`)).toBeVisible();
  await expect(page.locator(`svg[id="diagram-${hash}-narrow-light"]`)).toBeHidden();
  await page.setViewportSize({width: 390, height: 900});
  await expect(page.locator(`svg[id="diagram-${hash}-narrow-light"]`)).toBeVisible();
  await expect(page.locator(`svg[id="diagram-${hash}-light"]`)).toBeHidden();
});

test('on a phone, a wide diagram scrolls with the keyboard', async ({page}) => {
  await page.setViewportSize({width: 390, height: 900});
  await page.goto('/workload-identities');
  const box = page.getByRole('region', {name: /^Diagram: A pipeline job signs in/});
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('diagram labels are real text: find in page reaches them', async ({page}) => {
  await page.goto('/understanding-pal');
  const found = await page.evaluate(() => {
    // Chromium's window.find searches the page as Ctrl+F does.
    const hit = (window as unknown as {find: (text: string) => boolean}).find('under that scope');
    return {hit, where: window.getSelection()?.anchorNode?.parentElement?.closest('svg')?.id ?? ''};
  });
  expect(found.hit).toBe(true);
  expect(found.where).toMatch(/^diagram-\w+-light$/);
});
