import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';

/**
 * What a page does right after it hydrates, in small steps: a traced load (Lighthouse's) records
 * a deep JavaScript stack for every style change made from inside React's commit, so one commit
 * that touches many elements became the longest task after the first paint.
 * - code blocks get their copy and word-wrap buttons one block per commit;
 * - a generator's form turns active without React writing its inputs again;
 * - <details> are the browser's own: nothing is written to them until the reader opens one;
 * - the phone menu's drawer is rendered when the reader reaches for the menu button.
 */

declare global {
  interface Window {
    /** One entry per MutationObserver callback after DOMContentLoaded: what it saw. */
    __batches: {added: string[]; attributes: string[]}[];
  }
}

/** Records every DOM change after DOMContentLoaded, batch by batch (one batch per task at most). */
async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__batches = [];
    const describe = (node: Node): string => {
      if (!(node instanceof Element)) return node.nodeName;
      const className = typeof node.className === 'string' ? node.className : '';
      return `${node.tagName.toLowerCase()}${className ? `.${className.split(' ').join('.')}` : ''}`;
    };
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        const batch = {added: [] as string[], attributes: [] as string[]};
        for (const record of records) {
          if (record.type === 'childList') record.addedNodes.forEach((node) => batch.added.push(describe(node)));
          else if (record.type === 'attributes') batch.attributes.push(`${record.attributeName} on ${describe(record.target)}`);
        }
        window.__batches.push(batch);
      }).observe(document, {subtree: true, childList: true, attributes: true});
    });
  });
}

const batches = (page: Page) => page.evaluate(() => window.__batches);

test('code blocks get their buttons after hydration one block per commit, and every block gets them', async ({page}) => {
  await recordMutations(page);
  await page.goto('/workload-identities');
  const blocks = page.locator('main .theme-code-block');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(5);
  // Every block, shown or folded away (a closed <details>, a tab not chosen), gets its copy button.
  await expect(blocks.locator('button[aria-label="Copy code to clipboard"]')).toHaveCount(count);
  await expect(blocks.first().getByRole('button', {name: 'Copy code to clipboard'})).toBeAttached();
  const groupsPerBatch = (await batches(page))
    .map((batch) => batch.added.filter((added) => /buttonGroup/.test(added)).length)
    .filter((groups) => groups > 0);
  expect(groupsPerBatch.reduce((sum, groups) => sum + groups, 0)).toBe(count);
  expect(Math.max(...groupsPerBatch)).toBe(1);
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});
  const drawer = (page: Page) => page.locator('.navbar-sidebar');
  const menuButton = (page: Page) => page.getByRole('button', {name: 'Toggle navigation bar'});

  test('the menu drawer is rendered once a pointer reaches for the menu button, and opens on a tap', async ({page}) => {
    await page.goto('/understanding-pal');
    // Docusaurus rendered the drawer in the transition that follows hydration: let every
    // request and a few frames go by, so that a drawer rendered without intent would be there.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 300)));
    await expect(drawer(page)).toHaveCount(0);
    await menuButton(page).hover();
    await expect(drawer(page)).toHaveCount(1);
    // Rendered closed: nothing shown until the reader presses.
    await expect(page.locator('nav.navbar-sidebar--show')).toHaveCount(0);
    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(drawer(page).getByRole('link', {name: 'Understanding PAL'})).toBeVisible();
  });

  test('the menu opens from the keyboard too', async ({page}) => {
    await page.goto('/understanding-pal');
    await menuButton(page).focus();
    await expect(drawer(page)).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(drawer(page).getByRole('link', {name: 'Understanding PAL'})).toBeVisible();
  });
});

test('the pipeline generator is inactive in the server HTML and turns active without its inputs being written again', async ({page, request}) => {
  const html = await (await request.get('/workload-identities')).text();
  expect(html).toMatch(/<fieldset [^>]*\bdisabled\b[^>]*>\s*<legend[^>]*>Pipeline options</);

  await recordMutations(page);
  await page.goto('/workload-identities');
  const form = page.getByRole('group', {name: 'Pipeline options'});
  await expect(form).toBeEnabled();
  await expect(form.getByRole('radio', {name: 'GitHub Actions'})).toBeEnabled();
  await page.waitForTimeout(500);
  const inputs = await form.locator('input, textarea').count();
  const nameWrites = (await batches(page)).flatMap((batch) => batch.attributes).filter((attribute) => /^name on (input|textarea)/.test(attribute));
  // Hydration sets each input up once; a form rendered again would write every name twice more.
  expect(nameWrites.length).toBeLessThanOrEqual(inputs);
  // And the form still works.
  await form.getByRole('radio', {name: 'GitLab CI/CD'}).check();
  await expect(form.getByRole('textbox', {name: /GitLab project path/})).toBeVisible();
});

test('a <details> is the browser’s own: untouched after hydration, opened and closed by click or keyboard', async ({page, request}) => {
  const html = await (await request.get('/terraform')).text();
  // No script-only class or inline style: the same element with or without JavaScript.
  expect(html).toMatch(/<details class="alert alert--info [^"]*"><summary>/);
  expect(html).not.toMatch(/<details[^>]*(isBrowser|data-collapsed)/);

  await recordMutations(page);
  await page.goto('/terraform');
  await page.waitForTimeout(500);
  const touched = (await batches(page)).flatMap((batch) => batch.attributes).filter((attribute) => / on details|style on div/.test(attribute));
  expect(touched).toEqual([]);

  const details = page.locator('main details').first();
  const summary = details.locator('> summary');
  const content = details.locator('> div');
  await expect(content).toBeHidden();
  await summary.click();
  await expect(details).toHaveAttribute('open', '');
  await expect(content).toBeVisible();
  await summary.press('Enter');
  await expect(details).not.toHaveAttribute('open');
  await expect(content).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('a <details> still opens', async ({page}) => {
    // Not 'load' with the fixture's wait for hydration: nothing hydrates here.
    await page.goto('/terraform', {waitUntil: 'commit'});
    await page.waitForLoadState('load');
    const details = page.locator('main details').first();
    await details.locator('> summary').click();
    await expect(details).toHaveAttribute('open', '');
    await expect(details.locator('> div')).toBeVisible();
  });
});
