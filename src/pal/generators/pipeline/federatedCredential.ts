/**
 * The federated credential that lets a pipeline sign in as the workload identity: for GitHub
 * and GitLab the credential file and the script that adds it; for Azure DevOps, which makes up
 * the issuer and subject itself, a script that reads them from the service connection.
 */
import {file, type GeneratedFile} from '../common';
import type {PipelineInput, PipelineValues} from './options';

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The federated credential subject a run of the generated pipeline presents, where it is predictable. */
export function federatedSubject(
  input: PipelineInput,
  v: Pick<PipelineValues, 'repository' | 'gitlabProject' | 'branch' | 'environment'>,
): string | null {
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

function serviceConnectionSubjectScript(v: PipelineValues): GeneratedFile {
  const query = `[?name=='${v.serviceConnection}'].authorization.parameters.{issuer: workloadIdentityFederationIssuer, subject: workloadIdentityFederationSubject}`;
  return file(
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
  );
}

/** The files that set up the identity's trust in the pipeline written to `pipelinePath`. */
export function credentialFiles(input: PipelineInput, v: PipelineValues, pipelinePath: string): GeneratedFile[] {
  if (input.platform === 'azure-devops') return [serviceConnectionSubjectScript(v)];
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
