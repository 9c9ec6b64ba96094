/** GitHub Actions: the workflow file, signing in with azure/login and OpenID Connect. */
import {indent, yamlSingle} from '../common';
import {bashLinkScript} from './bashScript';
import {federatedSubject} from './federatedCredential';
import {linkStepName, pipelineTitle} from './options';
import type {PlatformPipeline} from './platform';
import {powershellLinkScript} from './powershellScript';

export const github: PlatformPipeline = {
  path: (input) => `.github/workflows/pal-${input.action}.yml`,
  purpose: 'The workflow: OpenID Connect permissions, sign-in with azure/login, then the link step.',

  content(input, v, tenants) {
    const on: string[] = ['on:', '  workflow_dispatch:'];
    if (input.trigger === 'push') on.push('  push:', '    branches:', `      - ${v.branch}`);
    if (input.trigger === 'schedule') on.push('  schedule:', `    - cron: ${yamlSingle(v.cron)}`);
    const matrix = tenants.length > 1;
    const job: string[] = [
      'jobs:',
      '  pal:',
      `    name: ${pipelineTitle(input.action)}${matrix ? ', tenant ${{ matrix.tenant }}' : ''}`,
      '    runs-on: ubuntu-latest',
      ...(v.environment ? [`    environment: ${v.environment}`] : []),
      ...(matrix
        ? [
            '    # One job per customer tenant, each signing in with the identity listed for it.',
            "    # fail-fast: false, so that one tenant's failure does not cancel the other tenants' jobs.",
            '    strategy:',
            '      fail-fast: false',
            '      matrix:',
            '        include:',
            ...tenants.flatMap((tenant) => [`          - tenant: ${tenant.tenantId}`, `            client: ${tenant.clientId}`]),
          ]
        : []),
      '    steps:',
      '      - name: Sign in to the customer tenant with OpenID Connect',
      '        uses: azure/login@v2',
      '        with:',
      `          client-id: ${matrix ? '${{ matrix.client }}' : v.clientId}`,
      `          tenant-id: ${matrix ? '${{ matrix.tenant }}' : v.tenantId}`,
      '          allow-no-subscriptions: true',
      ...(input.tool === 'powershell' ? ['          enable-AzPSSession: true'] : []),
      '',
      `      - name: ${linkStepName(input)}`,
    ];
    if (input.tool === 'powershell') {
      job.push(
        '        uses: azure/powershell@v2',
        '        env:',
        `          PARTNER_ID: "${v.partnerId}"`,
        '        with:',
        '          azPSVersion: latest',
        '          inlineScript: |',
        indent(powershellLinkScript(input.action), 12),
      );
    } else {
      job.push('        env:', `          PARTNER_ID: "${v.partnerId}"`, '        run: |', indent(bashLinkScript(input.tool, input.action, 'github'), 10));
    }
    return [
      `name: ${pipelineTitle(input.action)}`,
      '',
      ...on,
      '',
      '# OpenID Connect: the job may ask GitHub for an ID token; it needs nothing else',
      'permissions:',
      '  id-token: write',
      '  contents: read',
      '',
      ...job,
    ].join('\n');
  },

  notes(input, v, tenants) {
    const subject = federatedSubject(input, v);
    const notes: string[] = [];
    if (tenants.length > 1) {
      notes.push(
        `The workflow runs one job per tenant (${tenants.length} in all), side by side. Each job presents the same subject, so the identity in every tenant needs the federated credential below.`,
      );
    }
    notes.push(
      v.environment
        ? `The job declares environment ${v.environment}, so every run presents the subject ${subject}, whatever branch or event started it. Protect the environment with required reviewers to make every run need an approval.`
        : `Start manual runs from ${v.branch}: a run from another branch presents a different subject and cannot sign in.`,
    );
    if (input.trigger === 'schedule') {
      notes.push(
        `GitHub runs scheduled workflows from the default branch only, so ${v.branch} must be the default branch. In public repositories GitHub disables schedules after 60 days without activity.`,
      );
    }
    notes.push(
      'Repositories created, renamed or transferred recently, or with a customised subject template, send a different subject: copy it from the "Federated token details" that azure/login writes to the job log.',
    );
    return notes;
  },
};
