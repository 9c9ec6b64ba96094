import {describe, expect, it} from 'vitest';
import {load} from 'js-yaml';
import {
  ACTIONS,
  PLATFORMS,
  TOOLS,
  TRIGGERS,
  checkBranch,
  checkCron,
  generatePipeline,
  pipelineFields,
  type PalAction,
} from '../../../src/pal/generators/pipeline';
import type {Generated} from '../../../src/pal/generators/common';
import {PIPELINE_BASE} from '../../snippets/generatedSnippets';
import {SAMPLE_VALUES} from '../../snippets/docsSnippets';
import {fileOf, generate} from './generatedPipeline';

type Json = Record<string, any>;


const pipelineYaml = (output: Generated) => load(fileOf(output, 'pipeline').content) as Json;

/** The commands that change the link, per tool. */
const WRITES: Record<string, Record<'create' | 'update' | 'delete', RegExp>> = {
  cli: {
    create: /az managementpartner create --partner-id "\$PARTNER_ID"/,
    update: /az managementpartner update --partner-id "\$PARTNER_ID"/,
    delete: /az managementpartner delete --partner-id "\$PARTNER_ID"/,
  },
  rest: {
    create: /az rest --method put --url "\$\{PAL_URL\}\/\$\{PARTNER_ID\}\?\$\{API_VERSION\}"/,
    update: /az rest --method patch --url "\$\{PAL_URL\}\/\$\{PARTNER_ID\}\?\$\{API_VERSION\}"/,
    delete: /az rest --method delete --url "\$\{PAL_URL\}\/\$\{PARTNER_ID\}\?\$\{API_VERSION\}"/,
  },
  powershell: {
    create: /New-AzManagementPartner -PartnerId \$partnerId/,
    update: /Update-AzManagementPartner -PartnerId \$partnerId/,
    delete: /Remove-AzManagementPartner -PartnerId \$partnerId/,
  },
};

const READS: Record<string, RegExp> = {
  cli: /az managementpartner show --query partnerId --output tsv/,
  rest: /az rest --method get --url "\$\{PAL_URL\}\?\$\{API_VERSION\}" --query properties\.partnerId/,
  powershell: /\(Get-AzManagementPartner\)\.PartnerId/,
};

/** What the link step does for each action, whatever the platform and tool. */
function expectActionBehaviour(script: string, tool: string, action: PalAction): void {
  const read = script.search(READS[tool]);
  expect(read, 'the link is read').toBeGreaterThanOrEqual(0);
  for (const [write, pattern] of Object.entries(WRITES[tool])) {
    const at = script.search(pattern);
    const expected = action === write || (action === 'update' && write === 'create');
    expect(at >= 0, `${action} ${expected ? 'runs' : 'never runs'} ${write}`).toBe(expected);
    if (at >= 0) expect(at, `${write} comes after the read`).toBeGreaterThan(read);
  }
  if (action === 'create') {
    // A link to another ID is never moved by create.
    expect(script).toMatch(/Left unchanged: run an update pipeline to move the link on purpose/);
  }
  if (action === 'delete') expect(script).toMatch(/Left unchanged\./);
  if (action === 'create' || action === 'update') expect(script).toMatch(/Verified: linked to/);
}

describe('generatePipeline: every platform, tool, action and trigger', () => {
  for (const {value: platform} of PLATFORMS)
    for (const {value: tool} of TOOLS)
      for (const {value: action} of ACTIONS)
        for (const {value: trigger} of TRIGGERS) {
          it(`${platform} / ${tool} / ${action} / ${trigger}`, () => {
            const output = generate({platform, tool, action, trigger});
            const pipeline = fileOf(output, 'pipeline');
            const doc = pipelineYaml(output);
            const text = pipeline.content;
            expect(text).toContain(`"${SAMPLE_VALUES.partnerId}"`.replace(/"/g, platform === 'azure-devops' ? "'" : '"'));
            expectActionBehaviour(text, tool, action);

            if (platform === 'github') {
              expect(pipeline.path).toBe(`.github/workflows/pal-${action}.yml`);
              expect(pipeline.fileName).toBe(`pal-${action}.yml`);
              expect(doc.permissions).toEqual({'id-token': 'write', 'contents': 'read'});
              const steps = doc.jobs.pal.steps as Json[];
              expect(steps[0].uses).toBe('azure/login@v2');
              expect(steps[0].with).toMatchObject({
                'client-id': SAMPLE_VALUES.clientId,
                'tenant-id': SAMPLE_VALUES.tenantId,
                'allow-no-subscriptions': true,
              });
              expect(Boolean(steps[0].with['enable-AzPSSession'])).toBe(tool === 'powershell');
              expect(steps[1].env.PARTNER_ID).toBe(SAMPLE_VALUES.partnerId);
              if (tool === 'powershell') expect(steps[1].uses).toBe('azure/powershell@v2');
              else expect(steps[1].run).toMatch(/^set -euo pipefail/);
              expect(Object.keys(doc.on)).toEqual(
                trigger === 'manual' ? ['workflow_dispatch'] : ['workflow_dispatch', trigger === 'push' ? 'push' : 'schedule'],
              );
              if (trigger === 'push') expect(doc.on.push.branches).toEqual(['main']);
              if (trigger === 'schedule') expect(doc.on.schedule).toEqual([{cron: '0 6 * * 1'}]);
              const credential = JSON.parse(fileOf(output, 'credential').content);
              expect(credential).toMatchObject({
                issuer: 'https://token.actions.githubusercontent.com',
                subject: `repo:${SAMPLE_VALUES.repository}:ref:refs/heads/main`,
                audiences: ['api://AzureADTokenExchange'],
              });
              expect(fileOf(output, 'register').content).toContain(`az ad app federated-credential create --id "${SAMPLE_VALUES.clientId}" --parameters credential.json`);
            }

            if (platform === 'azure-devops') {
              expect(pipeline.path).toBe(`pal-${action}.azure-pipelines.yml`);
              const step = (doc.steps as Json[])[0];
              expect(step.task).toBe(tool === 'powershell' ? 'AzurePowerShell@5' : 'AzureCLI@2');
              expect(step.inputs.azureSubscription).toBe('pal-oidc-connection');
              expect(step.env.PARTNER_ID).toBe('$(partnerId)');
              expect(doc.variables.partnerId).toBe(SAMPLE_VALUES.partnerId);
              if (tool === 'powershell') expect(step.inputs).toMatchObject({ScriptType: 'InlineScript', pwsh: true});
              else expect(step.inputs).toMatchObject({scriptType: 'bash', scriptLocation: 'inlineScript'});
              expect(doc.trigger).toEqual(trigger === 'push' ? {branches: {include: ['main']}} : 'none');
              expect(doc.pr).toBe('none');
              if (trigger === 'schedule') expect(doc.schedules[0]).toMatchObject({cron: '0 6 * * 1', branches: {include: ['main']}, always: true});
              else expect(doc.schedules).toBeUndefined();
              expect(output.files.map((f) => f.key)).toEqual(['pipeline', 'subject']);
              expect(fileOf(output, 'subject').content).toContain("[?name=='pal-oidc-connection'].authorization.parameters");
              expect(text).not.toContain(SAMPLE_VALUES.clientId);
            }

            if (platform === 'gitlab') {
              expect(pipeline.path).toBe('.gitlab-ci.yml');
              // Browsers drop the leading dot of a download; the purpose says to rename it.
              expect(pipeline.fileName).toBe('gitlab-ci.yml');
              expect(pipeline.purpose).toContain('rename it to .gitlab-ci.yml');
              const job = doc[`pal-${action}`] as Json;
              expect(job.id_tokens).toEqual({AZURE_JWT: {aud: 'api://AzureADTokenExchange'}});
              expect(doc.variables).toEqual({
                AZURE_CLIENT_ID: SAMPLE_VALUES.clientId,
                AZURE_TENANT_ID: SAMPLE_VALUES.tenantId,
                PARTNER_ID: SAMPLE_VALUES.partnerId,
              });
              const script = (job.script as string[]).join('\n');
              if (tool === 'powershell') {
                expect(job.image).toBe('mcr.microsoft.com/azure-powershell:latest');
                expect(script).toContain('-FederatedToken $env:AZURE_JWT');
              } else {
                expect(job.image).toBe('mcr.microsoft.com/azure-cli:latest');
                expect(script).toMatch(/az login --service-principal[\s\S]*--federated-token "\$AZURE_JWT"[\s\S]*--allow-no-subscriptions/);
                expect(script.indexOf('az login')).toBeLessThan(script.search(READS[tool]));
              }
              const rule = (job.rules as Json[])[0];
              expect(rule.if).toContain('$CI_COMMIT_BRANCH == "main"');
              if (trigger === 'manual') expect(rule.when).toBe('manual');
              if (trigger === 'push') expect(rule.if).toContain('$CI_PIPELINE_SOURCE == "push"');
              if (trigger === 'schedule') expect(rule.if).toContain('$CI_PIPELINE_SOURCE == "schedule"');
              const credential = JSON.parse(fileOf(output, 'credential').content);
              expect(credential).toMatchObject({
                issuer: 'https://gitlab.com',
                subject: 'project_path:contoso/platform/pal-automation:ref_type:branch:ref:main',
                audiences: ['api://AzureADTokenExchange'],
              });
            }

            expect(output.warnings.length > 0).toBe(action === 'delete' && trigger !== 'manual');
          });
        }
});

describe('generatePipeline: subjects and options', () => {
  it('a GitHub environment goes into the job and decides the subject', () => {
    const output = generate({environment: 'pal', trigger: 'push', branch: 'release/pal'});
    expect(pipelineYaml(output).jobs.pal.environment).toBe('pal');
    expect(pipelineYaml(output).on.push.branches).toEqual(['release/pal']);
    const credential = JSON.parse(fileOf(output, 'credential').content);
    expect(credential.subject).toBe(`repo:${SAMPLE_VALUES.repository}:environment:pal`);
    expect(credential.name).toBe('github-pal-pal');
    expect(output.notes.join(' ')).toContain('required reviewers');
  });

  it('a branch other than main is used in the trigger and the subject', () => {
    const github = generate({branch: 'release/pal', trigger: 'push'});
    expect(JSON.parse(fileOf(github, 'credential').content)).toMatchObject({
      name: 'github-pal-release-pal',
      subject: `repo:${SAMPLE_VALUES.repository}:ref:refs/heads/release/pal`,
    });
    const gitlab = generate({platform: 'gitlab', branch: 'production', trigger: 'schedule'});
    expect(JSON.parse(fileOf(gitlab, 'credential').content).subject).toBe('project_path:contoso/platform/pal-automation:ref_type:branch:ref:production');
    expect(gitlab.notes.join(' ')).toMatch(/Pipeline schedules, for branch production with the cron expression 0 6 \* \* 1/);
  });

  it('the environment is ignored outside GitHub', () => {
    const output = generate({platform: 'gitlab', environment: 'pal'});
    expect(JSON.parse(fileOf(output, 'credential').content).subject).toContain(':ref:main');
  });

  it('a custom cron expression reaches GitHub and Azure DevOps', () => {
    expect(pipelineYaml(generate({trigger: 'schedule', cron: '15 3 * * MON-FRI'})).on.schedule).toEqual([{cron: '15 3 * * MON-FRI'}]);
    expect(pipelineYaml(generate({platform: 'azure-devops', trigger: 'schedule', cron: '0 0 1 * *'})).schedules[0].cron).toBe('0 0 1 * *');
  });

  it('names the service connection it was given, quoted for YAML', () => {
    const output = generate({platform: 'azure-devops', serviceConnection: "Contoso PAL (prod)"});
    expect((pipelineYaml(output).steps as Json[])[0].inputs.azureSubscription).toBe('Contoso PAL (prod)');
  });

  it('lists the fields each platform uses', () => {
    expect(pipelineFields('github', 'manual')).toEqual(['partnerId', 'tenantId', 'clientId', 'repository', 'branch', 'environment']);
    expect(pipelineFields('azure-devops', 'schedule')).toEqual(['partnerId', 'tenantId', 'serviceConnection', 'branch', 'cron']);
    expect(pipelineFields('gitlab', 'push')).toEqual(['partnerId', 'tenantId', 'clientId', 'gitlabProject', 'branch']);
  });
});

describe('generatePipeline: refused and missing input', () => {
  it('reports empty required fields as missing and writes nothing', () => {
    const result = generatePipeline({...PIPELINE_BASE, tenantId: '', clientId: ' ', partnerId: ''});
    expect(result.output).toBeNull();
    expect(result.missing).toEqual(['partnerId', 'tenantId', 'clientId']);
    expect(result.problems).toEqual({});
  });

  it('refuses invalid values with the Your values messages', () => {
    const result = generatePipeline({...PIPELINE_BASE, partnerId: '45-67891', tenantId: 'contoso.onmicrosoft.com', repository: 'https://github.com/contoso/x'});
    expect(result.output).toBeNull();
    expect(result.problems.partnerId).toMatch(/digits only/);
    expect(result.problems.tenantId).toMatch(/Tenant ID is a GUID/);
    expect(result.problems.repository).toMatch(/not the URL/);
  });

  it('refuses a client secret pasted as the client ID', () => {
    expect(generatePipeline({...PIPELINE_BASE, clientId: 'abc8Q~secret-looking-value'}).problems.clientId).toMatch(/Never paste a client secret/);
  });

  it('checks only the fields the platform uses', () => {
    const result = generatePipeline({...PIPELINE_BASE, platform: 'azure-devops', tenantId: '', clientId: 'nonsense', repository: ''});
    expect(result.problems).toEqual({});
    expect(result.output).not.toBeNull();
    expect(generatePipeline({...PIPELINE_BASE, platform: 'azure-devops', serviceConnection: "it's"}).problems.serviceConnection).toBeDefined();
  });

  it('refuses a GitLab URL, bad branches, environments and schedules', () => {
    expect(generatePipeline({...PIPELINE_BASE, platform: 'gitlab', gitlabProject: 'https://gitlab.com/contoso/x'}).problems.gitlabProject).toMatch(/not the URL/);
    expect(generatePipeline({...PIPELINE_BASE, platform: 'gitlab', gitlabProject: 'pal-automation'}).problems.gitlabProject).toMatch(/group\/project/);
    expect(generatePipeline({...PIPELINE_BASE, environment: 'prod: eu'}).problems.environment).toBeDefined();
    expect(generatePipeline({...PIPELINE_BASE, trigger: 'schedule', cron: 'every monday'}).problems.cron).toMatch(/five fields/);
    expect(generatePipeline({...PIPELINE_BASE, trigger: 'manual', cron: 'every monday'}).problems.cron).toBeUndefined();
  });

  it.each(['main', 'release/pal', 'feature/PAL-12_x', 'v1.2'])('accepts the branch %s', (branch) => {
    expect(checkBranch(branch).ok).toBe(true);
  });

  it.each(['', 'has space', '-x', 'a..b', 'x/', '/x', 'a.lock', 'quote"', 'x.'])('refuses the branch %j', (branch) => {
    expect(checkBranch(branch).ok).toBe(false);
  });

  it.each(['0 6 * * 1', '*/15 * * * *', '0 0 1,15 * *', '30 5 * * MON-FRI'])('accepts the cron expression %s', (cron) => {
    expect(checkCron(cron).ok).toBe(true);
  });

  it.each(['0 6 * *', '@daily', '0 6 * * 1 2025', 'a b c d e'])('refuses the cron expression %s', (cron) => {
    expect(checkCron(cron).ok).toBe(false);
  });
});
