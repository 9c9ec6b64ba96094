/** Azure Pipelines: the pipeline file, signing in through a workload identity federation service connection. */
import {indent, yamlSingle} from '../common';
import {bashLinkScript} from './bashScript';
import {linkStepName, pipelineTitle} from './options';
import type {PlatformPipeline} from './platform';
import {powershellLinkScript} from './powershellScript';

export const azureDevOps: PlatformPipeline = {
  path: (input) => `pal-${input.action}.azure-pipelines.yml`,
  purpose: 'The pipeline: the task signs in with the workload identity federation service connection, then manages the link.',

  content(input, v) {
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
    const task = (name: string, inputs: string[], scriptInput: string, script: string): string[] => [
      `  - task: ${name}`,
      `    displayName: ${linkStepName(input)}`,
      '    inputs:',
      `      azureSubscription: ${yamlSingle(v.serviceConnection)}`,
      ...inputs.map((line) => `      ${line}`),
      `      ${scriptInput}: |`,
      indent(script, 8),
    ];
    const step =
      input.tool === 'powershell'
        ? task('AzurePowerShell@5', ['ScriptType: InlineScript', 'azurePowerShellVersion: LatestVersion', 'pwsh: true'], 'Inline', powershellLinkScript(input.action))
        : task('AzureCLI@2', ['scriptType: bash', 'scriptLocation: inlineScript'], 'inlineScript', bashLinkScript(input.tool, input.action, 'azure-devops'));
    return [
      `# ${pipelineTitle(input.action)}: the service connection's workload identity signs in with OpenID Connect`,
      ...triggers,
      '',
      'variables:',
      `  partnerId: '${v.partnerId}'`,
      '',
      'pool:',
      '  vmImage: ubuntu-latest',
      '',
      'steps:',
      ...step,
      '    env:',
      '      PARTNER_ID: $(partnerId)',
    ].join('\n');
  },

  notes(input, v) {
    const notes = [
      `The service connection ${v.serviceConnection} decides which identity signs in and in which tenant: the federated credential is created with it (automatic) or from the issuer and subject it shows you (manual). The first run may ask you to permit the pipeline to use it.`,
    ];
    if (input.trigger === 'manual') notes.push('Start it with Run pipeline; it has no trigger of its own.');
    return notes;
  },
};
