/**
 * The federated credential that lets a pipeline sign in as the workload identity: for GitHub
 * and GitLab the credential file and the script that adds it; for Azure DevOps, which makes up
 * the issuer and subject itself, a script that reads them from the service connection.
 */
import {file, type GeneratedFile} from '../common';
import type {PipelineInput, PipelineValues} from './options';
import type {PipelineTenant} from './platform';

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

function serviceConnectionSubjectScript(connections: readonly string[]): GeneratedFile {
  const names = connections.map((name) => `name=='${name}'`).join(' || ');
  // With several connections the table names each one.
  const query =
    connections.length > 1
      ? `[?${names}].{name: name, issuer: authorization.parameters.workloadIdentityFederationIssuer, subject: authorization.parameters.workloadIdentityFederationSubject}`
      : `[?${names}].authorization.parameters.{issuer: workloadIdentityFederationIssuer, subject: workloadIdentityFederationSubject}`;
  return file(
    'subject',
    'read-service-connection-subject.sh',
    'bash',
    connections.length > 1
      ? `Azure DevOps makes up the issuer and subject of each service connection itself. This reads them for all ${connections.length} connections, so that the federated credential on each tenant's identity can match its connection exactly.`
      : 'Azure DevOps makes up the issuer and subject of the service connection itself. This reads them, so that the federated credential on the identity can match them exactly.',
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

/** The commands that add the credential for each identity, signed in to its tenant in turn. */
function perTenantRegistration(tenants: readonly PipelineTenant[]): string[] {
  const lines = [
    `# The same credential goes on the identity of each of the ${tenants.length} tenants. Every`,
    '# az login opens a sign-in: sign in as an owner of that app (or an Application Administrator).',
  ];
  const clients = [...new Set(tenants.map((tenant) => tenant.clientId))];
  for (const clientId of clients) {
    const users = tenants.filter((tenant) => tenant.clientId === clientId);
    lines.push('');
    if (users.length === 1) {
      lines.push(`# Tenant ${users[0].tenantId}: app ${clientId}`);
    } else {
      lines.push(
        `# Tenants ${users.map((tenant) => tenant.tenantId).join(', ')} all sign in with app ${clientId}.`,
        '# An app takes each issuer and subject combination once, so the credential is added once,',
        `# in the tenant where the app is registered: change the tenant below if that is not ${users[0].tenantId}.`,
      );
    }
    lines.push(
      `az login --tenant "${users[0].tenantId}" --allow-no-subscriptions --output none`,
      `az ad app federated-credential create --id "${clientId}" --parameters credential.json`,
      `az ad app federated-credential list --id "${clientId}" --query "[].{name:name, subject:subject}" --output table`,
    );
  }
  return lines;
}

/**
 * The files that set up the identity's trust in the pipeline written to `pipelinePath`: for
 * several tenants, the credential is the same (the subject does not name the tenant), and the
 * script adds it to the identity of each tenant.
 */
export function credentialFiles(input: PipelineInput, v: PipelineValues, pipelinePath: string, tenants: readonly PipelineTenant[], connections: readonly string[]): GeneratedFile[] {
  if (input.platform === 'azure-devops') return [serviceConnectionSubjectScript(connections)];
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
  const several = tenants.length > 1;
  const who = platform === 'github' ? (several ? 'the jobs of this workflow' : 'this workflow') : several ? 'these jobs' : 'this job';
  return [
    file(
      'credential',
      'credential.json',
      'json',
      `The federated credential that lets ${who} sign in as the identity: its issuer, subject and audience match the ID token exactly.${several ? ' Every tenant\'s job presents the same token, so the same credential serves every tenant.' : ''}`,
      JSON.stringify(credential, null, 2),
    ),
    file(
      'register',
      'add-federated-credential.sh',
      'bash',
      several
        ? `Adds the credential to the identity in each of the ${tenants.length} tenants, one tenant after another. Run it next to credential.json.`
        : 'Adds the credential to the app registration. Run it next to credential.json, signed in to the customer tenant as an owner of the app (or an Application Administrator).',
      [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '',
        ...(several
          ? perTenantRegistration(tenants)
          : [
              `az ad app federated-credential create --id "${v.clientId}" --parameters credential.json`,
              '',
              '# Check: the new credential is listed with the subject the pipeline presents',
              `az ad app federated-credential list --id "${v.clientId}" --query "[].{name:name, subject:subject}" --output table`,
            ]),
      ].join('\n'),
    ),
  ];
}
