/** GitLab CI/CD: the job asks GitLab for an ID token and signs in with it. */
import {indent} from '../common';
import {bashLinkScript} from './bashScript';
import {pipelineTitle} from './options';
import type {PlatformPipeline} from './platform';
import {powershellLinkScript} from './powershellScript';

const GITLAB_PS_LOGIN =
  'Connect-AzAccount -ServicePrincipal -ApplicationId $env:AZURE_CLIENT_ID -Tenant $env:AZURE_TENANT_ID -FederatedToken $env:AZURE_JWT | Out-Null';

export const gitlab: PlatformPipeline = {
  path: () => '.gitlab-ci.yml',
  purpose:
    'The pipeline: the job asks GitLab for an ID token, signs in with it, then manages the link. A download is saved as gitlab-ci.yml: rename it to .gitlab-ci.yml at the root of the project, or add the job to the file you have.',

  content(input, v, tenants) {
    const rules: string[] =
      input.trigger === 'manual'
        ? [`    - if: $CI_COMMIT_BRANCH == "${v.branch}"`, '      when: manual']
        : input.trigger === 'push'
          ? [`    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == "${v.branch}"`]
          : [`    - if: $CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == "${v.branch}"`];
    const script: string[] =
      input.tool === 'powershell'
        ? [
            '  script:',
            '    - |',
            "      cat > pal.ps1 <<'PWSH'",
            indent(powershellLinkScript(input.action, GITLAB_PS_LOGIN), 6),
            '      PWSH',
            '      pwsh -NoLogo -NonInteractive -File ./pal.ps1',
          ]
        : [
            '  script:',
            '    - >',
            '      az login --service-principal',
            '      --username "$AZURE_CLIENT_ID"',
            '      --tenant "$AZURE_TENANT_ID"',
            '      --federated-token "$AZURE_JWT"',
            '      --allow-no-subscriptions',
            '      --output none',
            '    - |',
            indent(bashLinkScript(input.tool, input.action, 'gitlab'), 6),
          ];
    // The heredoc terminator must start its line once YAML has removed the block's indentation.
    const header = `# ${pipelineTitle(input.action)}: the job signs in as the workload identity with a GitLab ID token`;
    const body = (name: string): string[] => [
      `${name}:`,
      '  stage: pal',
      `  image: ${input.tool === 'powershell' ? 'mcr.microsoft.com/azure-powershell:latest' : 'mcr.microsoft.com/azure-cli:latest'}`,
      '  id_tokens:',
      '    AZURE_JWT:',
      '      aud: api://AzureADTokenExchange',
      '  rules:',
      ...rules,
      ...script,
    ];
    if (tenants.length <= 1) {
      return [
        header,
        'stages:',
        '  - pal',
        '',
        'variables:',
        `  AZURE_CLIENT_ID: "${v.clientId}"`,
        `  AZURE_TENANT_ID: "${v.tenantId}"`,
        `  PARTNER_ID: "${v.partnerId}"`,
        '',
        ...body(`pal-${input.action}`),
      ].join('\n');
    }
    // One job per tenant: each extends the hidden template job and sets its tenant and identity.
    const template = `.pal-${input.action}`;
    return [
      header,
      `# One job per customer tenant (${tenants.length}): each extends ${template} and sets its own tenant and client ID.`,
      'stages:',
      '  - pal',
      '',
      'variables:',
      `  PARTNER_ID: "${v.partnerId}"`,
      '',
      ...body(template),
      ...tenants.flatMap((tenant) => [
        '',
        `pal-${input.action}-${tenant.label}:`,
        `  extends: ${template}`,
        '  variables:',
        `    AZURE_CLIENT_ID: "${tenant.clientId}"`,
        `    AZURE_TENANT_ID: "${tenant.tenantId}"`,
      ]),
    ].join('\n');
  },

  notes(input, v, tenants) {
    const notes: string[] = [];
    if (tenants.length > 1) {
      notes.push(
        `The pipeline has one job per tenant (${tenants.length}), all from the same branch, so every job presents the same subject: the identity in every tenant needs the federated credential below.`,
      );
    }
    if (input.trigger === 'schedule') {
      notes.push(
        `GitLab keeps schedules out of the file: create one under Build, Pipeline schedules, for branch ${v.branch} with the cron expression ${v.cron} (and your time zone).`,
      );
    }
    if (input.trigger === 'manual') {
      notes.push(
        tenants.length > 1
          ? `The jobs appear in every pipeline on ${v.branch} and each waits for someone to start it.`
          : `The job appears in every pipeline on ${v.branch} and waits for someone to start it.`,
      );
    }
    notes.push(
      'On GitLab Self-Managed the issuer is your instance URL, not https://gitlab.com: change it in credential.json. Microsoft Entra ID must be able to reach the instance to fetch its signing keys.',
    );
    return notes;
  },
};
