/** The files of a Lighthouse offer: the ARM template, its parameters file, and the command that deploys it. */
import {MANAGED_SERVICES_API_VERSION, PARAMETERS_FILE, PARAMETERS_SCHEMA, TEMPLATE_FILE, TEMPLATE_SCHEMA, type CheckedLighthouse} from './options';

function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function template(c: CheckedLighthouse): string {
  const hasEligible = c.eligible.length > 0;
  const parameters: Record<string, unknown> = {
    mspOfferName: {type: 'string', metadata: {description: 'Name of the offer, as the customer sees it on the Service providers page.'}},
    mspOfferDescription: {type: 'string', metadata: {description: 'Description of the offer.'}},
    managedByTenantId: {
      type: 'string',
      metadata: {description: 'Your managing tenant: where the principals live and where they are linked to your partner ID.'},
    },
    authorizations: {
      type: 'array',
      metadata: {description: 'Permanent authorisations: principalId, principalIdDisplayName and roleDefinitionId of a built-in role.'},
    },
  };
  if (hasEligible) {
    parameters.eligibleAuthorizations = {
      type: 'array',
      metadata: {description: 'Just-in-time authorisations with their access policy. They do not count for partner earned credit.'},
    };
  }
  const definitionProperties: Record<string, string> = {
    registrationDefinitionName: "[parameters('mspOfferName')]",
    description: "[parameters('mspOfferDescription')]",
    managedByTenantId: "[parameters('managedByTenantId')]",
    authorizations: "[parameters('authorizations')]",
  };
  if (hasEligible) definitionProperties.eligibleAuthorizations = "[parameters('eligibleAuthorizations')]";
  const definitionId = "[resourceId('Microsoft.ManagedServices/registrationDefinitions/', variables('mspRegistrationName'))]";
  return JSON.stringify(
    {
      $schema: TEMPLATE_SCHEMA,
      contentVersion: '1.0.0.0',
      parameters,
      variables: {
        mspRegistrationName: "[guid(parameters('mspOfferName'))]",
        mspAssignmentName: "[guid(parameters('mspOfferName'))]",
      },
      resources: [
        {
          type: 'Microsoft.ManagedServices/registrationDefinitions',
          apiVersion: MANAGED_SERVICES_API_VERSION,
          name: "[variables('mspRegistrationName')]",
          properties: definitionProperties,
        },
        {
          type: 'Microsoft.ManagedServices/registrationAssignments',
          apiVersion: MANAGED_SERVICES_API_VERSION,
          name: "[variables('mspAssignmentName')]",
          dependsOn: [definitionId],
          properties: {registrationDefinitionId: definitionId},
        },
      ],
      outputs: {
        mspOfferName: {type: 'string', value: "[concat('Managed by ', parameters('mspOfferName'))]"},
        authorizations: {type: 'array', value: "[parameters('authorizations')]"},
      },
    },
    null,
    2,
  );
}

export function parametersFile(c: CheckedLighthouse): string {
  const parameters: Record<string, {value: unknown}> = {
    mspOfferName: {value: c.offerName},
    mspOfferDescription: {value: c.description},
    managedByTenantId: {value: c.managedByTenantId},
    authorizations: {
      value: c.authorizations.map((auth) => ({
        principalId: auth.principalId,
        principalIdDisplayName: auth.displayName,
        roleDefinitionId: auth.roleId,
      })),
    },
  };
  if (c.eligible.length > 0) {
    parameters.eligibleAuthorizations = {
      value: c.eligible.map((auth) => ({
        principalId: auth.principalId,
        principalIdDisplayName: auth.displayName,
        roleDefinitionId: auth.roleId,
        justInTimeAccessPolicy: {
          multiFactorAuthProvider: auth.requireMfa ? 'Azure' : 'None',
          maximumActivationDuration: auth.maximumActivationDuration,
          ...(auth.approvers.length > 0
            ? {managedByTenantApprovers: auth.approvers.map((a) => ({principalId: a.principalId, principalIdDisplayName: a.displayName}))}
            : {}),
        },
      })),
    };
  }
  return JSON.stringify({$schema: PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters}, null, 2);
}

export function deployScript(c: CheckedLighthouse): string {
  const name = `lighthouse-${slug(c.offerName) || 'delegation'}`;
  return [
    '#!/usr/bin/env bash',
    '# Run by someone who may create role assignments in the customer subscription (for example its Owner),',
    '# signed in to the CUSTOMER tenant, next to the two JSON files.',
    'set -euo pipefail',
    '',
    'LOCATION="westeurope"',
    ...(c.subscriptionId
      ? [`SUBSCRIPTION_ID="${c.subscriptionId}"`, '', 'az account set --subscription "$SUBSCRIPTION_ID"']
      : ['', '# Deploys to the current subscription: check it first', 'az account show --query "{subscription: name, id: id, tenant: tenantId}" --output table']),
    'az deployment sub create \\',
    `  --name "${name}" \\`,
    '  --location "$LOCATION" \\',
    `  --template-file ${TEMPLATE_FILE} \\`,
    `  --parameters @${PARAMETERS_FILE}`,
  ].join('\n');
}

