import type {PartnerLink, RoleAssignment, SignedInAccount, Subscription, TenantInfo} from '../pal/types';

/**
 * Everything the widgets may ask of Entra ID and Azure Resource Manager, in one small interface.
 * `live/` implements it with MSAL and the Azure SDK, `simulated/` in memory (demo mode, tests).
 * Every method throws `FailureError` (src/pal/failures) and nothing else.
 *
 * `tenant` arguments are a tenant ID or a verified domain; tokens are always requested for
 * that tenant's authority, so a guest acts as the object it is in that tenant.
 */
export interface PalSession {
  readonly mode: 'live' | 'demo';

  /** The signed-in account, or null. */
  account(): SignedInAccount | null;
  /** Called whenever the account changes (sign-in or sign-out, in any widget on the page). */
  subscribe(listener: () => void): () => void;

  /**
   * Interactive sign-in. Resolves with the account, or with null when the browser is
   * leaving the page for a full-page redirect sign-in (`returnTo` identifies the widget).
   */
  signIn(options: {returnTo: string}): Promise<SignedInAccount | null>;
  /**
   * Interactive sign-in for one tenant (MFA, conditional access, consent); same result rules.
   * `popupOnly`: when the browser blocks the window, fail with `popup_window_error` instead of
   * leaving the page (the PAL doctor's walk through several tenants asks for a click then).
   */
  signInToTenant(tenant: string, options: {returnTo: string; popupOnly?: boolean}): Promise<SignedInAccount | null>;
  /** Forgets this site's account and tokens in this browser; the Microsoft sign-in session stays. */
  signOut(): Promise<void>;
  /**
   * After signOut: ends the Microsoft sign-in session in this browser too (shared machines).
   * Resolves with true when done, or false when the browser is leaving for a full-page
   * redirect to Microsoft's sign-out page, which returns to the site's home page. The demo
   * has no Microsoft session: it does nothing.
   */
  signOutOfMicrosoft(): Promise<boolean>;

  /** Tenants the account can reach, home tenant first. */
  listTenants(): Promise<TenantInfo[]>;

  /** The link of the signed-in identity in that tenant, or null when there is none. */
  readLink(tenant: string, options?: CallOptions): Promise<PartnerLink | null>;
  createLink(tenant: string, partnerId: string): Promise<void>;
  changeLink(tenant: string, partnerId: string): Promise<void>;
  removeLink(tenant: string, partnerId: string): Promise<void>;

  /** Who the signed-in account is in that tenant (object ID, user or service principal). */
  identityIn(tenant: string, options?: CallOptions): Promise<TenantIdentity>;
  listSubscriptions(tenant: string, options?: CallOptions): Promise<Subscription[]>;
  /** Assignments held by the object or by groups it belongs to, at and above `scope`. */
  listRoleAssignments(tenant: string, scope: string, objectId: string, options?: CallOptions): Promise<RoleAssignment[]>;
  /** Display name of a role that is not in the PEC table. */
  roleName(tenant: string, scope: string, roleId: string, options?: CallOptions): Promise<string | undefined>;
}

/**
 * For the reads the PAL doctor makes by the hundred. Calls wait their turn (see
 * src/pal/pacer.ts): lower `priority` first; once `signal` aborts, nothing more is sent for
 * them and they reject (a call already on its way finishes).
 */
export interface CallOptions {
  signal?: AbortSignal;
  priority?: number;
}

export interface TenantIdentity {
  tenantId: string;
  objectId: string;
  principalType: 'User' | 'ServicePrincipal';
  displayName?: string;
  username?: string;
}

/** Settings read at build time (docusaurus.config.ts → customFields). */
export interface SessionSettings {
  clientId: string;
  authority: string;
  /** Absolute URL of the tiny page that hands the sign-in answer back to the widget. */
  redirectUri: string;
}
