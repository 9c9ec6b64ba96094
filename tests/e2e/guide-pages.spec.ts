import {test, expect} from './fixtures';
import {builtSitemapPaths} from './sitemap';

/**
 * Conventions every guide page keeps: its Microsoft sources at the end, when it last changed,
 * where to edit it and where to ask about it. And the rules the guide must never state again.
 */

const SITE_URL = 'https://pal-guide.example.org';
const REPOSITORY = 'https://github.com/pal-guide/pal-guide';
const NOT_GUIDE_PAGES = new Set(['/search']);
const GUIDE_PAGES = builtSitemapPaths('build').filter((path) => !NOT_GUIDE_PAGES.has(path));

test('the sitemap lists every guide page, the new Power Platform page included', () => {
  expect(GUIDE_PAGES).toContain('/power-platform-and-dynamics-365');
  expect(GUIDE_PAGES.length).toBeGreaterThanOrEqual(14);
});

for (const path of GUIDE_PAGES) {
  test(`${path} ends with its sources and offers last update, edit and ask links`, async ({page}) => {
    await page.goto(path);
    const article = page.locator('article');
    const title = (await page.locator('h1').first().textContent())?.trim() ?? '';

    const headings = await article.locator('h2').allTextContents();
    expect(headings.at(-1), `${path}: last section`).toMatch(/^Sources/);
    const sources = await article
      .locator('h2:has-text("Sources") ~ ul a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(sources.length, `${path}: links under Sources`).toBeGreaterThan(0);
    expect(sources.some((href) => /^https:\/\/(learn\.microsoft\.com|github\.com\/Azure\/)/.test(href)), `${path}: a Microsoft source`).toBe(true);

    await expect(article.locator('time[itemprop="dateModified"]')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

    const file = path === '/' ? 'overview' : path.slice(1);
    await expect(page.getByRole('link', {name: 'Edit this page'})).toHaveAttribute('href', `${REPOSITORY}/edit/main/docs/${file}.mdx`);

    const ask = new URL((await page.getByRole('link', {name: 'Ask about this page'}).getAttribute('href')) ?? '');
    expect(ask.origin + ask.pathname).toBe(`${REPOSITORY}/discussions/new`);
    expect(ask.searchParams.get('category')).toBe('q-a');
    expect(ask.searchParams.get('title')).toContain(title);
    expect(ask.searchParams.get('body')).toContain(`${SITE_URL}${path}`);
  });
}

test('Understanding PAL has a section on CSP and partner earned credit with its Microsoft sources', async ({page}) => {
  await page.goto('/understanding-pal');
  const heading = page.locator('h2#csp');
  await expect(heading).toContainText('CSP');
  await expect(heading).toContainText('partner earned credit');
  const section = await page.locator('article').evaluate((article) => {
    const start = article.querySelector('h2#csp');
    let text = '';
    const links: string[] = [];
    for (let node = start?.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
      text += node.textContent ?? '';
      node.querySelectorAll('a').forEach((a) => links.push(a.href));
    }
    return {text, links};
  });
  for (const route of ['Admin on behalf of (AOBO)', 'Azure Lighthouse', 'in each customer tenant context', 'GDAP', 'Reinstate admin privileges']) {
    expect(section.text).toContain(route);
  }
  for (const source of ['partner-center/partner-earned-credit-explanation', 'partner-center/billing/partner-earned-credit-troubleshoot', 'azure/lighthouse/how-to/partner-earned-credit']) {
    expect(section.links.some((href) => href.includes(source)), source).toBe(true);
  }
});

/** Statements Microsoft does not make, which earlier versions of the guide did. */
const RETIRED_CLAIMS = [
  /PAL adds nothing/i,
  /recogni[sz]ed through (the )?CSP (relationship )?already|already recogni[sz]ed through (the )?CSP/i,
  /PGA (number|ID) plus one/i,
  /a PGA ID (is rejected|fails|will not link)/i,
  /73 ÷ 730/,
];

for (const path of GUIDE_PAGES) {
  test(`${path} repeats no rule Microsoft does not publish`, async ({page}) => {
    await page.goto(path);
    const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
    for (const claim of RETIRED_CLAIMS) expect(text, `${path} says ${claim}`).not.toMatch(claim);
  });
}

test('the Power Platform page is in the sidebar and embeds the PAL widget', async ({page}) => {
  await page.goto('/power-platform-and-dynamics-365');
  await expect(page.locator('.menu').getByRole('link', {name: 'Power Platform and Dynamics 365'})).toHaveAttribute('aria-current', 'page');
  const widget = page.locator('#power-platform-pal');
  await widget.getByRole('button', {name: 'Sign in'}).click();
  await expect(widget.getByRole('status')).toContainText('Linked to Partner ID 4567891');
});

test('offline search finds the Power Platform page', async ({page, externalRequests}) => {
  await page.goto('/');
  const search = page.getByRole('combobox', {name: /search/i}).or(page.getByPlaceholder('Search')).first();
  await search.fill('Power Automate');
  const results = page.locator('.aa-dropdown-menu, [role="listbox"]').first();
  await expect(results).toContainText('Power Platform and Dynamics 365');
  expect(externalRequests).toEqual([]);
});

test('Users and guests links the Azure portal page that makes the link', async ({page}) => {
  await page.goto('/users-and-guests');
  const portal = page.getByRole('link', {name: /managementpartnerblade/});
  await expect(portal.first()).toHaveAttribute('href', 'https://portal.azure.com/#blade/Microsoft_Azure_Billing/managementpartnerblade');
});
