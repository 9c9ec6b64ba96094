/**
 * Pipeline generator: a complete GitHub Actions, Azure Pipelines or GitLab CI/CD file that signs
 * in as a workload identity with OpenID Connect and shows, creates, updates or deletes its
 * Partner Admin Link, plus the federated credential the identity needs to trust the pipeline.
 *
 * Every pipeline reads the link before it writes: create never moves a link that points to
 * another partner ID, update moves it only when it differs, delete removes only our own ID.
 */
import {Checks, file, indent, yamlSingle, yourValueCheck, type Check, type Generated, type GeneratedFile, type GeneratorResult} from './common';

export type Platform = 'github' | 'azure-devops' | 'gitlab';
export type Tool = 'cli' | 'powershell' | 'rest';
export type PalAction = 'show' | 'create' | 'update' | 'delete';
export type Trigger = 'manual' | 'push' | 'schedule';

export const PLATFORMS: ReadonlyArray<{value: Platform; label: string}> = [
  {value: 'github', label: 'GitHub Actions'},
  {value: 'azure-devops', label: 'Azure DevOps'},
  {value: 'gitlab', label: 'GitLab CI/CD'},
];

export const TOOLS: ReadonlyArray<{value: Tool; label: string}> = [
  {value: 'cli', label: 'Azure CLI'},
  {value: 'powershell', label: 'Azure PowerShell'},
  {value: 'rest', label: 'REST (az rest)'},
];

export const ACTIONS: ReadonlyArray<{value: PalAction; label: string}> = [
  {value: 'create', label: 'Create the link (never moves an existing link)'},
  {value: 'update', label: 'Update: create it, or move it to this partner ID'},
  {value: 'show', label: 'Show the link (changes nothing)'},
  {value: 'delete', label: 'Delete the link (only if it is to this partner ID)'},
];

export const TRIGGERS: ReadonlyArray<{value: Trigger; label: string}> = [
  {value: 'manual', label: 'Manually'},
  {value: 'push', label: 'On every push to the branch'},
  {value: 'schedule', label: 'On a schedule'},
];

export interface PipelineInput {
  platform: Platform;
  tool: Tool;
  action: PalAction;
  trigger: Trigger;
  partnerId: string;
  /** The customer tenant the identity lives in (GitHub and GitLab; Azure DevOps takes it from the service connection). */
  tenantId: string;
  /** Application (client) ID of the workload identity (GitHub and GitLab). */
  clientId: string;
  /** GitHub owner/name. */
  repository: string;
  /** GitLab group/project (subgroups allowed). */
  gitlabProject: string;
  branch: string;
  /** Optional GitHub environment for the job. */
  environment: string;
  /** Name of the Azure Resource Manager service connection (Azure DevOps). */
  serviceConnection: string;
  /** Five-field cron expression, UTC. */
  cron: string;
}

/** The free-text fields, each checked before it reaches a file. */
export type PipelineField = Exclude<keyof PipelineInput, 'platform' | 'tool' | 'action' | 'trigger'>;

export const PIPELINE_DEFAULTS: PipelineInput = {
  platform: 'github',
  tool: 'cli',
  action: 'create',
  trigger: 'manual',
  partnerId: '',
  tenantId: '',
  clientId: '',
  repository: '',
  gitlabProject: '',
  branch: 'main',
  environment: '',
  serviceConnection: 'pal-oidc-connection',
  cron: '0 6 * * 1',
};

/** The fields a platform and trigger use, in the order the form shows them. */
export function pipelineFields(platform: Platform, trigger: Trigger): PipelineField[] {
  const fields: PipelineField[] = ['partnerId'];
  if (platform === 'github') fields.push('tenantId', 'clientId', 'repository', 'branch', 'environment');
  if (platform === 'azure-devops') fields.push('serviceConnection', 'branch');
  if (platform === 'gitlab') fields.push('tenantId', 'clientId', 'gitlabProject', 'branch');
  if (trigger === 'schedule') fields.push('cron');
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Field checks

const GITLAB_SEGMENT = /^[a-z0-9_](?:[a-z0-9_.-]{0,253}[a-z0-9_-])?$/i;

const checkGitlabProject: Check = (value) => {
  if (/^https?:\/\//i.test(value) || /gitlab\./i.test(value.split('/')[0] ?? '')) {
    return {ok: false, problem: 'Enter just the project path (for example contoso/platform/pal-automation), not the URL.'};
  }
  const segments = value.split('/');
  if (segments.length >= 2 && segments.every((segment) => GITLAB_SEGMENT.test(segment) && !segment.includes('..'))) {
    return {ok: true, value};
  }
  return {
    ok: false,
    problem:
      'A GitLab project path is group/project, or group/subgroup/project: letters, digits, dots, hyphens and underscores, separated by slashes.',
  };
};

/** A branch name that is safe to write into YAML, shell strings and a federated credential subject. */
export const checkBranch: Check = (value) => {
  if (
    /^[A-Za-z0-9._/-]{1,200}$/.test(value) &&
    !/^[-/.]|\/$|\/\/|\.\.|\.lock$|@\{|\.$/.test(value)
  ) {
    return {ok: true, value};
  }
  return {
    ok: false,
    problem: 'A branch name such as main or release/pal: letters, digits, dots, hyphens, underscores and slashes, with no spaces and no "..".',
  };
};

const checkEnvironment: Check = (value) =>
  /^[A-Za-z0-9._-]{1,100}$/.test(value)
    ? {ok: true, value}
    : {
        ok: false,
        problem:
          'Use an environment name of letters, digits, dots, hyphens and underscores (for example pal). Other characters change how GitHub writes the subject.',
      };

const checkServiceConnection: Check = (value) =>
  /^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}$/.test(value)
    ? {ok: true, value}
    : {
        ok: false,
        problem: 'Enter the service connection name as shown in Project settings: letters, digits, spaces, dots, hyphens, underscores and brackets.',
      };

const CRON_FIELD = /^(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?(,(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?)*$/;
const CRON_DAY_NAMES = /^[A-Za-z]{3}(-[A-Za-z]{3})?(,[A-Za-z]{3}(-[A-Za-z]{3})?)*$/;

export const checkCron: Check = (value) => {
  const fields = value.split(/\s+/);
  const ok =
    fields.length === 5 &&
    fields.every((field, index) => CRON_FIELD.test(field) || ((index === 3 || index === 4) && CRON_DAY_NAMES.test(field)));
  return ok
    ? {ok: true, value: fields.join(' ')}
    : {
        ok: false,
        problem: 'A schedule is a cron expression of five fields (minute hour day-of-month month day-of-week, UTC), for example 0 6 * * 1 for Mondays at 06:00.',
      };
};

// ---------------------------------------------------------------------------------------------
// Scripts

/** How a platform's log shows an error or a warning line from a bash script. */
interface Reporter {
  error(message: string): string;
  warning(message: string): string;
}

const REPORTERS: Record<Platform, Reporter> = {
  github: {error: (m) => `echo "::error::${m}"`, warning: (m) => `echo "::warning::${m}"`},
  'azure-devops': {
    error: (m) => `echo "##vso[task.logissue type=error]${m}"`,
    warning: (m) => `echo "##vso[task.logissue type=warning]${m}"`,
  },
  gitlab: {error: (m) => `echo "ERROR: ${m}" >&2`, warning: (m) => `echo "WARNING: ${m}" >&2`},
};

const ACTION_TITLE: Record<PalAction, string> = {
  show: 'Show the link',
  create: 'Create the link',
  update: 'Create or update the link',
  delete: 'Delete the link',
};

interface BashCommands {
  setup: string[];
  read: string;
  show: string;
  create: string;
  update: string;
  remove: string;
}

const REST_QUERY = '"properties.{partnerId: partnerId, partnerName: partnerName, tenantId: tenantId, objectId: objectId, state: state}"';

const BASH: Record<'cli' | 'rest', BashCommands> = {
  cli: {
    setup: ['az extension add --name managementpartner --only-show-errors'],
    read: 'az managementpartner show --query partnerId --output tsv',
    show: 'az managementpartner show --output table',
    create: 'az managementpartner create --partner-id "$PARTNER_ID" --output table',
    update: 'az managementpartner update --partner-id "$PARTNER_ID" --output table',
    remove: 'az managementpartner delete --partner-id "$PARTNER_ID"',
  },
  rest: {
    setup: [
      'PAL_URL="https://management.azure.com/providers/Microsoft.ManagementPartner/partners"',
      'API_VERSION="api-version=2018-02-01"',
    ],
    read: 'az rest --method get --url "${PAL_URL}?${API_VERSION}" --query properties.partnerId --output tsv',
    show: `az rest --method get --url "\${PAL_URL}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    create: `az rest --method put --url "\${PAL_URL}/\${PARTNER_ID}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    update: `az rest --method patch --url "\${PAL_URL}/\${PARTNER_ID}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    remove: 'az rest --method delete --url "${PAL_URL}/${PARTNER_ID}?${API_VERSION}"',
  },
};

/**
 * The bash that manages the link, for the Azure CLI or `az rest`. Expects PARTNER_ID in the
 * environment and a signed-in Azure CLI.
 */
export function bashLinkScript(tool: 'cli' | 'rest', action: PalAction, platform: Platform): string {
  const c = BASH[tool];
  const report = REPORTERS[platform];
  const lines: string[] = [
    'set -euo pipefail',
    ...c.setup,
    '',
    'ERR_FILE="$(mktemp)"',
    'trap \'rm -f "$ERR_FILE"\' EXIT',
    '',
    '# Read the link first: CURRENT stays empty when this identity has none',
    `if CURRENT="$(${c.read} 2>"$ERR_FILE")"; then`,
    '  echo "Linked partner ID before this run: ${CURRENT}"',
    'elif grep -q "ManagementPartnerNotFound" "$ERR_FILE"; then',
    '  CURRENT=""',
    '  echo "No link before this run"',
    'else',
    '  cat "$ERR_FILE" >&2',
    '  exit 1',
    'fi',
    '',
  ];
  const verify = [
    `LINKED="$(${c.read})"`,
    'if [ "$LINKED" != "$PARTNER_ID" ]; then',
    `  ${report.error('Read back ${LINKED:-no link} after the change, expected ${PARTNER_ID}')}`,
    '  exit 1',
    'fi',
    'echo "Verified: linked to ${LINKED}"',
  ];
  switch (action) {
    case 'show':
      lines.push(
        'if [ -z "$CURRENT" ]; then',
        '  echo "This identity has no Partner Admin Link in this tenant"',
        'else',
        `  ${c.show}`,
        '  if [ "$CURRENT" != "$PARTNER_ID" ]; then',
        `    ${report.warning('Linked to ${CURRENT}, not to ${PARTNER_ID}')}`,
        '  fi',
        'fi',
      );
      break;
    case 'create':
      lines.push(
        'if [ -z "$CURRENT" ]; then',
        `  ${c.create}`,
        'elif [ "$CURRENT" = "$PARTNER_ID" ]; then',
        '  echo "Already linked to ${PARTNER_ID}: nothing to change"',
        'else',
        `  ${report.error('Linked to ${CURRENT}, not to ${PARTNER_ID}. Left unchanged: run an update pipeline to move the link on purpose.')}`,
        '  exit 1',
        'fi',
        '',
        ...verify,
      );
      break;
    case 'update':
      lines.push(
        'if [ -z "$CURRENT" ]; then',
        `  ${c.create}`,
        'elif [ "$CURRENT" = "$PARTNER_ID" ]; then',
        '  echo "Already linked to ${PARTNER_ID}: nothing to change"',
        'else',
        '  echo "Moving the link from ${CURRENT} to ${PARTNER_ID}"',
        `  ${c.update}`,
        'fi',
        '',
        ...verify,
      );
      break;
    case 'delete':
      lines.push(
        'if [ -z "$CURRENT" ]; then',
        '  echo "No link to remove"',
        'elif [ "$CURRENT" = "$PARTNER_ID" ]; then',
        `  ${c.remove}`,
        '  echo "Link to ${PARTNER_ID} removed"',
        'else',
        `  ${report.error('Linked to ${CURRENT}, not to ${PARTNER_ID}. Left unchanged.')}`,
        '  exit 1',
        'fi',
      );
      break;
  }
  return lines.join('\n');
}

/**
 * The PowerShell that manages the link with Az.ManagementPartner. Expects PARTNER_ID in the
 * environment; `login` (GitLab) signs in first, the other platforms sign in before the script.
 */
export function powershellLinkScript(action: PalAction, login?: string): string {
  const lines: string[] = ["$ErrorActionPreference = 'Stop'", '$partnerId = $env:PARTNER_ID', ''];
  if (login) lines.push(login, '');
  lines.push(
    '# Az.ManagementPartner is not part of the Az module: install it when it is missing',
    'if (-not (Get-Module -ListAvailable -Name Az.ManagementPartner)) {',
    '  Install-Module -Name Az.ManagementPartner -Repository PSGallery -Scope CurrentUser -Force',
    '}',
    'Import-Module Az.ManagementPartner',
    '',
    '# Read the link first: $current stays $null when this identity has none',
    'try {',
    '  $current = (Get-AzManagementPartner).PartnerId',
    '  Write-Output "Linked partner ID before this run: $current"',
    '} catch {',
    "  if (\"$_\" -notmatch 'ManagementPartnerNotFound|not linked') { throw }",
    '  $current = $null',
    "  Write-Output 'No link before this run'",
    '}',
    '',
  );
  const verify = [
    '$linked = (Get-AzManagementPartner).PartnerId',
    'if ($linked -ne $partnerId) {',
    '  throw "Read back $linked after the change, expected $partnerId"',
    '}',
    'Write-Output "Verified: linked to $linked"',
  ];
  switch (action) {
    case 'show':
      lines.push(
        'if (-not $current) {',
        "  Write-Output 'This identity has no Partner Admin Link in this tenant'",
        '} else {',
        '  Get-AzManagementPartner | Format-List',
        '  if ($current -ne $partnerId) {',
        '    Write-Warning "Linked to $current, not to $partnerId"',
        '  }',
        '}',
      );
      break;
    case 'create':
      lines.push(
        'if (-not $current) {',
        '  New-AzManagementPartner -PartnerId $partnerId',
        '} elseif ($current -eq $partnerId) {',
        '  Write-Output "Already linked to ${partnerId}: nothing to change"',
        '} else {',
        '  throw "Linked to $current, not to $partnerId. Left unchanged: run an update pipeline to move the link on purpose."',
        '}',
        '',
        ...verify,
      );
      break;
    case 'update':
      lines.push(
        'if (-not $current) {',
        '  New-AzManagementPartner -PartnerId $partnerId',
        '} elseif ($current -eq $partnerId) {',
        '  Write-Output "Already linked to ${partnerId}: nothing to change"',
        '} else {',
        '  Write-Output "Moving the link from $current to $partnerId"',
        '  Update-AzManagementPartner -PartnerId $partnerId',
        '}',
        '',
        ...verify,
      );
      break;
    case 'delete':
      lines.push(
        'if (-not $current) {',
        "  Write-Output 'No link to remove'",
        '} elseif ($current -eq $partnerId) {',
        '  Remove-AzManagementPartner -PartnerId $partnerId',
        '  Write-Output "Link to $partnerId removed"',
        '} else {',
        '  throw "Linked to $current, not to $partnerId. Left unchanged."',
        '}',
      );
      break;
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Pipeline files

/** The checked text values, one per field. */
type Values = Record<PipelineField, string>;

const TOOL_NAME: Record<Tool, string> = {cli: 'Azure CLI', powershell: 'Azure PowerShell', rest: 'az rest'};

function title(action: PalAction): string {
  return `Partner Admin Link (${action})`;
}

function githubWorkflow(input: PipelineInput, v: Values): string {
  const on: string[] = ['on:', '  workflow_dispatch:'];
  if (input.trigger === 'push') on.push('  push:', '    branches:', `      - ${v.branch}`);
  if (input.trigger === 'schedule') on.push('  schedule:', `    - cron: ${yamlSingle(v.cron)}`);
  const job: string[] = [
    'jobs:',
    '  pal:',
    `    name: ${title(input.action)}`,
    '    runs-on: ubuntu-latest',
    ...(v.environment ? [`    environment: ${v.environment}`] : []),
    '    steps:',
    '      - name: Sign in to the customer tenant with OpenID Connect',
    '        uses: azure/login@v2',
    '        with:',
    `          client-id: ${v.clientId}`,
    `          tenant-id: ${v.tenantId}`,
    '          allow-no-subscriptions: true',
    ...(input.tool === 'powershell' ? ['          enable-AzPSSession: true'] : []),
    '',
    `      - name: ${ACTION_TITLE[input.action]} (${TOOL_NAME[input.tool]})`,
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
    `name: ${title(input.action)}`,
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
}

function azureDevOpsPipeline(input: PipelineInput, v: Values): string {
  const triggers: string[] =
    input.trigger === 'push'
      ? ['trigger:', '  branches:', '    include:', `      - ${v.branch}`, 'pr: none']
      : ['trigger: none', 'pr: none'];
  if (input.trigger === 'schedule') {
    triggers.push(
      '',
      'schedules:',
      `  - cron: ${yamlSingle(v.cron)}`,
      `    displayName: ${title(input.action)} on schedule`,
      '    branches:',
      '      include:',
      `        - ${v.branch}`,
      '    always: true',
    );
  }
  const step: string[] =
    input.tool === 'powershell'
      ? [
          '  - task: AzurePowerShell@5',
          `    displayName: ${ACTION_TITLE[input.action]} (${TOOL_NAME[input.tool]})`,
          '    inputs:',
          `      azureSubscription: ${yamlSingle(v.serviceConnection)}`,
          '      ScriptType: InlineScript',
          '      azurePowerShellVersion: LatestVersion',
          '      pwsh: true',
          '      Inline: |',
          indent(powershellLinkScript(input.action), 8),
        ]
      : [
          '  - task: AzureCLI@2',
          `    displayName: ${ACTION_TITLE[input.action]} (${TOOL_NAME[input.tool]})`,
          '    inputs:',
          `      azureSubscription: ${yamlSingle(v.serviceConnection)}`,
          '      scriptType: bash',
          '      scriptLocation: inlineScript',
          '      inlineScript: |',
          indent(bashLinkScript(input.tool, input.action, 'azure-devops'), 8),
        ];
  return [
    `# ${title(input.action)}: the service connection's workload identity signs in with OpenID Connect`,
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
}

const GITLAB_PS_LOGIN =
  'Connect-AzAccount -ServicePrincipal -ApplicationId $env:AZURE_CLIENT_ID -Tenant $env:AZURE_TENANT_ID -FederatedToken $env:AZURE_JWT | Out-Null';

function gitlabPipeline(input: PipelineInput, v: Values): string {
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
  return [
    `# ${title(input.action)}: the job signs in as the workload identity with a GitLab ID token`,
    'stages:',
    '  - pal',
    '',
    'variables:',
    `  AZURE_CLIENT_ID: "${v.clientId}"`,
    `  AZURE_TENANT_ID: "${v.tenantId}"`,
    `  PARTNER_ID: "${v.partnerId}"`,
    '',
    `pal-${input.action}:`,
    '  stage: pal',
    `  image: ${input.tool === 'powershell' ? 'mcr.microsoft.com/azure-powershell:latest' : 'mcr.microsoft.com/azure-cli:latest'}`,
    '  id_tokens:',
    '    AZURE_JWT:',
    '      aud: api://AzureADTokenExchange',
    '  rules:',
    ...rules,
    ...script,
  ].join('\n');
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The federated credential subject a run of the generated pipeline presents, where it is predictable. */
export function federatedSubject(input: PipelineInput, v: Pick<Values, 'repository' | 'gitlabProject' | 'branch' | 'environment'>): string | null {
  switch (input.platform) {
    case 'github':
      return v.environment ? `repo:${v.repository}:environment:${v.environment}` : `repo:${v.repository}:ref:refs/heads/${v.branch}`;
    case 'gitlab':
      return `project_path:${v.gitlabProject}:ref_type:branch:ref:${v.branch}`;
    default:
      return null;
  }
}

const ISSUER: Record<'github' | 'gitlab', string> = {
  github: 'https://token.actions.githubusercontent.com',
  gitlab: 'https://gitlab.com',
};

function credentialFiles(input: PipelineInput, v: Values, pipelinePath: string): GeneratedFile[] {
  if (input.platform === 'azure-devops') {
    const query = `[?name=='${v.serviceConnection}'].authorization.parameters.{issuer: workloadIdentityFederationIssuer, subject: workloadIdentityFederationSubject}`;
    return [
      file(
        'subject',
        'read-service-connection-subject.sh',
        'bash',
        'Azure DevOps makes up the issuer and subject of the service connection itself. This reads them, so that the federated credential on the identity can match them exactly.',
        [
          '#!/usr/bin/env bash',
          'set -euo pipefail',
          '',
          '# Your Azure DevOps organisation and project',
          'ADO_ORGANIZATION="https://dev.azure.com/contoso"',
          'ADO_PROJECT="pal-automation"',
          '',
          'az extension add --name azure-devops --only-show-errors',
          'az devops service-endpoint list \\',
          '  --organization "$ADO_ORGANIZATION" \\',
          '  --project "$ADO_PROJECT" \\',
          `  --query "${query}" \\`,
          '  --output table',
        ].join('\n'),
      ),
    ];
  }
  const platform = input.platform;
  const subject = federatedSubject(input, v)!;
  const name = `${platform}-pal-${slug(v.environment || v.branch)}`.slice(0, 120);
  const where = platform === 'github' ? `${v.repository}, ${pipelinePath}` : `${v.gitlabProject}, ${pipelinePath}`;
  const credential = {
    name,
    issuer: ISSUER[platform],
    subject,
    description: `${platform === 'github' ? 'GitHub Actions' : 'GitLab CI/CD'} pipeline that manages the Partner Admin Link (${where})`,
    audiences: ['api://AzureADTokenExchange'],
  };
  return [
    file(
      'credential',
      'credential.json',
      'json',
      `The federated credential that lets ${platform === 'github' ? 'this workflow' : 'this job'} sign in as the identity: its issuer, subject and audience match the ID token exactly.`,
      JSON.stringify(credential, null, 2),
    ),
    file(
      'register',
      'add-federated-credential.sh',
      'bash',
      'Adds the credential to the app registration. Run it next to credential.json, signed in to the customer tenant as an owner of the app (or an Application Administrator).',
      [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '',
        `az ad app federated-credential create --id "${v.clientId}" --parameters credential.json`,
        '',
        '# Check: the new credential is listed with the subject the pipeline presents',
        `az ad app federated-credential list --id "${v.clientId}" --query "[].{name:name, subject:subject}" --output table`,
      ].join('\n'),
    ),
  ];
}

function pipelinePath(input: PipelineInput): string {
  switch (input.platform) {
    case 'github':
      return `.github/workflows/pal-${input.action}.yml`;
    case 'azure-devops':
      return `pal-${input.action}.azure-pipelines.yml`;
    case 'gitlab':
      return '.gitlab-ci.yml';
  }
}

function notesAndWarnings(input: PipelineInput, v: Values): {warnings: string[]; notes: string[]} {
  const warnings: string[] = [];
  const notes: string[] = [];
  const when = input.trigger === 'push' ? `every push to ${v.branch}` : 'every scheduled run';
  if (input.action === 'delete' && input.trigger !== 'manual') {
    warnings.push(`This pipeline removes the link on ${when}. Use a manual trigger for delete unless you really want that.`);
  }
  if (input.action === 'update' && input.trigger !== 'manual') {
    notes.push(`On ${when} the pipeline moves the link back to ${v.partnerId} if anyone has changed it.`);
  }
  if (input.action === 'show') notes.push('Show changes nothing: it reads the link and warns when it points to another partner ID.');
  switch (input.platform) {
    case 'github': {
      const subject = federatedSubject(input, v);
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
      break;
    }
    case 'azure-devops':
      notes.push(
        `The service connection ${v.serviceConnection} decides which identity signs in and in which tenant: the federated credential is created with it (automatic) or from the issuer and subject it shows you (manual). The first run may ask you to permit the pipeline to use it.`,
      );
      if (input.trigger === 'manual') notes.push('Start it with Run pipeline; it has no trigger of its own.');
      break;
    case 'gitlab':
      if (input.trigger === 'schedule') {
        notes.push(
          `GitLab keeps schedules out of the file: create one under Build, Pipeline schedules, for branch ${v.branch} with the cron expression ${v.cron} (and your time zone).`,
        );
      }
      if (input.trigger === 'manual') notes.push(`The job appears in every pipeline on ${v.branch} and waits for someone to start it.`);
      notes.push(
        'On GitLab Self-Managed the issuer is your instance URL, not https://gitlab.com: change it in credential.json. Microsoft Entra ID must be able to reach the instance to fetch its signing keys.',
      );
      break;
  }
  if (input.tool === 'powershell') {
    notes.push('Az.ManagementPartner is not part of the Az module, so the script installs it from the PowerShell Gallery when the runner lacks it.');
  }
  return {warnings, notes};
}

export function generatePipeline(input: PipelineInput): GeneratorResult<PipelineField> {
  const checks = new Checks<PipelineField>();
  const fields = new Set(pipelineFields(input.platform, input.trigger));
  const take = (field: PipelineField, check: Check, required = true): string =>
    fields.has(field) ? (checks.take(field, input[field], check, required) ?? '') : '';

  const v: Values = {
    partnerId: take('partnerId', yourValueCheck('partnerId')),
    tenantId: take('tenantId', yourValueCheck('tenantId')),
    clientId: take('clientId', yourValueCheck('clientId')),
    repository: take('repository', yourValueCheck('repository')),
    gitlabProject: take('gitlabProject', checkGitlabProject),
    branch: take('branch', checkBranch),
    environment: take('environment', checkEnvironment, false),
    serviceConnection: take('serviceConnection', checkServiceConnection),
    cron: take('cron', checkCron),
  };

  return checks.result((): Generated => {
    const path = pipelinePath(input);
    const content =
      input.platform === 'github' ? githubWorkflow(input, v) : input.platform === 'azure-devops' ? azureDevOpsPipeline(input, v) : gitlabPipeline(input, v);
    const purpose =
      input.platform === 'github'
        ? 'The workflow: OpenID Connect permissions, sign-in with azure/login, then the link step.'
        : input.platform === 'azure-devops'
          ? 'The pipeline: the task signs in with the workload identity federation service connection, then manages the link.'
          : 'The pipeline: the job asks GitLab for an ID token, signs in with it, then manages the link. A download is saved as gitlab-ci.yml: rename it to .gitlab-ci.yml at the root of the project, or add the job to the file you have.';
    return {
      files: [file('pipeline', path, 'yaml', purpose, content), ...credentialFiles(input, v, path)],
      ...notesAndWarnings(input, v),
    };
  });
}
