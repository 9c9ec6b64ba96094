import type {Locator, Page} from '@playwright/test';
import {load} from 'js-yaml';
import {test, expect} from './fixtures';
import {enterValues, VALUES} from './yourValuesPanel';
import {PIPELINE_DEFAULTS, generatePipeline, type PipelineInput, type Platform} from '../../src/pal/generators/pipeline';

/** The pipeline generator's Tenant IDs field: several tenants give one job or matrix entry each. */

type Json = Record<string, any>;

const TENANTS = ['1a2b3c4d-6f2b-4c7d-9e40-000000000001', '2b3c4d5e-2b4d-4e6f-8a0b-1c2d3e4f5a6b', '3c4d5e6f-4e5f-4a6b-8c7d-9e0f1a2b3c4d'];
const GITLAB_PROJECT = 'contoso/platform/pal-automation';

const PLATFORM_LABELS: Record<Platform, string> = {github: 'GitHub Actions', 'azure-devops': 'Azure DevOps', gitlab: 'GitLab CI/CD'};

const textbox = (scope: Locator, name: string) => scope.getByRole('textbox', {name, exact: true});
const pipelineCode = (generator: Locator) => generator.locator('[data-generated-file="pipeline"] code');

/** Opens the generator and fills the fields the platform asks for, except Tenant IDs. */
async function openGenerator(page: Page, platform: Platform): Promise<Locator> {
  await page.goto('/workload-identities#generate-a-pipeline');
  const generator = page.getByRole('region', {name: 'Pipeline generator'});
  const radio = generator.getByRole('radio', {name: PLATFORM_LABELS[platform], exact: true});
  await expect(radio).toBeEnabled();
  await radio.check();
  await textbox(generator, 'Partner ID').fill(VALUES.partnerId);
  if (platform !== 'azure-devops') await textbox(generator, 'Client ID').fill(VALUES.clientId);
  if (platform === 'github') await textbox(generator, 'Repository').fill(VALUES.repository);
  if (platform === 'gitlab') await textbox(generator, 'GitLab project path').fill(GITLAB_PROJECT);
  return generator;
}

function inputFor(platform: Platform, tenantId: string): PipelineInput {
  return {...PIPELINE_DEFAULTS, platform, partnerId: VALUES.partnerId, clientId: VALUES.clientId, repository: VALUES.repository, gitlabProject: GITLAB_PROJECT, tenantId};
}

/** The pipeline file the page shows, as text and parsed. */
async function shownPipeline(generator: Locator): Promise<{text: string; doc: Json}> {
  const code = pipelineCode(generator);
  await expect(code).toBeVisible();
  const text = await code.innerText();
  return {text, doc: load(text) as Json};
}

/** The tenant IDs a pipeline runs for, one per job or matrix entry, read from the parsed YAML. */
function tenantsOf(platform: Platform, doc: Json): string[] {
  if (platform === 'github') return (doc.jobs.pal.strategy.matrix.include as Json[]).map((entry) => entry.tenant);
  if (platform === 'azure-devops') {
    return (doc.jobs as Json[]).map((job) => /tenant ([0-9a-f-]{36})/.exec(job.displayName)![1]);
  }
  return Object.entries(doc)
    .filter(([name, job]) => !name.startsWith('.') && typeof job === 'object' && job !== null && 'extends' in job)
    .map(([, job]) => (job as Json).variables.AZURE_TENANT_ID);
}

for (const platform of ['github', 'azure-devops', 'gitlab'] as const) {
  test(`${PLATFORM_LABELS[platform]}: three tenants, one per line or comma-separated, give one job or matrix entry each`, async ({page}) => {
    const generator = await openGenerator(page, platform);
    const field = textbox(generator, 'Tenant IDs');

    for (const text of [TENANTS.join('\n'), TENANTS.join(', ')]) {
      await field.fill(text);
      await expect(field).not.toHaveAttribute('aria-invalid');
      const expected = generatePipeline(inputFor(platform, text)).output!.files[0].content;
      await expect(pipelineCode(generator)).toHaveText(expected.replace(/\n$/, ''), {useInnerText: true});
      const {doc} = await shownPipeline(generator);
      expect(tenantsOf(platform, doc)).toEqual(TENANTS);
    }

    const {doc} = await shownPipeline(generator);
    if (platform === 'github') {
      expect(doc.jobs.pal.strategy['fail-fast']).toBe(false);
      expect(doc.jobs.pal.steps[0].with['tenant-id']).toBe('${{ matrix.tenant }}');
    }
    if (platform === 'azure-devops') {
      const connections = (doc.jobs as Json[]).map((job) => job.steps[0].inputs.azureSubscription);
      expect(connections).toEqual(TENANTS.map((tenant) => `pal-oidc-connection-${tenant.split('-')[0]}`));
      // The reader is told which service connections to create.
      for (const connection of connections) await expect(generator).toContainText(connection);
    }
    if (platform === 'gitlab') {
      expect(doc['.pal-create'].id_tokens.AZURE_JWT.aud).toBe('api://AzureADTokenExchange');
    }
    if (platform !== 'azure-devops') {
      // The credential script adds the credential to the identity of each tenant.
      const register = generator.locator('[data-generated-file="register"] code');
      for (const tenant of TENANTS) await expect(register).toContainText(tenant);
      await expect(register).toContainText(`az ad app federated-credential create --id "${VALUES.clientId}"`);
    }
  });
}

test('an invalid or repeated tenant is named next to the field, and no files are written', async ({page}) => {
  const generator = await openGenerator(page, 'github');
  const field = textbox(generator, 'Tenant IDs');

  await field.fill(`${TENANTS[0]}\ncontoso.onmicrosoft.com\n${TENANTS[1]}`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/"contoso\.onmicrosoft\.com" is not a Tenant ID/);
  await expect(generator).toContainText('Correct the values marked above: Tenant IDs.');
  await expect(generator.getByRole('button', {name: 'Copy', exact: true})).toHaveCount(0);

  await field.fill(`${TENANTS[0]}, ${TENANTS[1]}, ${TENANTS[0]}`);
  await expect(field).toHaveAccessibleDescription(new RegExp(`${TENANTS[0]} is entered twice`));
  await expect(generator.getByRole('button', {name: 'Copy', exact: true})).toHaveCount(0);

  await field.fill(`${TENANTS[0]}=not-a-client-id`);
  await expect(field).toHaveAccessibleDescription(/"not-a-client-id" is not a Client ID/);

  await field.fill(TENANTS.slice(0, 2).join('\n'));
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(generator.locator('[data-generated-file="pipeline"]')).toBeVisible();
});

test('one tenant writes the single-job pipeline as before', async ({page}) => {
  for (const platform of ['github', 'azure-devops', 'gitlab'] as const) {
    const generator = await openGenerator(page, platform);
    await textbox(generator, 'Tenant IDs').fill(`${VALUES.tenantId}\n`);
    const expected = generatePipeline(inputFor(platform, VALUES.tenantId)).output!.files[0].content;
    await expect(pipelineCode(generator)).toHaveText(expected.replace(/\n$/, ''), {useInnerText: true});
    const {doc} = await shownPipeline(generator);
    if (platform === 'github') {
      expect(doc.jobs.pal.strategy).toBeUndefined();
      expect(doc.jobs.pal.steps[0].with['tenant-id']).toBe(VALUES.tenantId);
    }
    if (platform === 'azure-devops') {
      expect(doc.jobs).toBeUndefined();
      expect(doc.steps[0].inputs.azureSubscription).toBe('pal-oidc-connection');
    }
    if (platform === 'gitlab') {
      expect(doc.variables.AZURE_TENANT_ID).toBe(VALUES.tenantId);
      expect(doc['pal-create'].id_tokens).toBeDefined();
    }
  }
});

test('the Tenant IDs field starts from the stored Tenant ID', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {tenantId: VALUES.tenantId});
  await page.goto('/workload-identities');
  const field = textbox(page.getByRole('region', {name: 'Pipeline generator'}), 'Tenant IDs');
  await expect(field).toHaveValue(VALUES.tenantId);
  await expect(field).toHaveAccessibleDescription(/From Your values/);
});
