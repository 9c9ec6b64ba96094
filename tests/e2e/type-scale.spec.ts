import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtSitemapPaths} from './sitemap';

/**
 * Every page keeps to the site's type scale (src/css/custom.css) as first drawn: text in the
 * body size or the one small size (14px) or a heading's size, code at its share of those, in
 * regular or bold, italic only for emphasis. A first visit pays for each distinct font size,
 * weight and style in the page's first layout, so a stray 13.6px hint or a weight of 600 costs
 * load time on a phone for no visible gain.
 */

const BODY = 16;
/** The small size, the body and Infima's heading sizes on phones (h3 to h1) and desktops (to 48px). */
const SIZES = [14, BODY, 20, 24, 32, 48];
const CODE_SHARE = 0.95;

interface Strike {
  mono: boolean;
  weight: number;
  italic: boolean;
  size: number;
  example: string;
}

/** The distinct (font kind, weight, style, size) of the visible text on the page. */
async function strikes(page: Page): Promise<Strike[]> {
  return page.evaluate(() => {
    const found = new Map<string, {mono: boolean; weight: number; italic: boolean; size: number; example: string}>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      // Diagram labels are laid out by Mermaid when the diagrams are rendered (npm run diagrams).
      if (!text || !element || element.getClientRects().length === 0 || element.closest('svg')) continue;
      const style = getComputedStyle(element);
      const strike = {
        mono: /mono|menlo|consolas|courier/i.test(style.fontFamily),
        weight: Number(style.fontWeight),
        italic: style.fontStyle !== 'normal',
        size: Math.round(parseFloat(style.fontSize) * 100) / 100,
        example: `<${element.tagName.toLowerCase()} class="${element.className}"> "${text.slice(0, 40)}"`,
      };
      const key = `${strike.mono}|${strike.weight}|${strike.italic}|${strike.size}`;
      if (!found.has(key)) found.set(key, strike);
    }
    return [...found.values()];
  });
}

function offScale(strike: Strike): string | null {
  const sizes = SIZES;
  if (strike.weight !== 400 && strike.weight !== 700) return `weight ${strike.weight}`;
  if (strike.italic && (strike.mono || strike.weight !== 400)) return 'italic other than regular body text';
  const allowed = strike.mono ? sizes.map((size) => Math.round(size * CODE_SHARE * 100) / 100) : sizes;
  if (!allowed.includes(strike.size)) return `size ${strike.size}px`;
  return null;
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({viewport: {width, height: 900}, javaScriptEnabled: false});
    for (const path of builtSitemapPaths('build')) {
      test(`${path} keeps to the type scale`, async ({page}) => {
        // Not 'load' with the fixture's wait for hydration: nothing hydrates here.
        await page.goto(path, {waitUntil: 'commit'});
        await page.waitForLoadState('load');
        const found = await strikes(page);
        const off = found.map((strike) => [offScale(strike), strike] as const).filter(([reason]) => reason);
        expect(off.map(([reason, strike]) => `${reason}: ${strike.example}`)).toEqual([]);
        // Regular and bold body text at least, so the walk above saw the page.
        expect(found.some((strike) => !strike.mono && strike.size === BODY && strike.weight === 400)).toBe(true);
      });
    }
  });
}
