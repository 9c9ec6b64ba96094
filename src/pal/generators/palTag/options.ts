/** What the PAL-tagging script generator takes, its defaults, and the scopes it assigns the role at. */
import {allPecRoles} from '../../roles';
import {SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID} from '../../roleIds';

export type ScopeKind = 'subscriptions' | 'management-group';

export interface SubscriptionScope {
  subscriptionId: string;
  /** Resource group names, separated by commas or spaces; empty for the whole subscription. */
  resourceGroups: string;
}

export interface PalTagInput {
  /** Short name of the partner company, used in the principal's name: pal-<partnerName>. */
  partnerName: string;
  partnerId: string;
  /** The customer tenant. */
  tenantId: string;
  scopeKind: ScopeKind;
  subscriptions: SubscriptionScope[];
  managementGroupId: string;
  roleId: string;
  /** Lifetime of the temporary secret, in whole hours. */
  secretHours: string;
}

/** `partnerName`, `partnerId`, `tenantId`, `roleId`, `secretHours`, `managementGroupId`, `subscriptions`, `sub.<i>.subscriptionId`, `sub.<i>.resourceGroups`. */
export type PalTagField = string;

export const MAX_SECRET_HOURS = 24;

export const PAL_TAG_DEFAULTS: PalTagInput = {
  partnerName: '',
  partnerId: '',
  tenantId: '',
  scopeKind: 'subscriptions',
  subscriptions: [{subscriptionId: '', resourceGroups: ''}],
  managementGroupId: '',
  roleId: SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID,
  secretHours: '2',
};

/** PEC-eligible built-in roles, Support Request Contributor first, then alphabetically. */
export function palTagRoleOptions(): Array<{roleId: string; roleName: string}> {
  return allPecRoles()
    .filter((role) => role.pecEligible)
    .map((role) => ({roleId: role.roleDefinitionId.toLowerCase(), roleName: role.roleName}))
    .sort((a, b) =>
      a.roleId === SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID ? -1 : b.roleId === SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID ? 1 : a.roleName.localeCompare(b.roleName, 'en'),
    );
}

export function splitResourceGroups(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export function scopesOf(kind: ScopeKind, subscriptions: Array<{subscriptionId: string; resourceGroups: string[]}>, managementGroupId: string): string[] {
  if (kind === 'management-group') return [`/providers/Microsoft.Management/managementGroups/${managementGroupId}`];
  const scopes = subscriptions.flatMap(({subscriptionId, resourceGroups}) =>
    resourceGroups.length === 0
      ? [`/subscriptions/${subscriptionId}`]
      : resourceGroups.map((group) => `/subscriptions/${subscriptionId}/resourceGroups/${group}`),
  );
  return [...new Set(scopes)];
}
