/**
 * Azure Lighthouse offer generator: a subscription-level ARM template (registration definition
 * and registration assignment) with its parameters file, and the command that deploys it.
 *
 * It warns where the delegation would fail (roles Lighthouse refuses) or earn no partner earned
 * credit (no permanent authorisation with a PEC-eligible role).
 */
import {
  REGISTRATION_ASSIGNMENT_DELETE_ROLE,
  ROLE_DATA,
  USER_ACCESS_ADMINISTRATOR_ROLE_ID,
  lighthouseRole,
  type LighthouseRoleOption,
} from '../lighthouseRoles';
import {Checks, file, objectIdCheck, yourValueCheck, type Check, type Generated, type GeneratorResult} from './common';

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#';
export const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
export const MANAGED_SERVICES_API_VERSION = '2022-10-01';

export interface LighthousePrincipal {
  principalId: string;
  displayName: string;
}

export interface LighthouseAuthorization extends LighthousePrincipal {
  roleId: string;
}

export interface LighthouseEligibleAuthorization extends LighthouseAuthorization {
  /** ISO 8601 duration from PT30M to PT8H. */
  maximumActivationDuration: string;
  /** multiFactorAuthProvider: 'Azure' when true, 'None' when false. */
  requireMfa: boolean;
  /** managedByTenantApprovers: at most 10 users or groups. */
  approvers: LighthousePrincipal[];
}

export interface LighthouseInput {
  offerName: string;
  description: string;
  /** Your (managing) tenant. */
  managedByTenantId: string;
  /** Optional: the customer subscription the deployment command targets. */
  subscriptionId?: string;
  authorizations: LighthouseAuthorization[];
  eligibleAuthorizations: LighthouseEligibleAuthorization[];
}

/** Field keys: fixed ones, and `auth.<i>.<field>`, `eligible.<i>.<field>`, `eligible.<i>.approver.<j>.<field>` for list entries. */
export type LighthouseField = string;

export const MAX_APPROVERS = 10;

/** PT30M to PT8H in half-hour steps, as the Lighthouse documentation suggests. */
export const ACTIVATION_DURATIONS: ReadonlyArray<{value: string; label: string}> = Array.from({length: 16}, (_, index) => {
  const minutes = (index + 1) * 30;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const value = `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  const words = [hours ? `${hours} hour${hours > 1 ? 's' : ''}` : '', rest ? `${rest} minutes` : ''].filter(Boolean).join(' ');
  return {value, label: `${words} (${value})`};
});

/** Minutes of an ISO 8601 duration of hours and minutes, or null. */
export function durationMinutes(value: string): number | null {
  const match = /^PT(?:(\d{1,2})H)?(?:(\d{1,3})M)?$/.exec(value);
  if (!match || (!match[1] && !match[2])) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

const checkDuration: Check = (value) => {
  const minutes = durationMinutes(value.toUpperCase());
  return minutes !== null && minutes >= 30 && minutes <= 480
    ? {ok: true, value: value.toUpperCase()}
    : {ok: false, problem: 'The maximum activation duration is an ISO 8601 duration from PT30M (30 minutes) to PT8H (8 hours), for example PT2H.'};
};

const checkText =
  (what: string, max: number): Check =>
  (value) => {
    // Control characters include line breaks, which the portal would show as they are.
    if (/[\u0000-\u001f\u007f]/.test(value)) return {ok: false, problem: `The ${what} must be on one line.`};
    if (value.length > max) return {ok: false, problem: `The ${what} has ${value.length} characters; keep it to ${max}.`};
    return {ok: true, value};
  };

const checkRole: Check = (value) =>
  lighthouseRole(value) ? {ok: true, value: value.toLowerCase()} : {ok: false, problem: 'Pick a built-in role from the list.'};

const PEC_REMINDER =
  'Partner earned credit on delegated resources needs a PAL-linked identity of your managing tenant with a PEC-eligible role in a permanent authorisation. Just-in-time (eligible) authorisations do not count.';

interface Checked {
  offerName: string;
  description: string;
  managedByTenantId: string;
  subscriptionId: string;
  authorizations: Array<LighthouseAuthorization & {role: LighthouseRoleOption}>;
  eligible: Array<LighthouseEligibleAuthorization & {role: LighthouseRoleOption}>;
}

function roleWarnings(roles: LighthouseRoleOption[], eligible: boolean): string[] {
  const where = eligible ? 'an eligible (just-in-time) authorisation' : 'a Lighthouse authorisation';
  const seen = new Set<string>();
  const warnings: string[] = [];
  for (const role of roles) {
    if (seen.has(role.roleId)) continue;
    seen.add(role.roleId);
    switch (role.lighthouse) {
      case 'not-supported':
        warnings.push(`${role.roleName} is not allowed in ${where}: the deployment fails. Contributor is PEC eligible and allowed.`);
        break;
      case 'managed-identities-only':
        warnings.push(
          eligible
            ? `User Access Administrator cannot be used in an eligible authorisation.`
            : 'User Access Administrator is allowed only to assign roles to managed identities, and then needs delegatedRoleDefinitionIds listing the roles it may assign. This generator does not write them: add them to that authorisation by hand, or pick another role.',
        );
        break;
      case 'data-actions':
        warnings.push(`${role.roleName} has DataActions, which Lighthouse does not allow in ${where}: the deployment fails.`);
        break;
      case 'authorization-actions':
        warnings.push(
          `${role.roleName} can write or delete role assignments, role definitions, locks or deny assignments (Microsoft.Authorization), which Lighthouse does not allow in ${where}: the deployment fails.`,
        );
        break;
      case 'unchecked':
        warnings.push(
          `${role.roleName} is not in the role data this site took from Microsoft's built-in role definitions on ${ROLE_DATA.takenOn}, so we cannot tell whether Lighthouse allows it in ${where}. ` +
            'Check its definition in "Azure built-in roles" first: with DataActions, or with write or delete actions on Microsoft.Authorization, the deployment fails.',
        );
        break;
      default:
        break;
    }
  }
  return warnings;
}

type Advised = {
  authorizations: Array<LighthouseAuthorization & {role: LighthouseRoleOption}>;
  eligible: Array<LighthouseEligibleAuthorization & {role: LighthouseRoleOption}>;
};

/**
 * Warnings and notes for the authorisations as they stand, whether or not every field is valid
 * yet: entries without a known role are left out. The form shows them while the reader types.
 */
export function adviseLighthouse(input: Pick<LighthouseInput, 'authorizations' | 'eligibleAuthorizations'>): {warnings: string[]; notes: string[]} {
  const known = <T extends LighthouseAuthorization>(entries: T[], what: string) =>
    entries.flatMap((entry, index) => {
      const role = lighthouseRole(entry.roleId.trim());
      return role
        ? [{...entry, principalId: entry.principalId.trim().toLowerCase(), displayName: entry.displayName.trim() || `${what} ${index + 1}`, roleId: role.roleId, role}]
        : [];
    });
  return analyse({
    authorizations: known(input.authorizations, 'Authorisation'),
    eligible: known(input.eligibleAuthorizations, 'Eligible authorisation').map((entry) => ({
      ...entry,
      maximumActivationDuration: entry.maximumActivationDuration.trim().toUpperCase(),
      approvers: entry.approvers.map((a) => ({...a, principalId: a.principalId.trim().toLowerCase()})),
    })),
  });
}

function analyse(c: Advised): {warnings: string[]; notes: string[]} {
  const warnings: string[] = [];
  const notes: string[] = [];

  const usableForPec = (role: LighthouseRoleOption) => role.eligibility === 'eligible' && role.lighthouse === 'supported';
  if (!c.authorizations.some((auth) => usableForPec(auth.role))) {
    const onlyJit = c.eligible.some((auth) => usableForPec(auth.role));
    warnings.push(
      'No permanent authorisation has a PEC-eligible role that Lighthouse allows, so this delegation earns no partner earned credit. ' +
        'Give your PAL-linked identity (for example the linked automation service principal) a role such as Contributor in the permanent authorisations.' +
        (onlyJit ? ' A PEC-eligible role in an eligible (just-in-time) authorisation does not count.' : ''),
    );
  }

  warnings.push(...roleWarnings(c.authorizations.map((auth) => auth.role), false));
  warnings.push(...roleWarnings(c.eligible.map((auth) => auth.role), true).filter((w) => !warnings.includes(w)));

  const pairs = new Set<string>();
  for (const auth of c.authorizations) {
    const key = `${auth.principalId}/${auth.roleId}`;
    if (pairs.has(key)) warnings.push(`${auth.displayName} is given ${auth.role.roleName} twice: keep one of the two authorisations.`);
    pairs.add(key);
  }

  const permanentPrincipals = new Set(c.authorizations.map((auth) => auth.principalId));
  const policies = new Map<string, string>();
  for (const auth of c.eligible) {
    if (!permanentPrincipals.has(auth.principalId)) {
      warnings.push(
        `${auth.displayName} has an eligible authorisation but no permanent one. Add a permanent authorisation with Reader (or another role that includes read access) for the same principal, or they cannot activate the role in the Azure portal.`,
      );
    }
    const policy = JSON.stringify([auth.maximumActivationDuration, auth.requireMfa, auth.approvers.map((a) => a.principalId).sort()]);
    const earlier = policies.get(auth.roleId);
    if (earlier !== undefined && earlier !== policy) {
      warnings.push(`Eligible authorisations for ${auth.role.roleName} must all have the same access policy (duration, MFA and approvers).`);
    }
    policies.set(auth.roleId, policy);
  }

  notes.push(PEC_REMINDER);
  if (!c.authorizations.some((auth) => auth.roleId === REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId)) {
    notes.push(
      `No authorisation has the ${REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleName}, so only the customer can remove the delegation. Microsoft recommends including it.`,
    );
  }
  if (c.eligible.length > 0) {
    notes.push(
      'Eligible authorisations work for users and groups only, not service principals, and need a Microsoft Entra ID Governance (or P2) licence in your managing tenant.',
    );
  }
  notes.push(
    `What the role list says about Lighthouse comes from Microsoft's published built-in role definitions as they were on ${ROLE_DATA.takenOn}: DataActions, and write or delete actions on Microsoft.Authorization. ` +
      'Microsoft can add DataActions to a role later, and Lighthouse then refuses it in new delegations: check a role\'s definition in "Azure built-in roles" before you rely on it.',
  );
  return {warnings: [...new Set(warnings)], notes};
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

function template(c: Checked): string {
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

function parametersFile(c: Checked): string {
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

export const TEMPLATE_FILE = 'lighthouse-delegation.json';
export const PARAMETERS_FILE = 'lighthouse-delegation.parameters.json';

function deployScript(c: Checked): string {
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

export function generateLighthouse(input: LighthouseInput): GeneratorResult<LighthouseField> {
  const checks = new Checks<LighthouseField>();
  const offerName = checks.take('offerName', input.offerName, checkText('offer name', 200)) ?? '';
  const description = checks.take('description', input.description, checkText('description', 500)) ?? '';
  const managedByTenantId = checks.take('managedByTenantId', input.managedByTenantId, yourValueCheck('tenantId')) ?? '';
  const subscriptionId = checks.take('subscriptionId', input.subscriptionId ?? '', yourValueCheck('subscriptionId'), false) ?? '';

  const principal = (prefix: string, entry: LighthousePrincipal) => ({
    principalId: checks.take(`${prefix}.principalId`, entry.principalId, objectIdCheck) ?? '',
    displayName: checks.take(`${prefix}.displayName`, entry.displayName, checkText('display name', 100)) ?? '',
  });

  if (input.authorizations.length === 0) checks.refuse('authorizations', 'Add at least one permanent authorisation.');
  const authorizations = input.authorizations.map((entry, index) => {
    const roleId = checks.take(`auth.${index}.roleId`, entry.roleId, checkRole) ?? '';
    return {...principal(`auth.${index}`, entry), roleId, role: lighthouseRole(roleId)!};
  });

  const eligible = input.eligibleAuthorizations.map((entry, index) => {
    const prefix = `eligible.${index}`;
    const roleId = checks.take(`${prefix}.roleId`, entry.roleId, checkRole) ?? '';
    if (roleId === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
      checks.refuse(`${prefix}.roleId`, 'User Access Administrator cannot be used in an eligible authorisation.');
    }
    if (entry.approvers.length > MAX_APPROVERS) {
      checks.refuse(`${prefix}.approvers`, `At most ${MAX_APPROVERS} approvers per eligible authorisation.`);
    }
    return {
      ...principal(prefix, entry),
      roleId,
      role: lighthouseRole(roleId)!,
      maximumActivationDuration: checks.take(`${prefix}.maximumActivationDuration`, entry.maximumActivationDuration, checkDuration) ?? '',
      requireMfa: entry.requireMfa,
      approvers: entry.approvers.map((approver, j) => principal(`${prefix}.approver.${j}`, approver)),
    };
  });

  return checks.result((): Generated => {
    const checked: Checked = {offerName, description, managedByTenantId, subscriptionId, authorizations, eligible};
    return {
      files: [
        file(
          'template',
          TEMPLATE_FILE,
          'json',
          'The ARM template, deployed at subscription level: a registration definition with your authorisations, and its assignment to the subscription.',
          template(checked),
        ),
        file('parameters', PARAMETERS_FILE, 'json', 'The parameters file: your offer, your managing tenant and the authorisations.', parametersFile(checked)),
        file('deploy', 'deploy-lighthouse-delegation.sh', 'bash', 'Deploys the delegation in the customer subscription.', deployScript(checked)),
      ],
      ...adviseLighthouse(input),
    };
  });
}
