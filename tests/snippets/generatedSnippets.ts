/**
 * The files the generators write, over a fixed set of inputs, as code blocks: they go through
 * the same checks as the docs snippets. Scripts embedded in pipeline YAML are pulled out and
 * checked as well (bash with shellcheck, PowerShell for balance).
 */
import {load} from 'js-yaml';
import {generateLighthouse, type LighthouseInput} from '../../src/pal/generators/lighthouse';
import {generatePalTagScript, type PalTagInput} from '../../src/pal/generators/palTag';
import {
  ACTIONS,
  PIPELINE_DEFAULTS,
  PLATFORMS,
  TOOLS,
  TRIGGERS,
  generatePipeline,
  type PipelineInput,
} from '../../src/pal/generators/pipeline';
import type {GeneratedFile, GeneratorResult} from '../../src/pal/generators/common';
import {SAMPLE_VALUES} from './docsSnippets';
import type {CodeBlock} from './extractCodeBlocks';

export const PIPELINE_BASE: PipelineInput = {
  ...PIPELINE_DEFAULTS,
  partnerId: SAMPLE_VALUES.partnerId,
  tenantId: SAMPLE_VALUES.tenantId,
  clientId: SAMPLE_VALUES.clientId,
  repository: SAMPLE_VALUES.repository,
  gitlabProject: 'contoso/platform/pal-automation',
};

/** Tenant IDs lists of two and three tenants, the second of three with an identity of its own. */
export const PIPELINE_TENANT_LISTS: readonly string[] = [
  `${SAMPLE_VALUES.tenantId}\n9c3a1f7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b`,
  `${SAMPLE_VALUES.tenantId}, 9c3a1f7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b=2d4b2a8f-3c5e-4f70-9b1c-2d3e4f5a6b7c, 7e1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`,
];

/**
 * Every platform, tool, action and trigger with one tenant, and again with two or three tenants
 * (alternating), and a GitHub environment and a non-default branch on top.
 */
export function pipelineInputs(): PipelineInput[] {
  const inputs: PipelineInput[] = [];
  for (const {value: platform} of PLATFORMS)
    for (const {value: tool} of TOOLS)
      for (const {value: action} of ACTIONS)
        for (const {value: trigger} of TRIGGERS) inputs.push({...PIPELINE_BASE, platform, tool, action, trigger});
  const oneTenant = [...inputs];
  oneTenant.forEach((input, index) => inputs.push({...input, tenantId: PIPELINE_TENANT_LISTS[index % 2]}));
  inputs.push({...PIPELINE_BASE, environment: 'pal', trigger: 'push', branch: 'release/pal-2'});
  inputs.push({...PIPELINE_BASE, platform: 'gitlab', tool: 'powershell', trigger: 'schedule', cron: '30 5 1 * *', branch: 'production'});
  return inputs;
}

const OBJECT = (n: number) => `8d3c5a1e-6f2b-4c7d-9e40-0000000000${String(n).padStart(2, '0')}`;
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const SUPPORT_REQUEST_CONTRIBUTOR = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const DELETE_ROLE = '91c1777a-f3dc-4fae-b103-61d183457e46';

export const LIGHTHOUSE_BASE: LighthouseInput = {
  offerName: 'Contoso Managed Azure Operations',
  description: "Day-to-day operation of the customer's Azure platform by Contoso Partner Ltd.",
  managedByTenantId: SAMPLE_VALUES.tenantId,
  authorizations: [
    {principalId: OBJECT(11), displayName: 'Provider Automation (PAL-linked)', roleId: CONTRIBUTOR},
    {principalId: OBJECT(10), displayName: 'Contoso Managed Services Engineers', roleId: READER},
    {principalId: OBJECT(10), displayName: 'Contoso Managed Services Engineers', roleId: DELETE_ROLE},
  ],
  eligibleAuthorizations: [],
};

export function lighthouseInputs(): LighthouseInput[] {
  return [
    LIGHTHOUSE_BASE,
    {
      ...LIGHTHOUSE_BASE,
      offerName: 'Fabrikam "Gold" support – 24/7',
      eligibleAuthorizations: [
        {
          principalId: OBJECT(10),
          displayName: 'Contoso Managed Services Engineers',
          roleId: CONTRIBUTOR,
          maximumActivationDuration: 'PT4H',
          requireMfa: true,
          approvers: [{principalId: OBJECT(20), displayName: 'Contoso PIM approvers'}],
        },
        {
          principalId: OBJECT(10),
          displayName: 'Contoso Managed Services Engineers',
          roleId: SUPPORT_REQUEST_CONTRIBUTOR,
          maximumActivationDuration: 'PT30M',
          requireMfa: false,
          approvers: [],
        },
      ],
    },
    {...LIGHTHOUSE_BASE, authorizations: [{principalId: OBJECT(12), displayName: 'Reader only', roleId: READER}]},
  ];
}

export const PAL_TAG_BASE: PalTagInput = {
  partnerName: 'contoso-consulting',
  partnerId: SAMPLE_VALUES.partnerId,
  tenantId: SAMPLE_VALUES.tenantId,
  scopeKind: 'subscriptions',
  subscriptions: [{subscriptionId: SAMPLE_VALUES.subscriptionId, resourceGroups: ''}],
  managementGroupId: '',
  roleId: SUPPORT_REQUEST_CONTRIBUTOR,
  secretHours: '2',
};

export function palTagInputs(): PalTagInput[] {
  return [
    PAL_TAG_BASE,
    {
      ...PAL_TAG_BASE,
      subscriptions: [
        {subscriptionId: SAMPLE_VALUES.subscriptionId, resourceGroups: 'rg-payments-prod, rg-payments-shared'},
        {subscriptionId: OBJECT(21), resourceGroups: ''},
      ],
      roleId: CONTRIBUTOR,
      secretHours: '1',
    },
    {...PAL_TAG_BASE, scopeKind: 'management-group', managementGroupId: 'mg-contoso-landingzones', secretHours: '8'},
  ];
}

function filesOf<F extends string>(result: GeneratorResult<F>, label: string): GeneratedFile[] {
  if (!result.output) {
    throw new Error(`${label}: the fixed inputs were refused: ${JSON.stringify({problems: result.problems, missing: result.missing})}`);
  }
  return result.output.files;
}

function asBlock(label: string, generated: GeneratedFile): CodeBlock {
  return {file: `${label} ${generated.path}`, fenceLine: 0, language: generated.language, meta: '', title: generated.path, code: generated.content};
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The scripts inside a pipeline file, as separate blocks. */
export function embeddedScripts(block: CodeBlock): CodeBlock[] {
  const document = load(block.code);
  const found: CodeBlock[] = [];
  const add = (language: string, code: string, where: string) =>
    found.push({...block, file: `${block.file} (${where})`, language, title: `${block.title} ${where}`, code});
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = path ? `${path}.${key}` : key;
      if (typeof value === 'string' && (key === 'run' || key === 'inlineScript')) {
        // GitHub's azure/powershell takes `with.inlineScript`; Azure DevOps' AzureCLI@2 takes `inputs.inlineScript` (bash).
        add(here.endsWith('with.inlineScript') ? 'powershell' : 'bash', value, here);
      } else if (typeof value === 'string' && key === 'Inline') {
        add('powershell', value, here);
      } else if (key === 'script' && Array.isArray(value) && value.every((line) => typeof line === 'string')) {
        const script = value.join('\n');
        add('bash', script, here);
        const heredoc = /<<'PWSH'\n([\s\S]*?)\nPWSH\n/.exec(script);
        if (heredoc) add('powershell', heredoc[1], `${here} heredoc`);
      } else {
        visit(value, here);
      }
    }
  };
  visit(document, '');
  return found;
}

/** Every generated file over the fixed inputs, and the scripts inside the pipelines. */
export function generatedCodeBlocks(): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const input of pipelineInputs()) {
    const tenants = input.tenantId.split(/[\n,]/).length;
    const label = `pipeline ${input.platform}/${input.tool}/${input.action}/${input.trigger}${input.environment ? `/env ${input.environment}` : ''}${tenants > 1 ? `/${tenants} tenants` : ''}:`;
    for (const generated of filesOf(generatePipeline(input), label)) {
      const block = asBlock(label, generated);
      blocks.push(block);
      if (generated.key === 'pipeline') blocks.push(...embeddedScripts(block));
    }
  }
  lighthouseInputs().forEach((input, index) => {
    const label = `lighthouse #${index + 1}:`;
    for (const generated of filesOf(generateLighthouse(input), label)) blocks.push(asBlock(label, generated));
  });
  palTagInputs().forEach((input, index) => {
    const label = `pal-tag #${index + 1}:`;
    for (const generated of filesOf(generatePalTagScript(input), label)) blocks.push(asBlock(label, generated));
  });
  return blocks;
}
