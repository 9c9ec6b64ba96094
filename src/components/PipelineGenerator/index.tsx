import React, {useState, type ReactNode} from 'react';
import {
  ACTIONS,
  PIPELINE_DEFAULTS,
  PLATFORMS,
  TOOLS,
  TRIGGERS,
  generatePipeline,
  pipelineFields,
  type PalAction,
  type PipelineField,
  type PipelineInput,
  type Platform,
  type Tool,
  type Trigger,
} from '../../pal/generators/pipeline';
import FieldsetUntilHydrated from '../FieldsetUntilHydrated';
import {PARTNER_ID_HINT} from '../../pal/partnerId';
import {useStoredDefault, type StoredDefault} from '../../hooks/useStoredDefault';
import {ChoiceGroup, TextField} from '../GeneratorKit/fields';
import {GeneratorFrame, GeneratorOutput} from '../GeneratorKit/output';
import generatorStyles from '../GeneratorKit/styles.module.css';
import styles from './styles.module.css';

const LABELS: Record<PipelineField, string> = {
  partnerId: 'Partner ID',
  tenantId: 'Tenant IDs',
  clientId: 'Client ID',
  repository: 'Repository',
  gitlabProject: 'GitLab project path',
  branch: 'Branch',
  environment: 'Environment',
  serviceConnection: 'Service connection',
  cron: 'Schedule (cron, UTC)',
};

const HINTS: Record<PipelineField, ReactNode> = {
  partnerId: PARTNER_ID_HINT,
  tenantId:
    "The customers' directory (tenant) IDs, one per line or separated by commas: where the link is made, with one job per tenant. Each job signs in with the Client ID below, unless you write that tenant as tenant ID=client ID for an identity of its own there.",
  clientId: 'The application (client) ID of the app registration or user-assigned managed identity the pipeline signs in as. Tenants written as tenant ID=client ID use their own instead.',
  repository: 'The GitHub repository the workflow runs in, as owner/name.',
  gitlabProject: 'The project the pipeline runs in, as group/project or group/subgroup/project.',
  branch: 'The branch the pipeline runs from. It is part of the federated credential subject.',
  environment: 'A GitHub environment for the job, for example pal. With one, the subject names the environment instead of the branch.',
  serviceConnection: 'The Azure Resource Manager service connection that uses workload identity federation.',
  cron: 'Five fields: minute, hour, day of month, month, day of week. 0 6 * * 1 runs on Mondays at 06:00 UTC.',
};

/** On Azure DevOps the service connection decides the tenant: the list only splits the pipeline. */
const AZURE_DEVOPS_TENANTS_HINT =
  'With two or more directory (tenant) IDs, one per line or separated by commas, the pipeline gets one job per tenant, each with its own service connection: the name below plus the start of the tenant ID. Optional: with one or none, the service connection below decides the tenant.';

/** Writes a complete OIDC pipeline that manages the Partner Admin Link, with its federated credential. */
export default function PipelineGenerator(): ReactNode {
  const [platform, setPlatform] = useState<Platform>(PIPELINE_DEFAULTS.platform);
  const [tool, setTool] = useState<Tool>(PIPELINE_DEFAULTS.tool);
  const [action, setAction] = useState<PalAction>(PIPELINE_DEFAULTS.action);
  const [trigger, setTrigger] = useState<Trigger>(PIPELINE_DEFAULTS.trigger);
  const partnerId = useStoredDefault('partnerId');
  const tenantId = useStoredDefault('tenantId');
  const clientId = useStoredDefault('clientId');
  const repository = useStoredDefault('repository');
  // The fields that hold one of the reader's values (Your values).
  const stored: Partial<Record<PipelineField, StoredDefault>> = {partnerId, tenantId, clientId, repository};
  const [other, setOther] = useState({
    gitlabProject: PIPELINE_DEFAULTS.gitlabProject,
    branch: PIPELINE_DEFAULTS.branch,
    environment: PIPELINE_DEFAULTS.environment,
    serviceConnection: PIPELINE_DEFAULTS.serviceConnection,
    cron: PIPELINE_DEFAULTS.cron,
  });

  const input: PipelineInput = {
    platform,
    tool,
    action,
    trigger,
    partnerId: partnerId.value,
    tenantId: tenantId.value,
    clientId: clientId.value,
    repository: repository.value,
    ...other,
  };
  const result = generatePipeline(input);

  return (
    <GeneratorFrame label="Pipeline generator">
      <FieldsetUntilHydrated className={generatorStyles.options}>
        <legend className={generatorStyles.legend}>Pipeline options</legend>
        <div className={styles.choices}>
          <ChoiceGroup legend="Platform" options={PLATFORMS} value={platform} onChange={setPlatform} />
          <ChoiceGroup legend="Tool" options={TOOLS} value={tool} onChange={setTool} />
          <ChoiceGroup legend="Action" options={ACTIONS} value={action} onChange={setAction} />
          <ChoiceGroup legend="Trigger" options={TRIGGERS} value={trigger} onChange={setTrigger} />
        </div>
        <div className={generatorStyles.form}>
          {pipelineFields(platform, trigger).map((field) => {
            const own = stored[field];
            return (
              <TextField
                key={field}
                label={LABELS[field]}
                value={input[field]}
                onChange={own ? own.set : (text) => setOther((current) => ({...current, [field]: text}))}
                fromYourValues={own?.fromYourValues}
                hint={field === 'tenantId' && platform === 'azure-devops' ? AZURE_DEVOPS_TENANTS_HINT : HINTS[field]}
                problem={result.problems[field]}
                optional={field === 'environment'}
                rows={field === 'tenantId' ? 3 : undefined}
                inputMode={field === 'partnerId' ? 'numeric' : 'text'}
              />
            );
          })}
        </div>
      </FieldsetUntilHydrated>
      <GeneratorOutput result={result} labelOf={(field) => LABELS[field]} />
    </GeneratorFrame>
  );
}
