/** What the pipeline generator asks for: the choices, the fields, and their defaults. */
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
  {value: 'update', label: 'Update: create it, or move it to this Partner ID'},
  {value: 'show', label: 'Show the link (changes nothing)'},
  {value: 'delete', label: 'Delete the link (only if it is to this Partner ID)'},
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
  /**
   * The Tenant IDs field: one or more customer tenants, one per line or separated by commas,
   * each `tenant ID` or `tenant ID=client ID` (see tenants.ts). Required on GitHub and GitLab;
   * optional on Azure DevOps, where two or more give one job and service connection per tenant.
   */
  tenantId: string;
  /** Application (client) ID of the workload identity (GitHub and GitLab), for tenants that name none of their own. */
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

/** The checked text values, one per field (empty for the fields the platform does not use). */
export type PipelineValues = Record<PipelineField, string>;

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
  if (platform === 'azure-devops') fields.push('tenantId', 'serviceConnection', 'branch');
  if (platform === 'gitlab') fields.push('tenantId', 'clientId', 'gitlabProject', 'branch');
  if (trigger === 'schedule') fields.push('cron');
  return fields;
}

const ACTION_TITLE: Record<PalAction, string> = {
  show: 'Show the link',
  create: 'Create the link',
  update: 'Create or update the link',
  delete: 'Delete the link',
};

const TOOL_NAME: Record<Tool, string> = {cli: 'Azure CLI', powershell: 'Azure PowerShell', rest: 'az rest'};

/** The pipeline's name: "Partner Admin Link (create)". */
export function pipelineTitle(action: PalAction): string {
  return `Partner Admin Link (${action})`;
}

/** The name of the step that manages the link: "Create the link (Azure CLI)". */
export function linkStepName(input: Pick<PipelineInput, 'action' | 'tool'>): string {
  return `${ACTION_TITLE[input.action]} (${TOOL_NAME[input.tool]})`;
}
