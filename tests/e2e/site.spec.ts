import {test, expect} from './fixtures';
import {builtSitemapPaths, sitemapPaths} from './sitemap';

/** The guide itself: every page, the content each must carry, and the site-wide conventions. */

const REQUIRED: Array<{path: string; heading: string; content: string[]}> = [
  {path: '/', heading: 'Overview', content: ['The three conditions', 'Which scenario am I?', 'Partner Location Account']},
  {
    path: '/understanding-pal',
    heading: 'Understanding PAL',
    content: [
      'Support Request Contributor',
      'Associated Partner ID',
      'Partner Global Account',
      'managed identit',
      'management group',
      'partner earned credit',
      'Digital Partner of Record',
    ],
  },
  {path: '/users-and-guests', heading: 'Users and guests', content: ['New-AzManagementPartner', 'az managementpartner create', '#EXT#']},
  {
    path: '/service-principals',
    heading: 'Service principals with a secret or certificate',
    content: ['Connect-AzAccount', '--service-principal', 'az rest', '169.254.169.254'],
  },
  {
    path: '/workload-identities',
    heading: 'Workload identities and OpenID Connect in pipelines',
    content: ['token.actions.githubusercontent.com', 'id-token: write', 'AzureCLI@2', '--federated-token'],
  },
  {
    path: '/pal-tagging-service-principal',
    heading: 'PAL tagging with a dedicated service principal',
    content: ['client_credentials', 'az role assignment create', 'Support Request Contributor'],
  },
  {path: '/terraform', heading: 'Terraform', content: ['azapi_resource_action', 'DELETE', 'destroy', 'az rest']},
  {path: '/lighthouse', heading: 'Azure Lighthouse and PAL', content: ['managing tenant', 'Marketplace', 'authorizations']},
  {path: '/attestation', heading: 'Attestation', content: ['assignedTo', 'PIM', 'az managementpartner show']},
  {
    path: '/prove-your-recognition',
    heading: 'Prove your recognition',
    content: ['Partner Admin Link as the partner association type', 'Executive report viewer', 'az managedservices definition list', 'mspOfferName'],
  },
  {path: '/faq', heading: 'FAQ', content: ['Still have a question?']},
  {path: '/glossary', heading: 'Glossary', content: ['Partner Location Account', 'admin on behalf of', 'Digital Partner of Record']},
  {path: '/check-and-link', heading: 'Check and link PAL', content: ['Sign in', 'PLA']},
  {
    path: '/power-platform-and-dynamics-365',
    heading: 'Power Platform and Dynamics 365',
    content: ['Power Apps', 'Power Automate', 'Power BI', 'Customer Insights', 'owner or co-owner', 'az managementpartner create'],
  },
  {path: '/host-your-own-copy', heading: 'Host your own copy', content: ['PAL_CLIENT_ID', 'user_impersonation', 'Single-page application']},
];

test('the sitemap lists every page the site must have', async ({page}) => {
  const paths = await sitemapPaths(page.request);
  for (const {path} of REQUIRED) expect(paths, `sitemap lists ${path}`).toContain(path);
});

// One test per page: each has its own timeout, however many pages the site grows to.
for (const path of builtSitemapPaths('build')) {
  test(`${path} (from the sitemap) loads with a heading and without console errors`, async ({page}) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
  });
}

for (const {path, heading, content} of REQUIRED) {
  test(`${path} has its heading and key content`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('h1').first()).toHaveText(heading);
    const main = page.locator('main');
    for (const text of content) {
      // Tabbed content counts too: it is in the page even when its tab is not selected.
      expect(await main.evaluate((el) => el.textContent ?? ''), `${path} mentions ${text}`).toContain(text);
    }
  });
}

test('the FAQ ends with the discussions link from the build setting', async ({page}) => {
  await page.goto('/faq');
  const link = page.getByRole('link', {name: /discussions/i}).last();
  await expect(link).toHaveAttribute('href', 'https://github.com/pal-guide/pal-guide/discussions');
});

test('a tab choice sticks across pages and is in the URL', async ({page}) => {
  await page.goto('/users-and-guests');
  await page.getByRole('tab', {name: 'Azure CLI'}).first().click();
  await expect(page).toHaveURL(/[?&]tool=cli/);
  await page.goto('/service-principals');
  await expect(page.getByRole('tab', {name: 'Azure CLI'}).first()).toHaveAttribute('aria-selected', 'true');
  // A link with ?tool= wins over the stored choice; a click stores the new choice.
  await page.goto('/attestation?tool=powershell');
  await expect(page.getByRole('tab', {name: 'PowerShell'}).first()).toHaveAttribute('aria-selected', 'true');
  await page.goto('/users-and-guests');
  await expect(page.getByRole('tab', {name: 'Azure CLI'}).first()).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', {name: 'PowerShell'}).first().click();
  await page.goto('/workload-identities');
  await page.goto('/attestation');
  await expect(page.getByRole('tab', {name: 'PowerShell'}).first()).toHaveAttribute('aria-selected', 'true');
});

test('offline search finds "Support Request Contributor"', async ({page, externalRequests}) => {
  await page.goto('/');
  const search = page.getByRole('combobox', {name: /search/i}).or(page.getByPlaceholder('Search')).first();
  await search.fill('Support Request Contributor');
  const results = page.locator('.aa-dropdown-menu, [role="listbox"]').first();
  await expect(results).toContainText('Understanding PAL');
  await results.getByRole('option').filter({hasText: 'Understanding PAL'}).first().click();
  await expect(page).toHaveURL(/\/understanding-pal/);
  await expect(page.locator('main')).toContainText('Support Request Contributor');
  expect(externalRequests).toEqual([]);
});

const REDIRECTS: Array<[string, string]> = [
  ['/sp', '/service-principals'],
  ['/oidc', '/workload-identities'],
  ['/pal', '/check-and-link'],
  ['/guests', '/users-and-guests'],
  ['/tagging', '/pal-tagging-service-principal'],
  ['/tf', '/terraform'],
  ['/lighthouse-pal', '/lighthouse'],
];
for (const [from, to] of REDIRECTS) {
  test(`the short alias ${from} lands on ${to}`, async ({page}) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator('h1').first()).toBeVisible();
  });
}

test('the scenario guide reaches every scenario page in at most two choices', async ({page}) => {
  const reached = new Set<string>();
  await page.goto('/');
  const questions = page.locator('main fieldset');
  const results = page.locator('main [aria-live="polite"] li > a:first-child');
  const firstCount = await questions.first().getByRole('checkbox').count();
  expect(firstCount).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < firstCount; i += 1) {
    const first = questions.first().getByRole('checkbox').nth(i);
    await first.check();
    const secondCount = (await questions.count()) > 1 ? await questions.nth(1).getByRole('checkbox').count() : 0;
    for (let j = 0; j < Math.max(secondCount, 1); j += 1) {
      const second = secondCount ? questions.nth(1).getByRole('checkbox').nth(j) : undefined;
      await second?.check();
      await expect(results).toHaveCount(1);
      reached.add((await results.getAttribute('href')) ?? '');
      await second?.uncheck();
    }
    await first.uncheck();
    await expect(results).toHaveCount(0);
  }
  expect([...reached].sort()).toEqual(
    [
      '/lighthouse',
      '/pal-tagging-service-principal',
      '/service-principals',
      '/terraform',
      '/understanding-pal#csp',
      '/users-and-guests',
      '/workload-identities',
    ].sort(),
  );
  await questions.first().getByRole('checkbox').first().check();
  await results.click();
  await expect(page.locator('h1').first()).toBeVisible();
});

test('dark mode can be switched on and is remembered', async ({page}) => {
  await page.goto('/');
  const html = page.locator('html');
  const initial = await html.getAttribute('data-theme');
  expect(initial).toBe('light');
  const toggle = page.getByRole('button', {name: /dark mode|light mode|system mode/i});
  // The toggle cycles system → light → dark.
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i += 1) await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto('/faq');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('pages are served with the security headers and caching rules of the host configuration', async ({request}) => {
  const page = await request.get('/understanding-pal');
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
  expect(headers['content-security-policy']).toContain('connect-src \'self\' https://login.microsoftonline.com https://management.azure.com');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');
  const html = await page.text();
  const script = html.match(/src="?(\/assets\/js\/main\.[^"\s>]+)/)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(script!)).headers()['cache-control']).toContain('immutable');
});

test.describe('the 404 page', () => {
  // The browser reports the page's own 404 status on the console; nothing else may appear.
  test.use({allowedConsoleErrors: [/status of 404 \(Not Found\)/]});

  test('unknown addresses get the custom 404 page', async ({page}) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1})).toContainText(/not found|can't find|cannot find/i);
  await expect(page.getByRole('link', {name: /overview|home|guide/i}).first()).toBeVisible();
  });
});
