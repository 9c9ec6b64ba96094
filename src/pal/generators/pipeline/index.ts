/**
 * Pipeline generator: a complete GitHub Actions, Azure Pipelines or GitLab CI/CD file that signs
 * in as a workload identity with OpenID Connect and shows, creates, updates or deletes its
 * Partner Admin Link, plus the federated credential the identity needs to trust the pipeline.
 *
 * options.ts     the choices and fields         fieldChecks.ts       checks of the free text
 * linkActions.ts what each action does           bashScript.ts, powershellScript.ts  its scripts
 * github.ts, azureDevOps.ts, gitlab.ts  one file per platform
 * federatedCredential.ts  the identity's trust in the pipeline
 * tenants.ts     the Tenant IDs field: one or more tenants, each with its identity
 */
import {Checks, file, yourValueCheck, type Check, type Generated, type GeneratorResult} from '../common';
import {azureDevOps, serviceConnectionNames} from './azureDevOps';
import {credentialFiles} from './federatedCredential';
import {checkBranch, checkCron, checkEnvironment, checkGitlabProject, checkServiceConnection} from './fieldChecks';
import {github} from './github';
import {gitlab} from './gitlab';
import {pipelineFields, type Platform, type PipelineField, type PipelineInput, type PipelineValues} from './options';
import type {PipelineTenant, PlatformPipeline} from './platform';
import {parseTenantList, tenantLabels, type TenantEntry} from './tenants';

export * from './options';
export {checkBranch, checkCron} from './fieldChecks';
export {bashLinkScript} from './bashScript';
export {powershellLinkScript} from './powershellScript';
export {federatedSubject} from './federatedCredential';
export {MAX_TENANTS, parseTenantList, splitTenantList, tenantLabels, type TenantEntry, type TenantListCheck} from './tenants';
export {serviceConnectionNames} from './azureDevOps';
export type {PipelineTenant} from './platform';

const PLATFORM_PIPELINES: Record<Platform, PlatformPipeline> = {github, 'azure-devops': azureDevOps, gitlab};

/** Warnings and notes: the action's first, then the platform's, then the tool's. */
function notesAndWarnings(input: PipelineInput, v: PipelineValues, tenants: readonly PipelineTenant[]): {warnings: string[]; notes: string[]} {
  const warnings: string[] = [];
  const notes: string[] = [];
  const when = input.trigger === 'push' ? `every push to ${v.branch}` : 'every scheduled run';
  if (input.action === 'delete' && input.trigger !== 'manual') {
    warnings.push(`This pipeline removes the link on ${when}. Use a manual trigger for delete unless you really want that.`);
  }
  if (input.action === 'update' && input.trigger !== 'manual') {
    notes.push(`On ${when} the pipeline moves the link back to ${v.partnerId} if anyone has changed it.`);
  }
  if (input.action === 'show') notes.push('Show changes nothing: it reads the link and warns when it points to another Partner ID.');
  notes.push(...PLATFORM_PIPELINES[input.platform].notes(input, v, tenants));
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

  // The Tenant IDs field: required on GitHub and GitLab; optional on Azure DevOps, where the
  // service connection decides the tenant and only two or more tenants change the pipeline.
  let entries: TenantEntry[] = [];
  const tenantList: Check = (value) => {
    const parsed = parseTenantList(value);
    if (!parsed.ok) return parsed;
    entries = parsed.tenants;
    return {ok: true, value: entries.map((entry) => entry.tenantId).join(',')};
  };
  const partnerId = take('partnerId', yourValueCheck('partnerId'));
  take('tenantId', tenantList, input.platform !== 'azure-devops');
  // The Client ID field is needed unless every tenant entry names its own client ID.
  const clientId = take('clientId', yourValueCheck('clientId'), entries.length === 0 || entries.some((entry) => entry.clientId === null));

  const single = entries.length === 1 ? entries[0] : null;
  const v: PipelineValues = {
    partnerId,
    tenantId: single?.tenantId ?? '',
    clientId: single?.clientId ?? clientId,
    repository: take('repository', yourValueCheck('repository')),
    gitlabProject: take('gitlabProject', checkGitlabProject),
    branch: take('branch', checkBranch),
    environment: take('environment', checkEnvironment, false),
    serviceConnection: take('serviceConnection', checkServiceConnection),
    cron: take('cron', checkCron),
  };
  const labels = tenantLabels(entries.map((entry) => entry.tenantId));
  const tenants: PipelineTenant[] = entries.map((entry, index) => ({
    tenantId: entry.tenantId,
    clientId: input.platform === 'azure-devops' ? '' : (entry.clientId ?? clientId),
    label: labels[index],
  }));

  return checks.result((): Generated => {
    const platform = PLATFORM_PIPELINES[input.platform];
    const path = platform.path(input);
    const connections = serviceConnectionNames(v.serviceConnection, tenants);
    return {
      files: [file('pipeline', path, 'yaml', platform.purpose, platform.content(input, v, tenants)), ...credentialFiles(input, v, path, tenants, connections)],
      ...notesAndWarnings(input, v, tenants),
    };
  });
}
