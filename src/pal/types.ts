/** Domain types shared by every layer. Plain data: no classes, no Dates from the network. */

/** The PAL link of one identity (object ID) in one tenant. */
export interface PartnerLink {
  partnerId: string;
  partnerName?: string;
  tenantId?: string;
  objectId?: string;
  /** `Active` or `Deleted` as Azure reports it. */
  state?: string;
  /** ISO 8601 timestamps. */
  createdTime?: string;
  updatedTime?: string;
  version?: number;
}

/** `Home` for the account's own directory; Lighthouse shows up as `ProjectedBy` or `ManagedBy`. */
export type TenantCategory = 'Home' | 'ProjectedBy' | 'ManagedBy' | string;

export interface TenantInfo {
  tenantId: string;
  displayName?: string;
  defaultDomain?: string;
  category?: TenantCategory;
}

export interface SignedInAccount {
  /** UPN or e-mail shown to the reader. */
  username: string;
  name?: string;
  homeTenantId: string;
}

export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device' | string;

export interface RoleAssignment {
  /** Role definition GUID (the last segment of roleDefinitionId). */
  roleId: string;
  /** Display name when known (from the PEC table or a role definition lookup). */
  roleName?: string;
  scope: string;
  /** Who holds the assignment: the signed-in principal or a group it belongs to. */
  principalId: string;
  principalType?: PrincipalType;
}

export interface Subscription {
  subscriptionId: string;
  displayName?: string;
  state?: string;
  /** The subscription's own tenant: differs from the token's tenant for Lighthouse delegations. */
  tenantId?: string;
}
