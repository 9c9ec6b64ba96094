/**
 * Which built-in roles an Azure Lighthouse authorisation accepts, next to their PEC eligibility.
 *
 * Lighthouse's rules (Microsoft Learn, "Tenants, users, and roles in Azure Lighthouse
 * scenarios"): built-in roles only; Owner is not supported; User Access Administrator only to
 * assign roles to managed identities (with `delegatedRoleDefinitionIds`); roles with DataActions
 * are not supported; roles with write or delete actions on Microsoft.Authorization (role
 * assignments, role definitions, classic administrators, locks, deny assignments) are not supported.
 *
 * The last two come from role-definitions.json, derived from Microsoft's published built-in role
 * definitions by scripts/derive-role-data.mjs. A role missing from that file is not offered as
 * allowed: Microsoft can add DataActions to a role at any time.
 */
import {allPecRoles, eligibilityOf, type Eligibility} from './roles';
import roleDefinitions from './role-definitions.json';
import type {RoleDataFile, RoleFacts} from './roleDefinitionFacts';
import {OWNER_ROLE_ID, USER_ACCESS_ADMINISTRATOR_ROLE_ID} from './roleIds';

export type LighthouseSupport =
  | 'supported'
  | 'not-supported'
  | 'managed-identities-only'
  | 'data-actions'
  | 'authorization-actions'
  /** No definition in role-definitions.json: not known, so not offered as allowed. */
  | 'unchecked';

export {CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID, READER_ROLE_ID, SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID, USER_ACCESS_ADMINISTRATOR_ROLE_ID} from './roleIds';

/** Not in the PEC table, but Microsoft recommends it in every delegation so the partner can end it. */
export const REGISTRATION_ASSIGNMENT_DELETE_ROLE = {
  roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46',
  roleName: 'Managed Services Registration Assignment Delete Role',
} as const;

export const ROLE_DATA: RoleDataFile = roleDefinitions;

const factsById = new Map(ROLE_DATA.roles.map((facts) => [facts.roleDefinitionId, facts] as const));

/** What the role data says about a role, or undefined when it has no definition for it. */
export function roleDefinitionFacts(roleId: string): RoleFacts | undefined {
  return factsById.get(roleId.toLowerCase());
}

/** The rule, given a role's facts (undefined: none in the data). */
export function lighthouseSupportOf(roleId: string, facts: RoleFacts | undefined): LighthouseSupport {
  const id = roleId.toLowerCase();
  if (id === OWNER_ROLE_ID) return 'not-supported';
  // It grants Microsoft.Authorization/*, and is Microsoft's one exception to that rule.
  if (id === USER_ACCESS_ADMINISTRATOR_ROLE_ID) return 'managed-identities-only';
  if (!facts) return 'unchecked';
  if (facts.hasDataActions) return 'data-actions';
  if (facts.lighthouseRefusedActions.length > 0) return 'authorization-actions';
  return 'supported';
}

export function lighthouseSupport(roleId: string): LighthouseSupport {
  return lighthouseSupportOf(roleId, roleDefinitionFacts(roleId));
}

export interface LighthouseRoleOption {
  roleId: string;
  roleName: string;
  eligibility: Eligibility;
  lighthouse: LighthouseSupport;
  /** What the reader sees in the list, e.g. "Contributor — PEC eligible". */
  label: string;
}

const PEC_LABEL: Record<Eligibility, string> = {
  eligible: 'PEC eligible',
  'not-eligible': 'not PEC eligible',
  'not-classified': 'not in the PEC table',
};

const LIGHTHOUSE_LABEL: Record<LighthouseSupport, string> = {
  supported: '',
  'not-supported': ' (not allowed in Lighthouse)',
  'managed-identities-only': ' (Lighthouse: only to assign roles to managed identities)',
  'data-actions': ' (has DataActions: not allowed in Lighthouse)',
  'authorization-actions': ' (has Microsoft.Authorization write/delete: not allowed in Lighthouse)',
  unchecked: ' (not in our role data: check it before using it in Lighthouse)',
};

export function roleOptionLabel(roleName: string, eligibility: Eligibility, lighthouse: LighthouseSupport): string {
  return `${roleName} — ${PEC_LABEL[eligibility]}${LIGHTHOUSE_LABEL[lighthouse]}`;
}

let options: LighthouseRoleOption[] | null = null;

/** The PEC table's roles and the delete role, alphabetically. */
export function lighthouseRoleOptions(): readonly LighthouseRoleOption[] {
  options ??= [
    ...allPecRoles().map((role) => ({roleId: role.roleDefinitionId.toLowerCase(), roleName: role.roleName})),
    {roleId: REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId, roleName: REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleName},
  ]
    .map(({roleId, roleName}) => {
      const eligibility = eligibilityOf(roleId);
      const lighthouse = lighthouseSupport(roleId);
      return {roleId, roleName, eligibility, lighthouse, label: roleOptionLabel(roleName, eligibility, lighthouse)};
    })
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en'));
  return options;
}

export function lighthouseRole(roleId: string): LighthouseRoleOption | undefined {
  const id = roleId.toLowerCase();
  return lighthouseRoleOptions().find((role) => role.roleId === id);
}
