import {test, expect} from './fixtures';
import type {Page} from '@playwright/test';
import {axeViolations} from './axe';

/**
 * Overview's quick route: the five-minute path, the scenario guide with several answers and a
 * CSP answer, the PAL doctor as the main route, and the consent note beside every widget.
 */

/** The elements between an h2 and the next h2, as text and link targets. */
async function section(page: Page, headingId: string) {
  return page.locator('article').evaluate((article, id) => {
    const start = article.querySelector(`h2#${id}`);
    const items: string[] = [];
    const links: string[] = [];
    let text = '';
    for (let node = start?.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
      text += `${node.textContent ?? ''}\n`;
      node.querySelectorAll(':scope > li').forEach((li) => items.push(li.textContent ?? ''));
      node.querySelectorAll('a').forEach((a) => links.push(a.getAttribute('href') ?? ''));
    }
    return {found: Boolean(start), text, items, links};
  }, headingId);
}

test('the five-minute path opens Overview, before the three conditions, as five numbered steps', async ({page}) => {
  await page.goto('/');
  const headings = (await page.locator('article h2').allTextContents()).map((h) => h.replace(/\u200b/g, '').trim());
  expect(headings[0]).toBe('Five-minute path');
  expect(headings.indexOf('The three conditions')).toBeGreaterThan(0);

  const path = await section(page, 'five-minute-path');
  expect(path.found).toBe(true);
  await expect(page.locator('h2#five-minute-path + ol > li')).toHaveCount(5);
  expect(path.items[0]).toMatch(/^Get your Partner ID\..*Partner Location Account \(PLA\).*Partner Center administrator/s);
  expect(path.items[1]).toMatch(/^Check every tenant with the PAL doctor\./);
  expect(path.items[2]).toMatch(/^Link the tenants that need it\./);
  expect(path.items[3]).toMatch(/^Ask for an eligible role where the verdict says so\./);
  expect(path.items[4]).toMatch(/^Download the CSV for your records\./);
  expect(path.text).toContain('Next: a partner-owned service principal');

  // Each step links to where it is done.
  for (const target of ['/understanding-pal#partner-id', '/pal-doctor', '/understanding-pal#eligible-roles', '/service-principals']) {
    expect(path.links).toContain(target);
  }
});

test('every link in the five-minute path lands on a page and, where it names one, an anchor that exists', async ({page, request}) => {
  await page.goto('/');
  const {links} = await section(page, 'five-minute-path');
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const href of new Set(links)) {
    expect(href, 'a link inside the site').toMatch(/^\/[a-z]/);
    expect((await request.get(href.split('#')[0])).status(), href).toBe(200);
    // Two links into the same page differ only in their hash: navigate afresh each time.
    await page.goto('about:blank', {waitUntil: 'commit'});
    await page.goto(href);
    const landed = new URL(page.url());
    expect(landed.pathname + landed.hash, href).toBe(href);
    await expect(page.locator('h1').first(), href).toBeVisible();
    const hash = new URL(href, 'http://x').hash.slice(1);
    if (hash) await expect(page.locator(`[id="${hash}"]`), href).toHaveCount(1);
  }
});

test('Overview says what PEC and ACR stand for where they first appear', async ({page}) => {
  await page.goto('/');
  const text = await page.locator('article').evaluate((article) => article.textContent ?? '');
  for (const [short, long] of [
    ['PEC', 'partner earned credit (PEC)'],
    ['ACR', 'Azure consumed revenue (ACR)'],
  ]) {
    const first = text.search(new RegExp(`\\b${short}\\b`));
    expect(first, short).toBeGreaterThan(0);
    expect(text.slice(first - long.length + short.length + 1, first + short.length + 1), short).toBe(long);
  }
});

test.describe('the scenario guide', () => {
  test('takes several answers and lists every page to follow, OIDC and Terraform included', async ({page}) => {
    await page.goto('/');
    const who = page.getByRole('group', {name: "Who makes the changes in the customer's Azure?"});
    const results = page.locator('main [aria-live="polite"]');
    await expect(who.getByRole('checkbox').first()).toBeEnabled();

    await who.getByRole('checkbox', {name: /^People/}).check();
    await who.getByRole('checkbox', {name: /^Automation/}).check();
    const how = page.getByRole('group', {name: 'How does that automation sign in to Azure?'});
    await expect(how).toBeVisible();
    // Automation alone names no page until the follow-up is answered.
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results).toContainText('How does that automation sign in to Azure?');

    await how.getByRole('checkbox', {name: /workload identity federation/}).check();
    await how.getByRole('checkbox', {name: /^Terraform/}).check();
    const pages = results.getByRole('listitem').locator('> a:first-child');
    await expect(pages).toHaveText(['Go to Users and guests', 'Go to Workload identities', 'Go to Terraform']);
    expect(await pages.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/users-and-guests',
      '/workload-identities',
      '/terraform',
    ]);
    await expect(results).toContainText('3 pages to follow');

    // The answer for people also sends them to the PAL doctor.
    const people = results.getByRole('listitem').filter({hasText: 'Users and guests'});
    await expect(people.getByRole('link', {name: /check all your tenants at once/})).toHaveAttribute('href', '/pal-doctor');

    // Unticking automation closes its question and drops its pages.
    await who.getByRole('checkbox', {name: /^Automation/}).uncheck();
    await expect(how).toHaveCount(0);
    await expect(pages).toHaveText(['Go to Users and guests']);
    await expect(results).toContainText('The page to follow');
  });

  test('has one CSP answer that routes to the CSP section of Understanding PAL', async ({page}) => {
    await page.goto('/');
    const who = page.getByRole('group', {name: "Who makes the changes in the customer's Azure?"});
    const csp = who.getByRole('checkbox', {name: /CSP partner \(Cloud Solution Provider\)/});
    await expect(csp).toHaveCount(1);
    await csp.check();
    const result = page.locator('main [aria-live="polite"]').getByRole('link', {name: 'Go to CSP partners and partner earned credit'});
    await expect(result).toHaveAttribute('href', '/understanding-pal#csp');
    await result.click();
    await expect(page).toHaveURL(/\/understanding-pal#csp$/);
    await expect(page.locator('h2#csp')).toBeInViewport();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe with several answers and their results shown, in ${colorScheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const who = page.getByRole('group', {name: "Who makes the changes in the customer's Azure?"});
      await who.getByRole('checkbox', {name: /^People/}).check();
      await who.getByRole('checkbox', {name: /^Automation/}).check();
      await who.getByRole('checkbox', {name: /CSP partner/}).check();
      // A follow-up still unanswered shows its prompt; axe checks that state as well.
      await expect(page.locator('main [aria-live="polite"]')).toContainText('How does that automation sign in to Azure?');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('group', {name: 'How does that automation sign in to Azure?'}).getByRole('checkbox').first().check();
      await expect(page.locator('main [aria-live="polite"] li')).toHaveCount(3);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('the sidebar names the doctor by what it does', async ({page}) => {
  await page.goto('/');
  const entry = page.locator('.menu').getByRole('link', {name: 'Check all tenants (PAL doctor)'});
  await expect(entry).toHaveAttribute('href', '/pal-doctor');
  await entry.click();
  await expect(page.locator('h1').first()).toHaveText('PAL doctor');
  await expect(page.locator('.menu').getByRole('link', {name: 'Check all tenants (PAL doctor)'})).toHaveAttribute('aria-current', 'page');
});

for (const {path, widget} of [
  {path: '/', widget: '#overview-pal'},
  {path: '/check-and-link', widget: '#check-and-link'},
  {path: '/pal-doctor', widget: '#pal-doctor'},
  {path: '/understanding-pal', widget: '#understanding-pal-widget'},
  {path: '/users-and-guests', widget: '#users-and-guests-pal'},
  {path: '/power-platform-and-dynamics-365', widget: '#power-platform-pal'},
]) {
  test(`${path} says, before its widget, what consenting in a tenant adds there, with Microsoft sources`, async ({page}) => {
    await page.goto(path);
    const note = page.locator('.theme-admonition').filter({hasText: 'The first sign-in in each tenant asks for consent'});
    await expect(note).toHaveCount(1);
    for (const fact of ['user_impersonation', 'enterprise application', 'delegated permission grant', 'My Apps', 'Enterprise applications', 'an administrator has to consent']) {
      await expect(note).toContainText(fact);
    }
    // The note comes before the widget it explains.
    const order = await note.evaluate((n, selector) => {
      const target = document.querySelector(selector);
      return target ? n.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    }, widget);
    expect(order).toBeTruthy();
    const sources = await page
      .locator('article h2:has-text("Sources") ~ ul a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources).toContain('https://learn.microsoft.com/entra/identity/enterprise-apps/grant-consent-single-user');
    expect(sources).toContain('https://learn.microsoft.com/entra/identity/enterprise-apps/user-admin-consent-overview');
  });
}
