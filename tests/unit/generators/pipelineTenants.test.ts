import {describe, expect, it} from 'vitest';
import {load} from 'js-yaml';
import {
  ACTIONS,
  MAX_TENANTS,
  PLATFORMS,
  TOOLS,
  TRIGGERS,
  generatePipeline,
  parseTenantList,
  splitTenantList,
  tenantLabels,
} from '../../../src/pal/generators/pipeline';
import {PIPELINE_BASE} from '../../snippets/generatedSnippets';
import {SAMPLE_VALUES} from '../../snippets/docsSnippets';
import {fileOf, generate} from './generatedPipeline';

type Json = Record<string, any>;

const T1 = '11111111-6f2b-4c7d-9e40-000000000001';
const T2 = '22222222-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const T3 = '33333333-2b4d-4e6f-8a0b-1c2d3e4f5a6c';
const OWN_CLIENT = '44444444-2b4d-4e6f-8a0b-1c2d3e4f5a6d';

/** Two tenants on the Client ID field; three with the second on an identity of its own. */
const LISTS: ReadonlyArray<{text: string; tenants: Array<{tenantId: string; clientId: string}>}> = [
  {
    text: `${T1}\n${T2}`,
    tenants: [
      {tenantId: T1, clientId: SAMPLE_VALUES.clientId},
      {tenantId: T2, clientId: SAMPLE_VALUES.clientId},
    ],
  },
  {
    text: `${T1}, ${T2}=${OWN_CLIENT}, ${T3}`,
    tenants: [
      {tenantId: T1, clientId: SAMPLE_VALUES.clientId},
      {tenantId: T2, clientId: OWN_CLIENT},
      {tenantId: T3, clientId: SAMPLE_VALUES.clientId},
    ],
  },
];


/** The command that reads the link first, per tool: every job runs it before it changes anything. */
const READS: Record<string, RegExp> = {
  cli: /az managementpartner show --query partnerId --output tsv/,
  rest: /az rest --method get --url "\$\{PAL_URL\}\?\$\{API_VERSION\}" --query properties\.partnerId/,
  powershell: /\(Get-AzManagementPartner\)\.PartnerId/,
};

const short = (tenantId: string) => tenantId.split('-')[0];

describe('parseTenantList', () => {
  it('splits on line breaks and commas, trims, drops empty entries and lower-cases', () => {
    expect(splitTenantList(` ${T1}\r\n\n${T2} ,, ${T3},\n`)).toEqual([T1, T2, T3]);
    expect(parseTenantList(`${T1.toUpperCase()}\n${T2}`)).toEqual({
      ok: true,
      tenants: [
        {tenantId: T1, clientId: null},
        {tenantId: T2, clientId: null},
      ],
    });
  });

  it('reads tenant ID=client ID as a tenant with an identity of its own', () => {
    expect(parseTenantList(`${T1} = ${OWN_CLIENT.toUpperCase()}, ${T2}`)).toEqual({
      ok: true,
      tenants: [
        {tenantId: T1, clientId: OWN_CLIENT},
        {tenantId: T2, clientId: null},
      ],
    });
  });

  it('names the entry that is not a GUID', () => {
    const result = parseTenantList(`${T1}\ncontoso.onmicrosoft.com\n${T2}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain('"contoso.onmicrosoft.com" is not a Tenant ID');
      expect(result.problem).toMatch(/Tenant ID is a GUID/);
    }
  });

  it('names a tenant entered twice, whatever its case', () => {
    const result = parseTenantList(`${T1}, ${T2}, ${T1.toUpperCase()}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(new RegExp(`^${T1} is entered twice`));
  });

  it('names a bad client ID and the entry it is in, and refuses a pasted secret', () => {
    const bad = parseTenantList(`${T1}=not-a-guid`);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toContain(`In "${T1}=not-a-guid", "not-a-guid" is not a Client ID`);
    const secret = parseTenantList(`${T1}=abc8Q~secret-looking-value`);
    if (!secret.ok) expect(secret.problem).toMatch(/Never paste a client secret/);
    expect(secret.ok).toBe(false);
    expect(parseTenantList(`${T1}=`).ok).toBe(false);
    expect(parseTenantList(`${T1}=${OWN_CLIENT}=${OWN_CLIENT}`).ok).toBe(false);
  });

  it('refuses a list with no entry, and more tenants than one GitHub matrix runs', () => {
    expect(parseTenantList(' ,\n ').ok).toBe(false);
    const many = Array.from({length: MAX_TENANTS + 1}, (_, i) => `${i.toString(16).padStart(8, '0')}-6f2b-4c7d-9e40-000000000001`);
    expect(parseTenantList(many.slice(0, MAX_TENANTS).join('\n')).ok).toBe(true);
    const tooMany = parseTenantList(many.join('\n'));
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.problem).toContain(`${MAX_TENANTS + 1} tenants`);
  });
});

describe('tenantLabels', () => {
  it('uses the first block of each GUID, or the whole GUID where two share it', () => {
    const twin = '11111111-aaaa-4c7d-9e40-000000000009';
    expect(tenantLabels([T1, T2])).toEqual(['11111111', '22222222']);
    expect(tenantLabels([T1, T2, twin])).toEqual([T1, '22222222', twin]);
  });
});

describe('generatePipeline: one job or matrix entry per tenant', () => {
  for (const list of LISTS)
    for (const {value: platform} of PLATFORMS)
      for (const {value: tool} of TOOLS)
        for (const {value: action} of ACTIONS)
          for (const {value: trigger} of TRIGGERS) {
            const n = list.tenants.length;
            it(`${n} tenants: ${platform} / ${tool} / ${action} / ${trigger}`, () => {
              const output = generate({platform, tool, action, trigger, tenantId: list.text});
              const pipeline = fileOf(output, 'pipeline');
              const doc = load(pipeline.content) as Json;

              if (platform === 'github') {
                expect(Object.keys(doc.jobs)).toEqual(['pal']);
                const job = doc.jobs.pal as Json;
                expect(job.strategy['fail-fast']).toBe(false);
                expect(job.strategy.matrix.include).toEqual(list.tenants.map(({tenantId, clientId}) => ({tenant: tenantId, client: clientId})));
                expect(job.name).toContain('${{ matrix.tenant }}');
                const login = (job.steps as Json[])[0];
                expect(login.uses).toBe('azure/login@v2');
                expect(login.with).toMatchObject({'client-id': '${{ matrix.client }}', 'tenant-id': '${{ matrix.tenant }}', 'allow-no-subscriptions': true});
                const step = (job.steps as Json[])[1];
                expect(step.env.PARTNER_ID).toBe(SAMPLE_VALUES.partnerId);
                expect(String(step.run ?? step.with.inlineScript)).toMatch(READS[tool]);
              }

              if (platform === 'azure-devops') {
                expect(doc.steps).toBeUndefined();
                const jobs = doc.jobs as Json[];
                expect(jobs).toHaveLength(n);
                expect(new Set(jobs.map((job) => job.job)).size).toBe(n);
                for (const [index, job] of jobs.entries()) {
                  const {tenantId} = list.tenants[index];
                  expect(job.job).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
                  expect(job.displayName).toContain(tenantId);
                  expect(job.dependsOn).toBeUndefined();
                  const [step] = job.steps as Json[];
                  expect(step.task).toBe(tool === 'powershell' ? 'AzurePowerShell@5' : 'AzureCLI@2');
                  expect(step.inputs.azureSubscription).toBe(`pal-oidc-connection-${short(tenantId)}`);
                  expect(step.env.PARTNER_ID).toBe('$(partnerId)');
                  expect(String(step.inputs.inlineScript ?? step.inputs.Inline)).toMatch(READS[tool]);
                }
                expect(doc.variables.partnerId).toBe(SAMPLE_VALUES.partnerId);
                // The reader is told which service connections to create, and the subject script reads each.
                const notes = output.notes.join(' ');
                const subject = fileOf(output, 'subject').content;
                for (const {tenantId} of list.tenants) {
                  expect(notes).toContain(`pal-oidc-connection-${short(tenantId)} (tenant ${tenantId})`);
                  expect(subject).toContain(`name=='pal-oidc-connection-${short(tenantId)}'`);
                }
                expect(pipeline.content).not.toContain(SAMPLE_VALUES.clientId);
              }

              if (platform === 'gitlab') {
                const template = `.pal-${action}`;
                const jobNames = Object.keys(doc).filter((key) => !['stages', 'variables'].includes(key) && !key.startsWith('.'));
                expect(jobNames).toEqual(list.tenants.map(({tenantId}) => `pal-${action}-${short(tenantId)}`));
                for (const [index, name] of jobNames.entries()) {
                  expect(doc[name]).toEqual({
                    extends: template,
                    variables: {AZURE_CLIENT_ID: list.tenants[index].clientId, AZURE_TENANT_ID: list.tenants[index].tenantId},
                  });
                }
                expect(doc.variables).toEqual({PARTNER_ID: SAMPLE_VALUES.partnerId});
                const hidden = doc[template] as Json;
                expect(hidden.id_tokens).toEqual({AZURE_JWT: {aud: 'api://AzureADTokenExchange'}});
                expect(hidden.stage).toBe('pal');
                expect((hidden.script as string[]).join('\n')).toMatch(READS[tool]);
                expect((hidden.rules as Json[])[0].if).toContain('$CI_COMMIT_BRANCH == "main"');
              }

              if (platform !== 'azure-devops') {
                // One credential (the subject names no tenant), added to the identity of every tenant.
                const credential = JSON.parse(fileOf(output, 'credential').content);
                expect(credential.subject).not.toMatch(/11111111|22222222|33333333/);
                const register = fileOf(output, 'register').content;
                for (const {tenantId} of list.tenants) expect(register).toContain(tenantId);
                const clients = [...new Set(list.tenants.map(({clientId}) => clientId))];
                expect(register.match(/az ad app federated-credential create/g)).toHaveLength(clients.length);
                for (const clientId of clients) expect(register).toContain(`az ad app federated-credential create --id "${clientId}" --parameters credential.json`);
                expect(register.match(/az login --tenant/g)).toHaveLength(clients.length);
              }
            });
          }
});

describe('generatePipeline: the Tenant IDs field', () => {
  it('gives one tenant, however written, exactly the single-tenant files', () => {
    const plain = generatePipeline(PIPELINE_BASE);
    for (const platform of ['github', 'gitlab', 'azure-devops'] as const) {
      const expected = generatePipeline({...PIPELINE_BASE, platform});
      for (const text of [` ${SAMPLE_VALUES.tenantId.toUpperCase()} `, `${SAMPLE_VALUES.tenantId},`, `\n${SAMPLE_VALUES.tenantId}\n\n`]) {
        expect(generatePipeline({...PIPELINE_BASE, platform, tenantId: text})).toEqual(expected);
      }
    }
    expect(load(plain.output!.files[0].content)).not.toHaveProperty('jobs.pal.strategy');
  });

  it('uses the client ID of a single tenant written as tenant ID=client ID', () => {
    const output = generate({tenantId: `${T1}=${OWN_CLIENT}`, clientId: ''});
    const login = ((load(fileOf(output, 'pipeline').content) as Json).jobs.pal.steps as Json[])[0];
    expect(login.with).toMatchObject({'client-id': OWN_CLIENT, 'tenant-id': T1});
    expect(fileOf(output, 'register').content).toContain(`--id "${OWN_CLIENT}"`);
  });

  it('needs the Client ID field only for tenants without a client ID of their own', () => {
    expect(generatePipeline({...PIPELINE_BASE, tenantId: `${T1}=${OWN_CLIENT}\n${T2}=${SAMPLE_VALUES.clientId}`, clientId: ''}).missing).toEqual([]);
    expect(generatePipeline({...PIPELINE_BASE, tenantId: `${T1}=${OWN_CLIENT}\n${T2}`, clientId: ''}).missing).toEqual(['clientId']);
    expect(generatePipeline({...PIPELINE_BASE, platform: 'gitlab', tenantId: '', clientId: ''}).missing).toEqual(['tenantId', 'clientId']);
  });

  it('refuses the whole list when one entry is wrong, naming it', () => {
    const result = generatePipeline({...PIPELINE_BASE, tenantId: `${T1}\n${T2}\nfabrikam.onmicrosoft.com`});
    expect(result.output).toBeNull();
    expect(result.problems.tenantId).toContain('"fabrikam.onmicrosoft.com" is not a Tenant ID');
    const twice = generatePipeline({...PIPELINE_BASE, platform: 'gitlab', tenantId: `${T1}, ${T1}`});
    expect(twice.problems.tenantId).toContain(`${T1} is entered twice`);
  });

  it('is optional on Azure DevOps, and checked when filled in', () => {
    const none = generate({platform: 'azure-devops', tenantId: ''});
    expect((load(fileOf(none, 'pipeline').content) as Json).steps[0].inputs.azureSubscription).toBe('pal-oidc-connection');
    expect(generatePipeline({...PIPELINE_BASE, platform: 'azure-devops', tenantId: 'contoso'}).problems.tenantId).toContain('"contoso" is not a Tenant ID');
  });

  it('names each Azure DevOps service connection after the one entered', () => {
    const output = generate({platform: 'azure-devops', serviceConnection: 'Contoso PAL (prod)', tenantId: `${T1}\n${T2}`});
    const jobs = (load(fileOf(output, 'pipeline').content) as Json).jobs as Json[];
    expect(jobs.map((job) => job.steps[0].inputs.azureSubscription)).toEqual(['Contoso PAL (prod)-11111111', 'Contoso PAL (prod)-22222222']);
  });

  it('keeps job and connection names apart when two tenant IDs start alike', () => {
    const twin = '11111111-aaaa-4c7d-9e40-000000000009';
    const gitlab = load(fileOf(generate({platform: 'gitlab', tenantId: `${T1}\n${twin}`}), 'pipeline').content) as Json;
    expect(Object.keys(gitlab)).toEqual(expect.arrayContaining([`pal-create-${T1}`, `pal-create-${twin}`]));
    const ado = (load(fileOf(generate({platform: 'azure-devops', tenantId: `${T1}\n${twin}`}), 'pipeline').content) as Json).jobs as Json[];
    expect(ado.map((job) => job.job)).toEqual([`pal_${T1.replace(/-/g, '_')}`, `pal_${twin.replace(/-/g, '_')}`]);
  });

  it('says in the notes that every tenant runs and needs the credential', () => {
    expect(generate({tenantId: `${T1}\n${T2}`}).notes.join(' ')).toContain('one job per tenant (2 in all)');
    expect(generate({platform: 'gitlab', tenantId: `${T1}\n${T2}\n${T3}`}).notes.join(' ')).toContain('one job per tenant (3)');
  });
});
