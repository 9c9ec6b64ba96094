/** Azure Pipelines: the pipeline file, signing in through a workload identity federation service connection. */
import {indent, yamlSingle} from '../common';
import {bashLinkScript} from './bashScript';
import {linkStepName, pipelineTitle} from './options';
import type {PipelineTenant, PlatformPipeline} from './platform';
import {powershellLinkScript} from './powershellScript';

/**
 * The service connection each tenant's job signs in with: the name entered, as it is, for a
 * single tenant; with several, the name entered plus the tenant's short name.
 */
export function serviceConnectionNames(serviceConnection: string, tenants: readonly PipelineTenant[]): string[] {
  return tenants.length > 1 ? tenants.map((tenant) => `${serviceConnection}-${tenant.label}`) : [serviceConnection];
}

/** A job name Azure Pipelines accepts (letters, digits and underscores): pal_<short tenant name>. */
function jobName(tenant: PipelineTenant): string {
  return `pal_${tenant.label.replace(/-/g, '_')}`;
}

export const azureDevOps: PlatformPipeline = {
  path: (input) => `pal-${input.action}.azure-pipelines.yml`,
  purpose: 'The pipeline: the task signs in with the workload identity federation service connection, then manages the link.',

  content(input, v, tenants) {
    const triggers: string[] =
      input.trigger === 'push'
        ? ['trigger:', '  branches:', '    include:', `      - ${v.branch}`, 'pr: none']
        : ['trigger: none', 'pr: none'];
    if (input.trigger === 'schedule') {
      triggers.push(
        '',
        'schedules:',
        `  - cron: ${yamlSingle(v.cron)}`,
        `    displayName: ${pipelineTitle(input.action)} on schedule`,
        '    branches:',
        '      include:',
        `        - ${v.branch}`,
        '    always: true',
      );
    }
    // The task signs in with the service connection, then runs the script inline.
    const task = (connection: string, name: string, inputs: string[], scriptInput: string, script: string): string[] => [
      `  - task: ${name}`,
      `    displayName: ${linkStepName(input)}`,
      '    inputs:',
      `      azureSubscription: ${yamlSingle(connection)}`,
      ...inputs.map((line) => `      ${line}`),
      `      ${scriptInput}: |`,
      indent(script, 8),
    ];
    const step = (connection: string): string[] => [
      ...(input.tool === 'powershell'
        ? task(connection, 'AzurePowerShell@5', ['ScriptType: InlineScript', 'azurePowerShellVersion: LatestVersion', 'pwsh: true'], 'Inline', powershellLinkScript(input.action))
        : task(connection, 'AzureCLI@2', ['scriptType: bash', 'scriptLocation: inlineScript'], 'inlineScript', bashLinkScript(input.tool, input.action, 'azure-devops'))),
      '    env:',
      '      PARTNER_ID: $(partnerId)',
    ];
    const head = [
      `# ${pipelineTitle(input.action)}: the service connection's workload identity signs in with OpenID Connect`,
      ...triggers,
      '',
      'variables:',
      `  partnerId: '${v.partnerId}'`,
      '',
      'pool:',
      '  vmImage: ubuntu-latest',
      '',
    ];
    if (tenants.length <= 1) return [...head, 'steps:', ...step(v.serviceConnection)].join('\n');
    // One job per tenant, each with the service connection to that tenant. Jobs without
    // dependsOn run independently: one tenant's failure does not stop the others.
    const connections = serviceConnectionNames(v.serviceConnection, tenants);
    return [
      ...head,
      `# One job per customer tenant (${tenants.length}), each signing in with its own service connection`,
      'jobs:',
      ...tenants.flatMap((tenant, index) => [
        ...(index > 0 ? [''] : []),
        `  - job: ${jobName(tenant)}`,
        `    displayName: ${yamlSingle(`${pipelineTitle(input.action)}, tenant ${tenant.tenantId}`)}`,
        '    steps:',
        ...indent(step(connections[index]).join('\n'), 4).split('\n'),
      ]),
    ].join('\n');
  },

  notes(input, v, tenants) {
    if (tenants.length > 1) {
      const connections = serviceConnectionNames(v.serviceConnection, tenants);
      const notes = [
        `Create one Azure Resource Manager service connection with workload identity federation per tenant, with these names: ${tenants.map((tenant, index) => `${connections[index]} (tenant ${tenant.tenantId})`).join('; ')}. Each decides which identity signs in to its tenant, and each gets its own federated credential. The first run may ask you to permit the pipeline to use them.`,
      ];
      if (input.trigger === 'manual') notes.push('Start it with Run pipeline; it has no trigger of its own. Every run runs the jobs of all tenants.');
      return notes;
    }
    const notes = [
      `The service connection ${v.serviceConnection} decides which identity signs in and in which tenant: the federated credential is created with it (automatic) or from the issuer and subject it shows you (manual). The first run may ask you to permit the pipeline to use it.`,
    ];
    if (input.trigger === 'manual') notes.push('Start it with Run pipeline; it has no trigger of its own.');
    return notes;
  },
};
