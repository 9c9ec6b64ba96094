import {readFileSync} from 'node:fs';
import type {Locator, Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {axeViolations} from './axe';
import {enterValues, LABELS, stored, VALUES} from './yourValuesPanel';
import {PIPELINE_DEFAULTS, generatePipeline, type PipelineInput} from '../../src/pal/generators/pipeline';
import {generateLighthouse, type LighthouseInput} from '../../src/pal/generators/lighthouse';
import {PAL_TAG_DEFAULTS, generatePalTagScript, type PalTagInput} from '../../src/pal/generators/palTag';
import type {GeneratedFile, GeneratorResult} from '../../src/pal/generators/common';
import {CONTRIBUTOR_ROLE_ID, SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID} from '../../src/pal/lighthouseRoles';

/** The three generators: Your values as defaults, options, output, Copy, Download, warnings, refusals, keyboard and axe. */

const OBJECT_ID = '8d3c5a1e-6f2b-4c7d-9e40-000000000011';
const OTHER_TENANT = '9c3a1f7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

function filesOf<F extends string>(result: GeneratorResult<F>): GeneratedFile[] {
  expect(result.output, JSON.stringify({problems: result.problems, missing: result.missing})).not.toBeNull();
  return result.output!.files;
}

const textbox = (scope: Locator, name: string) => scope.getByRole('textbox', {name, exact: true});

/** One generated file in the page: its description, buttons and code block. */
const fileView = (generator: Locator, key: string) => generator.locator(`[data-generated-file="${key}"]`);

async function expectFileShown(generator: Locator, file: GeneratedFile): Promise<void> {
  const view = fileView(generator, file.key);
  const block = view.locator(`.theme-code-block.language-${file.language}`);
  await expect(block).toContainText(file.path);
  // The block shows exactly the generated text (the title is outside <code>).
  await expect(block.locator('code')).toHaveText(file.content.replace(/\n$/, ''), {useInnerText: true});
}

async function copied(page: Page, generator: Locator, key: string): Promise<string> {
  await fileView(generator, key).getByRole('button', {name: 'Copy', exact: true}).click();
  await expect(generator.getByRole('status').last()).toContainText('to the clipboard');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function downloaded(page: Page, generator: Locator, key: string): Promise<{name: string; content: string}> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fileView(generator, key).getByRole('button', {name: 'Download', exact: true}).click(),
  ]);
  return {name: download.suggestedFilename(), content: readFileSync((await download.path())!, 'utf8')};
}

function pipelineGenerator(page: Page): Locator {
  return page.getByRole('region', {name: 'Pipeline generator'});
}

function lighthouseGenerator(page: Page): Locator {
  return page.getByRole('region', {name: 'Lighthouse offer generator'});
}

function palTagGenerator(page: Page): Locator {
  return page.getByRole('region', {name: 'PAL-tagging script generator'});
}

const PIPELINE: PipelineInput = {
  ...PIPELINE_DEFAULTS,
  partnerId: VALUES.partnerId,
  tenantId: VALUES.tenantId,
  clientId: VALUES.clientId,
  repository: VALUES.repository,
};

test('the pipeline generator starts from Your values and writes, copies and downloads the chosen pipeline', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {partnerId: VALUES.partnerId, tenantId: VALUES.tenantId, clientId: VALUES.clientId, repository: VALUES.repository});
  await page.goto('/workload-identities#generate-a-pipeline');
  const generator = pipelineGenerator(page);
  await expect(generator).toBeVisible();

  for (const name of ['partnerId', 'tenantId', 'clientId', 'repository'] as const) {
    // The generator's tenant field takes a list: Tenant IDs, filled with the stored Tenant ID.
    const label = name === 'tenantId' ? 'Tenant IDs' : LABELS[name];
    await expect(textbox(generator, label)).toHaveValue(VALUES[name]);
    await expect(textbox(generator, label)).toHaveAccessibleDescription(/From Your values/);
  }

  // The default: GitHub Actions, Azure CLI, create, run by hand.
  const github = filesOf(generatePipeline(PIPELINE));
  await expectFileShown(generator, github[0]);
  const workflow = fileView(generator, 'pipeline');
  await expect(workflow).toContainText('.github/workflows/pal-create.yml');
  await expect(workflow.locator('code')).toContainText('id-token: write');
  await expect(workflow.locator('code')).toContainText(`client-id: ${VALUES.clientId}`);
  await expect(workflow.locator('code')).toContainText('allow-no-subscriptions: true');
  await expect(fileView(generator, 'credential').locator('code')).toContainText(`"subject": "repo:${VALUES.repository}:ref:refs/heads/main"`);
  expect(await copied(page, generator, 'pipeline')).toBe(github[0].content);
  expect(await copied(page, generator, 'credential')).toBe(github[1].content);

  // GitLab, Azure PowerShell, update, on a schedule.
  await generator.getByRole('radio', {name: 'GitLab CI/CD'}).check();
  await generator.getByRole('radio', {name: 'Azure PowerShell'}).check();
  await generator.getByRole('radio', {name: /^Update/}).check();
  await generator.getByRole('radio', {name: 'On a schedule'}).check();
  await expect(textbox(generator, 'Repository')).toHaveCount(0);
  await textbox(generator, 'GitLab project path').fill('contoso/platform/pal-automation');
  await textbox(generator, 'Schedule (cron, UTC)').fill('30 5 * * 1-5');
  const gitlabInput: PipelineInput = {
    ...PIPELINE,
    platform: 'gitlab',
    tool: 'powershell',
    action: 'update',
    trigger: 'schedule',
    gitlabProject: 'contoso/platform/pal-automation',
    cron: '30 5 * * 1-5',
  };
  const gitlab = filesOf(generatePipeline(gitlabInput));
  await expectFileShown(generator, gitlab[0]);
  const code = fileView(generator, 'pipeline').locator('code');
  await expect(code).toContainText('aud: api://AzureADTokenExchange');
  await expect(code).toContainText('-FederatedToken $env:AZURE_JWT');
  await expect(code).toContainText('Update-AzManagementPartner -PartnerId $partnerId');
  await expect(generator).toContainText('Pipeline schedules, for branch main with the cron expression 30 5 * * 1-5');

  const pipelineFile = await downloaded(page, generator, 'pipeline');
  // Browsers never save a download as a hidden file: the reader renames it, as the page says.
  expect(pipelineFile.name).toBe('gitlab-ci.yml');
  expect(gitlab[0].fileName).toBe('gitlab-ci.yml');
  await expect(fileView(generator, 'pipeline')).toContainText('rename it to .gitlab-ci.yml');
  expect(pipelineFile.content).toBe(gitlab[0].content);
  const credentialFile = await downloaded(page, generator, 'credential');
  expect(credentialFile.name).toBe('credential.json');
  expect(JSON.parse(credentialFile.content)).toMatchObject({
    issuer: 'https://gitlab.com',
    subject: 'project_path:contoso/platform/pal-automation:ref_type:branch:ref:main',
    audiences: ['api://AzureADTokenExchange'],
  });

  // Azure DevOps: the service connection decides the subject; the generator shows how to read it.
  await generator.getByRole('radio', {name: 'Azure DevOps'}).check();
  await generator.getByRole('radio', {name: 'Azure CLI'}).check();
  await generator.getByRole('radio', {name: /^Delete/}).check();
  await generator.getByRole('radio', {name: 'On every push to the branch'}).check();
  await expect(textbox(generator, 'Service connection')).toHaveValue('pal-oidc-connection');
  // Optional on Azure DevOps: one tenant (here from Your values) leaves the single-job pipeline.
  await expect(textbox(generator, 'Tenant IDs')).toHaveValue(VALUES.tenantId);
  await expect(textbox(generator, 'Client ID')).toHaveCount(0);
  const ado = filesOf(generatePipeline({...PIPELINE, platform: 'azure-devops', tool: 'cli', action: 'delete', trigger: 'push', cron: '30 5 * * 1-5'}));
  await expectFileShown(generator, ado[0]);
  await expectFileShown(generator, ado[1]);
  await expect(fileView(generator, 'pipeline').locator('code')).toContainText('task: AzureCLI@2');
  await expect(generator.getByRole('alert')).toContainText('removes the link on every push to main');
  expect(await downloaded(page, generator, 'subject')).toEqual({name: 'read-service-connection-subject.sh', content: ado[1].content});
});

test('a value changed in the generator applies to the generator only', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {partnerId: VALUES.partnerId, tenantId: VALUES.tenantId, clientId: VALUES.clientId, repository: VALUES.repository});
  await page.goto('/workload-identities');
  const generator = pipelineGenerator(page);
  await textbox(generator, 'Tenant IDs').fill(OTHER_TENANT);
  await expect(textbox(generator, 'Tenant IDs')).not.toHaveAccessibleDescription(/From Your values/);
  await expect(fileView(generator, 'pipeline').locator('code')).toContainText(`tenant-id: ${OTHER_TENANT}`);
  expect(await stored(page)).toMatchObject({tenantId: VALUES.tenantId});
  // Snippets elsewhere on the page keep the stored value.
  await expect(page.locator('.theme-code-block code').filter({hasText: `tenant-id: ${VALUES.tenantId}`}).first()).toBeAttached();
});

test('the pipeline generator refuses invalid input with a message next to the field', async ({page}) => {
  await page.goto('/workload-identities');
  const generator = pipelineGenerator(page);
  await expect(generator).toContainText('To write the files, fill in: Partner ID, Tenant IDs, Client ID, Repository.');
  await expect(generator.getByRole('button', {name: 'Copy', exact: true})).toHaveCount(0);

  const refused: Array<[string, string, RegExp]> = [
    ['Partner ID', '4567-891', /digits only/],
    ['Tenant IDs', 'contoso.onmicrosoft.com', /Tenant ID is a GUID/],
    ['Client ID', 'abc8Q~secret-looking-value', /Never paste a client secret here/],
    ['Repository', 'https://github.com/contoso/pal-pipelines', /not the URL/],
    ['Branch', 'feature branch', /branch name/],
  ];
  for (const [label, input, reason] of refused) {
    const field = textbox(generator, label);
    await field.fill(input);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(reason);
  }
  await expect(generator).toContainText('Correct the values marked above: Partner ID, Tenant IDs, Client ID, Repository, Branch.');
  await expect(generator.getByRole('button', {name: 'Copy', exact: true})).toHaveCount(0);

  await textbox(generator, 'Partner ID').fill(VALUES.partnerId);
  await expect(textbox(generator, 'Partner ID')).not.toHaveAttribute('aria-invalid');
  await expect(generator).toContainText('Correct the values marked above: Tenant IDs, Client ID, Repository, Branch.');
});

test('the pipeline generator works from the keyboard', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {partnerId: VALUES.partnerId, tenantId: VALUES.tenantId, clientId: VALUES.clientId, repository: VALUES.repository});
  await page.goto('/workload-identities');
  const generator = pipelineGenerator(page);
  const github = generator.getByRole('radio', {name: 'GitHub Actions'});
  // The form is disabled until the page has hydrated.
  await expect(github).toBeEnabled();
  await github.focus();
  await page.keyboard.press('ArrowDown');
  await expect(generator.getByRole('radio', {name: 'Azure DevOps'})).toBeChecked();
  await expect(generator.getByRole('radio', {name: 'Azure DevOps'})).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(generator.getByRole('radio', {name: 'Azure CLI'})).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(generator.getByRole('radio', {name: 'Azure PowerShell'})).toBeChecked();
  await expect(fileView(generator, 'pipeline').locator('code')).toContainText('task: AzurePowerShell@5');

  const copy = fileView(generator, 'pipeline').getByRole('button', {name: 'Copy', exact: true});
  await copy.focus();
  await page.keyboard.press('Enter');
  const expected = filesOf(generatePipeline({...PIPELINE, platform: 'azure-devops', tool: 'powershell'}))[0].content;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

const LIGHTHOUSE: LighthouseInput = {
  offerName: 'Contoso Managed Azure Operations',
  description: 'Day-to-day operation by Contoso Partner Ltd',
  managedByTenantId: VALUES.tenantId,
  subscriptionId: VALUES.subscriptionId,
  authorizations: [{principalId: OBJECT_ID, displayName: 'PAL-linked automation service principal', roleId: CONTRIBUTOR_ROLE_ID}],
  eligibleAuthorizations: [],
};

test('the Lighthouse generator warns about no PEC-eligible role and Owner, and copies and downloads the files', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {tenantId: VALUES.tenantId, subscriptionId: VALUES.subscriptionId});
  await page.goto('/lighthouse#generate-an-onboarding-template');
  const generator = lighthouseGenerator(page);
  await expect(textbox(generator, 'Managing tenant ID')).toHaveValue(VALUES.tenantId);
  await expect(textbox(generator, 'Customer subscription ID (optional)')).toHaveValue(VALUES.subscriptionId);
  await textbox(generator, 'Offer name').fill(LIGHTHOUSE.offerName);
  await textbox(generator, 'Description').fill(LIGHTHOUSE.description);
  const first = generator.getByRole('group', {name: 'Authorisation 1', exact: true});
  await textbox(first, 'Principal object ID').fill(OBJECT_ID);

  const role = first.getByRole('combobox', {name: 'Role'});
  await expect(role.locator('option:checked')).toHaveText('Contributor — PEC eligible');
  for (const label of [
    'Owner — PEC eligible (not allowed in Lighthouse)',
    'Reader — not PEC eligible',
    'Storage Blob Data Contributor — PEC eligible (has DataActions: not allowed in Lighthouse)',
    'Lab Creator — PEC eligible (has DataActions: not allowed in Lighthouse)',
    'AcrQuarantineReader — not PEC eligible (has DataActions: not allowed in Lighthouse)',
    'Managed Services Registration Assignment Delete Role — not in the PEC table',
  ]) {
    await expect(role.getByRole('option', {name: label, exact: true})).toHaveCount(1);
  }
  await expect(generator.getByRole('alert')).toHaveCount(0);

  const files = filesOf(generateLighthouse(LIGHTHOUSE));
  await expectFileShown(generator, files[0]);
  await expect(fileView(generator, 'template').locator('code')).toContainText('Microsoft.ManagedServices/registrationDefinitions');
  expect(await copied(page, generator, 'template')).toBe(files[0].content);
  expect(await downloaded(page, generator, 'parameters')).toEqual({name: 'lighthouse-delegation.parameters.json', content: files[1].content});
  expect(await downloaded(page, generator, 'deploy')).toEqual({name: 'deploy-lighthouse-delegation.sh', content: files[2].content});

  await role.selectOption({label: 'Reader — not PEC eligible'});
  await expect(generator.getByRole('alert')).toContainText('No permanent authorisation has a PEC-eligible role');

  // A role the role data refuses for its DataActions.
  await role.selectOption({label: 'Lab Creator — PEC eligible (has DataActions: not allowed in Lighthouse)'});
  await expect(generator.getByRole('alert')).toContainText('Lab Creator has DataActions, which Lighthouse does not allow in a Lighthouse authorisation');
  await expect(generator.getByRole('alert')).toContainText('No permanent authorisation has a PEC-eligible role');

  await role.selectOption({label: 'Owner — PEC eligible (not allowed in Lighthouse)'});
  const alert = generator.getByRole('alert');
  await expect(alert).toContainText('Owner is not allowed in a Lighthouse authorisation');
  await expect(alert).toContainText('No permanent authorisation has a PEC-eligible role');

  // A just-in-time authorisation with a PEC-eligible role does not count.
  await generator.getByRole('button', {name: 'Add an eligible authorisation'}).click();
  const eligible = generator.getByRole('group', {name: 'Eligible authorisation 1', exact: true});
  await textbox(eligible, 'Principal object ID').fill(OBJECT_ID);
  await textbox(eligible, 'Display name').fill('Engineers');
  await eligible.getByRole('combobox', {name: 'Maximum activation duration'}).selectOption('PT4H');
  await expect(alert).toContainText('eligible (just-in-time) authorisation does not count');

  await role.selectOption({label: 'Contributor — PEC eligible'});
  await expect(generator.getByRole('alert')).toHaveCount(0);
  const withEligible = filesOf(
    generateLighthouse({
      ...LIGHTHOUSE,
      eligibleAuthorizations: [
        {principalId: OBJECT_ID, displayName: 'Engineers', roleId: CONTRIBUTOR_ROLE_ID, maximumActivationDuration: 'PT4H', requireMfa: true, approvers: []},
      ],
    }),
  );
  expect(await copied(page, generator, 'parameters')).toBe(withEligible[1].content);
  expect(JSON.parse(withEligible[1].content).parameters.eligibleAuthorizations.value[0].justInTimeAccessPolicy).toEqual({
    multiFactorAuthProvider: 'Azure',
    maximumActivationDuration: 'PT4H',
  });
});

test('the Lighthouse generator refuses invalid IDs and names a missing field', async ({page}) => {
  await page.goto('/lighthouse');
  const generator = lighthouseGenerator(page);
  const first = generator.getByRole('group', {name: 'Authorisation 1', exact: true});
  const principal = textbox(first, 'Principal object ID');
  await principal.fill('provider-automation');
  await expect(principal).toHaveAttribute('aria-invalid', 'true');
  await expect(principal).toHaveAccessibleDescription(/object ID is a GUID/);
  await textbox(generator, 'Managing tenant ID').fill('contoso.onmicrosoft.com');
  await expect(textbox(generator, 'Managing tenant ID')).toHaveAccessibleDescription(/Tenant ID is a GUID/);
  await expect(generator).toContainText('To write the files, fill in: Offer name, Description.');
  await expect(generator).toContainText('Correct the values marked above: Managing tenant ID, Authorisation 1: principal object ID.');
  await expect(generator.getByRole('button', {name: 'Download', exact: true})).toHaveCount(0);
});

const PAL_TAG: PalTagInput = {
  ...PAL_TAG_DEFAULTS,
  partnerName: 'contoso-consulting',
  partnerId: VALUES.partnerId,
  tenantId: VALUES.tenantId,
  subscriptions: [{subscriptionId: VALUES.subscriptionId, resourceGroups: ''}],
};

test('the PAL-tagging generator writes the script for the chosen scopes, copies and downloads it', async ({page}) => {
  await page.goto('/');
  await enterValues(page, {partnerId: VALUES.partnerId, tenantId: VALUES.tenantId, subscriptionId: VALUES.subscriptionId});
  await page.goto('/pal-tagging-service-principal#generate-the-whole-script');
  const generator = palTagGenerator(page);
  await expect(textbox(generator, 'Partner ID')).toHaveValue(VALUES.partnerId);
  await expect(textbox(generator, 'Customer tenant ID')).toHaveValue(VALUES.tenantId);
  await expect(generator.getByRole('combobox', {name: 'Role'}).locator('option:checked')).toHaveText('Support Request Contributor');
  await textbox(generator, 'Partner short name').fill('contoso-consulting');

  const first = generator.getByRole('group', {name: 'Subscription 1', exact: true});
  await expect(textbox(first, 'Subscription ID')).toHaveValue(VALUES.subscriptionId);
  const simple = filesOf(generatePalTagScript(PAL_TAG));
  await expectFileShown(generator, simple[0]);
  expect(await copied(page, generator, 'script')).toBe(simple[0].content);

  await textbox(first, 'Resource groups (optional)').fill('rg-payments-prod, rg-payments-shared');
  await generator.getByRole('button', {name: 'Add a subscription'}).click();
  await textbox(generator.getByRole('group', {name: 'Subscription 2', exact: true}), 'Subscription ID').fill('8d3c5a1e-6f2b-4c7d-9e40-000000000021');
  await generator.getByRole('combobox', {name: 'Role'}).selectOption({label: 'Contributor'});
  await generator.getByRole('spinbutton', {name: 'Secret lifetime (hours)'}).fill('1');
  const expected = filesOf(
    generatePalTagScript({
      ...PAL_TAG,
      roleId: CONTRIBUTOR_ROLE_ID,
      secretHours: '1',
      subscriptions: [
        {subscriptionId: VALUES.subscriptionId, resourceGroups: 'rg-payments-prod, rg-payments-shared'},
        {subscriptionId: '8d3c5a1e-6f2b-4c7d-9e40-000000000021', resourceGroups: ''},
      ],
    }),
  )[0];
  await expectFileShown(generator, expected);
  const script = await downloaded(page, generator, 'script');
  expect(script).toEqual({name: 'pal-tag-contoso-consulting.sh', content: expected.content});
  expect(script.content).toContain(`"/subscriptions/${VALUES.subscriptionId}/resourceGroups/rg-payments-shared"`);
  expect(script.content).toContain('set -euo pipefail');
  await expect(generator).toContainText('Support Request Contributor is the least-privilege eligible role');

  await generator.getByRole('radio', {name: 'A management group'}).check();
  await textbox(generator, 'Management group ID').fill('mg-contoso-landingzones');
  await expect(fileView(generator, 'script').locator('code')).toContainText('"/providers/Microsoft.Management/managementGroups/mg-contoso-landingzones"');
  expect(SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID).toBe(PAL_TAG.roleId);
});

test('the PAL-tagging generator refuses invalid input with a message next to the field', async ({page}) => {
  await page.goto('/pal-tagging-service-principal');
  const generator = palTagGenerator(page);
  const refused: Array<[Locator, string, RegExp]> = [
    [textbox(generator, 'Partner short name'), 'Contoso Consulting', /lower-case letters, digits and single hyphens/],
    [textbox(generator, 'Partner ID'), '4567-891', /digits only/],
    [textbox(generator.getByRole('group', {name: 'Subscription 1', exact: true}), 'Resource groups (optional)'), 'rg-ok, rg$bad', /"rg\$bad" is not a resource group name/],
    [generator.getByRole('spinbutton', {name: 'Secret lifetime (hours)'}), '48', /1 to 24 whole hours/],
  ];
  for (const [field, input, reason] of refused) {
    await field.fill(input);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(reason);
  }
  await expect(generator.getByRole('button', {name: 'Copy', exact: true})).toHaveCount(0);
  await expect(generator).toContainText('Correct the values marked above');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    test.beforeEach(async ({page}) => {
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme});
      await page.goto('/');
      await enterValues(page, VALUES);
    });

    test('the pipeline generator, with a warning and a refused field', async ({page}) => {
      await page.goto('/workload-identities');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const pipeline = pipelineGenerator(page);
      await pipeline.getByRole('radio', {name: /^Delete/}).check();
      await pipeline.getByRole('radio', {name: 'On a schedule'}).check();
      await expect(pipeline.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page, 'section[aria-label="Pipeline generator"]')).toEqual([]);
      await textbox(pipeline, 'Branch').fill('no spaces allowed');
      await expect(textbox(pipeline, 'Branch')).toHaveAttribute('aria-invalid', 'true');
      expect(await axeViolations(page, 'section[aria-label="Pipeline generator"]')).toEqual([]);
    });

    test('the Lighthouse generator, with warnings, an eligible authorisation and an approver', async ({page}) => {
      await page.goto('/lighthouse');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const lighthouse = lighthouseGenerator(page);
      await textbox(lighthouse, 'Offer name').fill(LIGHTHOUSE.offerName);
      await textbox(lighthouse, 'Description').fill(LIGHTHOUSE.description);
      const first = lighthouse.getByRole('group', {name: 'Authorisation 1', exact: true});
      await textbox(first, 'Principal object ID').fill(OBJECT_ID);
      await first.getByRole('combobox', {name: 'Role'}).selectOption({label: 'Owner — PEC eligible (not allowed in Lighthouse)'});
      await lighthouse.getByRole('button', {name: 'Add an eligible authorisation'}).click();
      await lighthouse.getByRole('button', {name: 'Add an approver'}).click();
      await expect(lighthouse.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page, 'section[aria-label="Lighthouse offer generator"]')).toEqual([]);
    });

    test('the PAL-tagging generator, with a warning and a refused field', async ({page}) => {
      await page.goto('/pal-tagging-service-principal');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const palTag = palTagGenerator(page);
      await textbox(palTag, 'Partner short name').fill('contoso-consulting');
      await palTag.getByRole('combobox', {name: 'Role'}).selectOption({label: 'Owner'});
      await expect(palTag.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page, 'section[aria-label="PAL-tagging script generator"]')).toEqual([]);
      await textbox(palTag, 'Partner short name').fill('Not Valid');
      await expect(textbox(palTag, 'Partner short name')).toHaveAttribute('aria-invalid', 'true');
      expect(await axeViolations(page, 'section[aria-label="PAL-tagging script generator"]')).toEqual([]);
    });
  });
}
