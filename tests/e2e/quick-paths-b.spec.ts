import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {axeViolations} from './axe';

/**
 * Quick paths on Users and guests and Azure Lighthouse: a "Quick path" tip before the first
 * section that leads on to the PAL doctor and to the page's own sections, and reference
 * material folded away in <details> that a reader opens on demand.
 */

const PAGES = [
  // Each page's folded reference blocks, by summary, and something each one hides.
  {
    path: '/users-and-guests',
    details: [
      {summary: 'Example output from PowerShell, the Azure CLI and the REST API', hides: 'Get-AzManagementPartner'},
      {summary: 'Script: link a guest account in several customer tenants', hides: 'Link a guest account in several customer tenants'},
    ],
  },
  {
    path: '/lighthouse',
    details: [
      {summary: 'Side by side: identity in the customer tenant or Azure Lighthouse (table)', hides: 'What the customer gives you'},
      {summary: 'The roles used most often: PEC eligibility and Lighthouse support (table)', hides: 'Storage Blob Data Contributor'},
      {summary: 'Script: link several service principals of the managing tenant', hides: 'Link several service principals of the managing tenant'},
      {summary: 'The complete template: lighthouse-delegation.json', hides: 'lighthouse-delegation.json'},
    ],
  },
];

const article = (page: Page): Locator => page.locator('article .markdown');

/** The first admonition of the article, and whether it comes before the first H2. */
async function firstAdmonition(page: Page): Promise<{title: string; beforeFirstH2: boolean}> {
  return article(page).evaluate((root) => {
    const admonition = root.querySelector('.theme-admonition');
    const h2 = root.querySelector('h2');
    if (!admonition || !h2) return {title: '', beforeFirstH2: false};
    const heading = admonition.querySelector('[class*="admonitionHeading"]');
    return {
      title: (heading?.textContent ?? '').trim(),
      beforeFirstH2: Boolean(admonition.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

function quickPath(page: Page): Locator {
  return article(page)
    .locator('.theme-admonition')
    .filter({has: page.locator('[class*="admonitionHeading"]', {hasText: /^Quick path$/})});
}

for (const {path, details} of PAGES) {
  test(`${path} opens with a Quick path before the first section, leading to the PAL doctor`, async ({page}) => {
    await page.goto(path);
    expect(await firstAdmonition(page)).toEqual({title: 'Quick path', beforeFirstH2: true});
    const tip = quickPath(page);
    await expect(tip).toHaveCount(1);
    await expect(tip).toBeVisible();
    // The common case in a few numbered steps.
    const steps = await tip.locator(':scope [class*="admonitionContent"] > ol > li').count();
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThanOrEqual(5);

    // Every step leads on: the in-page links land on a heading of this page.
    const fragments = await tip.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    for (const id of fragments) {
      await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
    }

    // The PAL doctor link goes to the doctor.
    const doctor = tip.getByRole('link', {name: 'PAL doctor'});
    await expect(doctor).toHaveAttribute('href', '/pal-doctor');
    await doctor.click();
    await expect(page).toHaveURL(/\/pal-doctor$/);
    await expect(page.locator('h1').first()).toHaveText('PAL doctor');
  });

  test(`${path} folds its reference material away until asked`, async ({page}) => {
    await page.goto(path);
    const all = article(page).locator('details');
    await expect(all).toHaveCount(details.length);
    for (const {summary, hides} of details) {
      const box = all.filter({has: page.locator('summary', {hasText: summary})});
      await expect(box, summary).toHaveCount(1);
      await expect(box).not.toHaveAttribute('open');
      // The folded part: everything in the box but its summary.
      const hidden = box.locator(':scope > :not(summary)').getByText(hides, {exact: false}).first();
      await expect(hidden, `${summary} hides "${hides}"`).toBeHidden();
      // Headings stay outside, so the table of contents and links to them still work.
      await expect(box.locator('h2, h3, h4')).toHaveCount(0);

      await box.locator('summary').click();
      await expect(box).toHaveAttribute('open');
      await expect(hidden, `${summary} shows "${hides}" once opened`).toBeVisible();
    }
    // The page-wide axe run sees folded content as hidden: check it once it is open.
    expect(await axeViolations(page, 'article .markdown details')).toEqual([]);
  });
}

test('/users-and-guests: the guests section sends a guest in many tenants to the PAL doctor', async ({page}) => {
  await page.goto('/users-and-guests');
  // The section runs from its heading to the next H2.
  const hrefs = await page.locator('h2#guests').evaluate((heading) => {
    const found: string[] = [];
    for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
      node.querySelectorAll('a[href]').forEach((a) => found.push(a.getAttribute('href')!));
    }
    return found;
  });
  expect(hrefs).toContain('/pal-doctor');
  const tip = page
    .locator('h2#guests ~ .theme-admonition')
    .filter({has: page.locator('[class*="admonitionHeading"]', {hasText: /^A guest in many tenants$/})});
  await expect(tip).toContainText('every tenant your account can reach');
  await expect(tip.getByRole('link', {name: 'PAL doctor'})).toHaveAttribute('href', '/pal-doctor');
});

test('/lighthouse: the check step says what the PAL doctor shows for delegations, and what it does not', async ({page}) => {
  await page.goto('/lighthouse');
  const check = page.locator('h3[id="5-check"] + ul');
  await expect(check.getByRole('link', {name: 'PAL doctor'})).toHaveAttribute('href', '/pal-doctor');
  await expect(check).toContainText('Lighthouse delegation');
  await expect(check).toContainText('Just-in-time roles you have not activated do not appear');
});
