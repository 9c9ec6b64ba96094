import type {Locator, Page} from '@playwright/test';
import {load} from 'js-yaml';
import {test, expect} from './fixtures';

/**
 * Quick paths on Workload identities, Service principals and Terraform: each page opens with a
 * "Quick path" that gets the common case done, reference material waits in collapsed
 * <details>, the subject advice sits with the first workflow, and the Terraform example for
 * several tenants has one azapi provider alias per tenant.
 */

const PAGES = [
  {path: '/workload-identities', language: 'yaml', details: 5},
  {path: '/service-principals', language: 'powershell', details: 6},
  {path: '/terraform', language: 'hcl', details: 4},
] as const;

const markdown = (page: Page) => page.locator('article .theme-doc-markdown');

/** A code block by its exact title. */
function codeBlock(page: Page, title: string): Locator {
  return page.locator('.theme-code-block').filter({has: page.locator('[class*="codeBlockTitle"]', {hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)})});
}

/** Id of the nearest heading (h2 or h3 by default) before the element, in document order. */
async function sectionOf(element: Locator, headings = 'article h2, article h3'): Promise<string> {
  return element.evaluate((node, selector) => {
    const all = Array.from(document.querySelectorAll(selector));
    const before = all.filter((heading) => heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before.at(-1)?.id ?? '';
  }, headings);
}

for (const {path, language, details} of PAGES) {
  test(`${path} opens with a Quick path: numbered steps, the code for the common case, links on`, async ({page}) => {
    await page.goto(path);
    const found = await markdown(page).evaluate((root) => {
      const firstH2 = root.querySelector('h2');
      const admonitions = Array.from(root.querySelectorAll('.theme-admonition'));
      const beforeH2 = admonitions.filter((a) => firstH2 && a.compareDocumentPosition(firstH2) & Node.DOCUMENT_POSITION_FOLLOWING);
      const first = beforeH2[0];
      return {
        before: beforeH2.length,
        title: first?.querySelector('[class*="admonitionHeading"]')?.textContent?.trim() ?? '',
        steps: first ? first.querySelectorAll(':scope > [class*="admonitionContent"] > ol > li').length : 0,
      };
    });
    expect(found.before, 'an admonition before the first H2').toBeGreaterThan(0);
    expect(found.title).toBe('Quick path');
    expect(found.steps).toBeGreaterThanOrEqual(3);

    const quick = markdown(page).locator('.theme-admonition').first();
    const code = quick.locator(`.theme-code-block.language-${language}`).filter({visible: true});
    await expect(code).toHaveCount(1);
    await expect(code.locator('code')).toContainText(/\S/);

    // Every step's link on to a section of this page lands on a heading that exists here.
    const anchors = await quick.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(anchors.length).toBeGreaterThanOrEqual(2);
    for (const id of anchors) await expect(page.locator(`article [id="${id}"]`), `#${id}`).toHaveCount(1);
  });

  test(`${path} keeps its reference material in details that are closed until clicked`, async ({page}) => {
    await page.goto(path);
    const all = markdown(page).locator('details');
    expect(await all.count()).toBeGreaterThanOrEqual(details);
    // Closed by default, every one of them, including those in tabs not shown.
    expect(await all.evaluateAll((elements) => elements.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);

    const first = all.filter({visible: true}).first();
    const body = first.locator(':scope > div');
    await expect(first.locator('summary')).toBeVisible();
    await expect(body).toBeHidden();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await expect(body).toBeVisible();
    await expect(body.locator('table, .theme-code-block, p').first()).toBeVisible();
  });
}

test('the subject advice and AADSTS70021 sit in the same section as the first sample workflow', async ({page}) => {
  await page.goto('/workload-identities');
  const workflow = page.locator('.theme-code-block').filter({has: page.locator('[class*="codeBlockTitle"]', {hasText: /^\.github\/workflows\//})}).first();
  await expect(workflow).toBeVisible();
  const advice = markdown(page)
    .locator('.theme-admonition')
    .filter({has: page.locator('[class*="admonitionHeading"]', {hasText: /^Copy the subject your deploy job already uses$/})});
  await expect(advice).toHaveCount(1);
  await expect(advice).toBeVisible();
  await expect(advice).toContainText('AADSTS70021');
  await expect(advice).toContainText('repo:ORG/REPO:environment:production');
  await expect(advice).toContainText('repo:ORG/REPO:ref:refs/heads/main');
  await expect(advice).toContainText('Federated token details');

  const section = await sectionOf(workflow);
  expect(section).not.toBe('');
  expect(await sectionOf(advice)).toBe(section);

  // The Quick path's pointer to the advice leads to that section.
  const pointer = markdown(page).locator('.theme-admonition').first().getByRole('link', {name: 'copy the subject your deploy job already uses'});
  await expect(pointer).toHaveAttribute('href', `#${section}`);
  await pointer.click();
  await expect(page).toHaveURL(new RegExp(`#${section}$`));
  await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
});

test('the Terraform example for several tenants has one azapi provider alias per tenant and the link per alias', async ({page}) => {
  await page.goto('/terraform');
  const heading = page.locator('h2#several-customer-tenants');
  await expect(heading).toBeVisible();
  const text = async (title: string) => {
    const block = codeBlock(page, title);
    await expect(block, title).toHaveCount(1);
    expect(await sectionOf(block, 'article h2'), `${title} is in the section for several tenants`).toBe('several-customer-tenants');
    // Long files wait in a closed <details>: open it as a reader would.
    const closed = page.locator('details:not([open])').filter({has: block});
    if (await closed.count()) await closed.locator(':scope > summary').click();
    await expect(block).toBeVisible();
    // innerText follows what is drawn, and a block further down is laid out only near the
    // viewport (content-visibility: auto): bring it into view as a reader would.
    await block.scrollIntoViewIfNeeded();
    // Laid out in the frame after it comes near the viewport.
    await expect.poll(() => block.evaluate((element) => element.checkVisibility({contentVisibilityAuto: true}))).toBe(true);
    return block.locator('code').innerText();
  };

  const tenants = Object.keys((JSON.parse(await text('tenants.auto.tfvars.json')) as {tenants: Record<string, unknown>}).tenants);
  expect(tenants.length).toBeGreaterThanOrEqual(3);

  // Providers: one block per tenant, each with its alias, tenant_id, client_id and OIDC.
  const providersHcl = await text('tenants.tf');
  const providerBlocks = providersHcl.split(/^provider "azapi" \{$/m).slice(1).map((block) => block.split(/^\}$/m)[0]);
  const aliases = providerBlocks.map((block) => /^\s*alias\s*=\s*"([^"]+)"/m.exec(block)?.[1]);
  expect(aliases.sort()).toEqual([...tenants].sort());
  for (const [index, block] of providerBlocks.entries()) {
    expect(block, aliases[index]).toMatch(new RegExp(`tenant_id\\s*=\\s*var\\.tenants\\["${aliases[index]}"\\]\\.tenant_id`));
    expect(block, aliases[index]).toMatch(new RegExp(`client_id\\s*=\\s*var\\.tenants\\["${aliases[index]}"\\]\\.client_id`));
    expect(block, aliases[index]).toMatch(/use_oidc\s*=\s*true/);
  }

  // Resources: each alias carries its own PUT and DELETE of the same link resource.
  const linksHcl = await text('links.tf');
  const resources = linksHcl.split(/^resource "azapi_resource_action" /m).slice(1);
  const byAlias = new Map<string, string[]>();
  for (const resource of resources) {
    const alias = /^\s*provider\s*=\s*azapi\.(\w+)/m.exec(resource)?.[1];
    expect(alias, resource.split('\n')[0]).toBeDefined();
    byAlias.set(alias!, [...(byAlias.get(alias!) ?? []), /^\s*method\s*=\s*"(\w+)"/m.exec(resource)?.[1] ?? '']);
  }
  expect([...byAlias.keys()].sort()).toEqual([...tenants].sort());
  for (const tenant of tenants) expect(byAlias.get(tenant)?.sort(), tenant).toEqual(['DELETE', 'PUT']);
  expect(linksHcl).toContain('Microsoft.ManagementPartner/partners@2018-02-01');

  // The workflow: OIDC for the job, terraform init, plan and apply, the check per tenant first.
  const workflow = load(await text('.github/workflows/pal-link-tenants.yml')) as {
    permissions: Record<string, string>;
    jobs: Record<string, {steps: Array<{run?: string}>}>;
  };
  expect(workflow.permissions['id-token']).toBe('write');
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).join('\n');
  expect(runs).toMatch(/terraform init[\s\S]*terraform plan[\s\S]*terraform apply/);
  expect(runs).toContain('tenants.auto.tfvars.json');
  expect(runs).toContain('--federated-token');
  await expect(page.locator('article')).toContainText('a federated credential for');
});
