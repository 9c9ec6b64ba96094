import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {sitemapPaths} from './sitemap';

/**
 * The "Prove your recognition" and "Glossary" pages: reachable from the sidebar, the sitemap and
 * the search; the glossary's stable ids with a Microsoft source each; the FAQ's order; and the
 * links that lead to the Prove page.
 */

const NEW_PAGES = [
  {path: '/prove-your-recognition', title: 'Prove your recognition', query: 'Prove your recognition'},
  {path: '/glossary', title: 'Glossary', query: 'Digital Partner of Record'},
];

/** Each glossary id, with the words its heading must spell out. */
const GLOSSARY: Array<[string, RegExp]> = [
  ['pal', /Partner Admin Link/],
  ['partner-id', /Partner ID/],
  ['pga', /Partner Global Account/],
  ['pla', /Partner Location Account/],
  ['associated-partner-id', /Associated Partner ID/],
  ['pec', /partner earned credit/i],
  ['acr', /Azure consumed revenue/i],
  ['aobo', /admin on behalf of/i],
  ['gdap', /granular delegated admin privileges/i],
  ['dpor', /Digital Partner of Record/],
  ['csp', /Cloud Solution Provider/],
  ['azure-lighthouse', /Azure Lighthouse/],
  ['workload-identity-federation', /Workload identity federation/i],
  ['pim', /Privileged Identity Management/],
  ['object-id', /Object ID/],
  ['tenant', /Tenant/],
];

function searchBox(page: Page) {
  return page.getByRole('combobox', {name: /search/i}).or(page.getByPlaceholder('Search')).first();
}

test('the sidebar lists Prove your recognition after Attestation and Glossary after the FAQ', async ({page}) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
  const labels = (await sidebar.getByRole('link').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
  const at = (label: string) => labels.indexOf(label);
  expect(at('Prove your recognition')).toBe(at('Attestation') + 1);
  expect(at('FAQ')).toBe(at('Prove your recognition') + 1);
  expect(at('Glossary')).toBe(at('FAQ') + 1);
  expect(at('Host your own copy')).toBe(at('Glossary') + 1);
});

for (const {path, title, query} of NEW_PAGES) {
  test(`${title}: its sidebar link is visible and opens the page`, async ({page}) => {
    await page.goto('/');
    const link = page.getByRole('navigation', {name: 'Docs sidebar'}).getByRole('link', {name: title, exact: true});
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('h1').first()).toHaveText(title);
    await expect(link).toHaveAttribute('aria-current', 'page');
  });

  test(`${title}: the sitemap lists ${path}`, async ({page}) => {
    expect(await sitemapPaths(page.request)).toContain(path);
  });

  test(`${title}: the offline search finds it by "${query}"`, async ({page, externalRequests}) => {
    await page.goto('/');
    await searchBox(page).fill(query);
    const results = page.locator('.aa-dropdown-menu, [role="listbox"]').first();
    // The first search in a page loads the whole index (about 1 MB): allow for a busy machine.
    await expect(results).toContainText(title, {timeout: 30_000});
    await results.getByRole('option').filter({hasText: title}).first().click();
    await expect(page).toHaveURL(new RegExp(`${path}(#.*)?$`));
    await expect(page.locator('h1').first()).toHaveText(title);
    expect(externalRequests).toEqual([]);
  });
}

test('the glossary defines every term under its stable id, spelt out, with a guide link and a Microsoft Learn link', async ({page}) => {
  await page.goto('/glossary');
  const sections = await page.locator('article').evaluate((article) => {
    const found: Record<string, {heading: string; hrefs: string[]; text: string}> = {};
    for (const heading of Array.from(article.querySelectorAll('h2[id]'))) {
      const hrefs: string[] = [];
      let text = '';
      for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
        text += node.textContent ?? '';
        node.querySelectorAll('a').forEach((a: HTMLAnchorElement) => hrefs.push(a.href));
      }
      found[heading.id] = {heading: heading.textContent ?? '', hrefs, text};
    }
    return found;
  });
  const origin = new URL(page.url()).origin;
  for (const [id, spelt] of GLOSSARY) {
    const section = sections[id];
    expect(section, `#${id}`).toBeDefined();
    expect(`${section.heading} ${section.text}`, `#${id} spells out the term`).toMatch(spelt);
    expect(section.hrefs.some((href) => href.startsWith('https://learn.microsoft.com/')), `#${id}: a Microsoft Learn link`).toBe(true);
    expect(section.hrefs.some((href) => href.startsWith(origin)), `#${id}: a link into the guide`).toBe(true);
  }
  // A term's link resolves to its entry.
  await page.goto('/glossary#pec');
  await expect(page.locator('h2#pec')).toBeInViewport();
});

test('the FAQ starts with the four questions partners ask most, then Microsoft\'s questions', async ({page}) => {
  await page.goto('/faq');
  const article = page.locator('article');
  const h2 = (await article.locator('h2').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
  expect(h2.slice(0, 2)).toEqual(['What partners ask most', "Questions from Microsoft's PAL FAQ"]);
  const h3 = (await article.locator('h3').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
  expect(h3.slice(0, 4)).toEqual([
    'I linked, but nothing is recognised',
    'What happens when an employee leaves?',
    "We are the customer's CSP partner. Do we need PAL?",
    'Which Partner ID should I use if my company has several?',
  ]);
  expect(h3[4]).toBe('Who can link the Partner ID?');
  // The anchors other pages use stay where they were.
  for (const id of ['nothing-recognised', 'employee-leaves', 'csp-partner', 'partner-id-invalid', 'delegated-admin']) {
    await expect(article.locator(`[id="${id}"]`), id).toHaveCount(1);
  }
});

test('the FAQ\'s answer for users in many tenants links the PAL doctor', async ({page}) => {
  await page.goto('/faq');
  const links = await page.locator('article').evaluate((article) => {
    const heading = Array.from(article.querySelectorAll('h3')).find((h) => h.textContent?.includes('more than one customer tenant'));
    const hrefs: string[] = [];
    for (let node = heading?.nextElementSibling; node && !/^H[23]$/.test(node.tagName); node = node.nextElementSibling) {
      node.querySelectorAll('a').forEach((a: HTMLAnchorElement) => hrefs.push(new URL(a.href).pathname));
    }
    return hrefs;
  });
  expect(links).toContain('/pal-doctor');
});

for (const path of ['/faq', '/attestation']) {
  test(`${path} links to Prove your recognition, and the link lands there`, async ({page}) => {
    await page.goto(path);
    const link = page.locator('article').getByRole('link', {name: 'Prove your recognition', exact: true}).first();
    await expect(link).toHaveAttribute('href', /^\/prove-your-recognition(#.*)?$/);
    await link.click();
    await expect(page.locator('h1').first()).toHaveText('Prove your recognition');
  });
}

test('Prove your recognition covers Partner Center, what to send and the Lighthouse check, with the PEC table from the site\'s data', async ({page}) => {
  await page.goto('/prove-your-recognition');
  const article = page.locator('article');
  for (const id of ['partner-center', 'timing', 'what-to-send', 'lighthouse-check', 'update-delegations']) {
    await expect(article.locator(`[id="${id}"]`), id).toHaveCount(1);
  }
  await expect(article).toContainText('Partner Admin Link as the partner association type');
  await expect(article).toContainText('Executive report viewer');
  await expect(article.getByRole('link', {name: 'PAL doctor'}).first()).toHaveAttribute('href', /^\/pal-doctor/);

  // The role table is collapsed until opened, and then lists each role with its eligibility.
  const table = article.locator('details').filter({hasText: 'pec-roles.csv'});
  const code = table.locator('pre');
  await expect(code).toBeHidden();
  await table.locator('summary').click();
  await expect(code).toBeVisible();
  const rows = ((await code.textContent()) ?? '').trim().split('\n');
  expect(rows[0]).toBe('roleDefinitionId,pecEligible,roleName');
  expect(rows).toContain('b24988ac-6180-42a0-ab88-20f7382dd24c,yes,Contributor');
  expect(rows).toContain('acdd72a7-3385-48ef-bd42-f606fba81ae7,no,Reader');
  expect(rows.slice(1).every((row) => /^[0-9a-f-]{36},(yes|no),[^,]+$/.test(row))).toBe(true);

  const script = article.locator('pre').filter({hasText: 'az managedservices definition list'});
  await expect(script).toContainText('eligibleAuthorizations');
  await expect(script).toContainText('ROLES_FILE');
});

test('acronyms link to their glossary entry at first use on a page, with what they stand for', async ({page}) => {
  await page.goto('/understanding-pal');
  const article = page.locator('article');
  // Only the first use of an acronym links; headings keep theirs as plain text.
  for (const [acronym, id, expansion] of [
    ['PEC', 'pec', 'partner earned credit'],
    ['PIM', 'pim', 'Privileged Identity Management'],
    ['CSP', 'csp', 'Cloud Solution Provider'],
  ]) {
    const links = article.locator(`a[href="/glossary#${id}"]`);
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText(acronym);
    await expect(links).toHaveAttribute('title', expansion);
    await expect(article.locator(`h2 a[href^="/glossary"], h3 a[href^="/glossary"]`)).toHaveCount(0);
  }
  await article.locator('a[href="/glossary#pec"]').click();
  await expect(page).toHaveURL(/\/glossary#pec$/);
  await expect(page.locator('h2#pec')).toBeInViewport();
});
