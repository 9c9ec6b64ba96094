import {
  BrowserAuthErrorCodes,
  CacheLookupPolicy,
  LogLevel,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type SilentRequest,
  AuthError,
} from '@azure/msal-browser';
import {FailureError} from '../../pal/failures';
import {isGuid} from '../../pal/tenants';
import {rememberMicrosoftSignOut, rememberReturnTo} from '../hints';
import type {Pacer} from '../../pal/pacer';
import type {CallOptions, SessionSettings} from '../session';
import {authFailure} from './toFailure';

/** Delegated access to Azure Resource Manager as the signed-in user. */
export const ARM_SCOPES = ['https://management.azure.com/user_impersonation'];

function isPopupBlocked(error: unknown): boolean {
  return (
    error instanceof AuthError &&
    (error.errorCode === BrowserAuthErrorCodes.popupWindowError || error.errorCode === BrowserAuthErrorCodes.emptyWindowError)
  );
}

/**
 * A popup, or, when the browser blocks it, a full-page redirect that returns the reader to
 * the widget `returnTo` names (null: MSAL returns elsewhere). Resolves with the popup's
 * result, or with null when the page is leaving for the redirect.
 */
async function popupOrRedirect<T>(
  popup: () => Promise<T>,
  redirect: (() => Promise<void>) | null,
  returnTo: string | null,
  operation: 'sign-in' | 'sign-out' = 'sign-in',
): Promise<{result: T} | null> {
  try {
    return {result: await popup()};
  } catch (error) {
    if (!isPopupBlocked(error) || !redirect) throw authFailure(error, operation);
    if (returnTo) rememberReturnTo(returnTo);
    await redirect().catch((e: unknown) => {
      throw authFailure(e, operation);
    });
    return null;
  }
}

function sameTenant(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function sameAccount(a: AccountInfo, b: AccountInfo): boolean {
  return a.homeAccountId.toLowerCase() === b.homeAccountId.toLowerCase() && a.environment.toLowerCase() === b.environment.toLowerCase();
}

/**
 * MSAL, configured once per page: token cache in sessionStorage (never localStorage), popups
 * with a redirect fallback, and one token per tenant authority.
 */
export class MsalAuth {
  /** Tenants typed as a domain, and the tenant ID Entra ID answered for them. */
  private readonly domainTenants = new Map<string, string>();
  /**
   * Tokens in use, per tenant, in memory only. A check makes several ARM calls per tenant;
   * MSAL's cache lookup scans every cached token, which adds up with dozens of tenants.
   */
  private readonly inUse = new Map<string, Promise<AuthenticationResult>>();
  /** Counts sign-outs, so that a token arriving after one is not kept. */
  private signOuts = 0;
  /** The account signed out last, for "Sign out of Microsoft too". */
  private signedOut: AccountInfo | null = null;
  /**
   * MSAL's active account, kept here: MSAL's getActiveAccount() rebuilds the account's tenant
   * profiles from every cached ID token each time it is asked, which the doctor did once per
   * tenant (about 50 ms each at 500 tenants). Only this class sets the active account.
   */
  private active: AccountInfo | null;

  private constructor(
    private readonly pca: PublicClientApplication,
    private readonly instance: string,
    private readonly redirectUri: string,
    /** Paces silent token requests (host `login`): throttled ones wait and are tried again. */
    readonly pacer: Pacer,
  ) {
    this.active = pca.getActiveAccount();
  }

  static async create(settings: SessionSettings, pacer: Pacer): Promise<MsalAuth> {
    const pca = new PublicClientApplication({
      auth: {clientId: settings.clientId, authority: settings.authority, redirectUri: settings.redirectUri},
      cache: {cacheLocation: 'sessionStorage'},
      // Only errors: MSAL otherwise builds trace messages for every cache lookup, which adds
      // up when the PAL doctor fetches tokens for dozens of tenants at once.
      system: {loggerOptions: {logLevel: LogLevel.Error, piiLoggingEnabled: false}},
    });
    await pca.initialize();
    // Completes a full-page redirect sign-in when this page is where it returned to.
    const returned = await pca.handleRedirectPromise().catch((error: unknown) => {
      throw authFailure(error, 'sign-in');
    });
    if (returned?.account) pca.setActiveAccount(returned.account);
    if (!pca.getActiveAccount()) {
      const [first] = pca.getAllAccounts();
      if (first) pca.setActiveAccount(first);
    }
    return new MsalAuth(pca, new URL(settings.authority).origin, settings.redirectUri, pacer);
  }

  account(): AccountInfo | null {
    return this.active;
  }

  private setActive(account: AccountInfo | null): void {
    this.pca.setActiveAccount(account);
    this.active = account;
  }

  authorityFor(tenant: string): string {
    return `${this.instance}/${encodeURIComponent(tenant)}`;
  }

  async signIn(returnTo: string): Promise<AccountInfo | null> {
    const request = {scopes: ARM_SCOPES, prompt: 'select_account'};
    const result = await popupOrRedirect(
      () => this.pca.loginPopup(request),
      () => this.pca.loginRedirect(request),
      returnTo,
    );
    if (!result) return null;
    this.setActive(result.result.account);
    this.signedOut = null;
    // The sign-in already returned a token for the home tenant: use it.
    this.inUse.set(result.result.tenantId.toLowerCase(), Promise.resolve(result.result));
    return result.result.account;
  }

  /** Interactive token for one tenant: MFA, conditional access or consent that a silent request cannot satisfy. */
  async signInToTenant(tenant: string, returnTo: string, popupOnly = false): Promise<AccountInfo | null> {
    const account = this.requireAccount('sign-in');
    const request = {scopes: ARM_SCOPES, authority: this.authorityFor(tenant), account, loginHint: account.username};
    const result = await popupOrRedirect(
      () => this.pca.acquireTokenPopup(request),
      popupOnly ? null : () => this.pca.acquireTokenRedirect(request),
      returnTo,
    );
    if (!result) return null;
    this.inUse.set(tenant.toLowerCase(), Promise.resolve(result.result));
    return result.result.account;
  }

  /**
   * A token for ARM in that tenant, silently: from the cache, else through the refresh token.
   * No hidden iframe: browsers block its third-party cookies, and a failure here simply means
   * the reader must sign in to that tenant interactively.
   */
  async tokenFor(tenant: string, options?: CallOptions): Promise<AuthenticationResult> {
    const key = tenant.toLowerCase();
    const cached = this.inUse.get(key);
    if (cached) {
      // A request already on its way answers for every call that waits on it: when it fails,
      // they fail with it (asking again at once would only repeat the refusal, or, after a
      // sign-out, ask as whoever signed in since).
      const token = await cached;
      // Five minutes of margin, as MSAL itself keeps before expiry.
      if ((token.expiresOn?.getTime() ?? 0) > Date.now() + 5 * 60_000) return token;
      if (this.inUse.get(key) === cached) this.inUse.delete(key);
    }
    const pending = this.acquire(tenant, options);
    this.inUse.set(key, pending);
    pending.catch(() => {
      if (this.inUse.get(key) === pending) this.inUse.delete(key);
    });
    return pending;
  }

  private async acquire(tenant: string, options?: CallOptions): Promise<AuthenticationResult> {
    const home = this.requireAccount('token');
    const tenantId = this.domainTenants.get(tenant.toLowerCase()) ?? tenant;
    const signOuts = this.signOuts;
    // Before caching a refreshed token, MSAL rebuilds the account's tenant profiles from every
    // cached ID token: quadratic in the tenants, about 0.65 s of main thread for the PAL
    // doctor's 50. `forceCache` (MSAL's refresh-token request option, which the silent
    // request passes through) skips that scan; what the scan guarded, a sign-out while the
    // request was on its way, is handled below. tests/e2e/msal-force-cache-live.spec.ts fails
    // when an MSAL upgrade changes what the option does.
    // `storeInCache` (public): the tenant's access and ID tokens stay in `inUse`, in memory,
    // and never reach sessionStorage. MSAL rewrites its list of token keys with every token it
    // stores, so storing them cost the doctor time in proportion to the tenants already done;
    // the refresh token it rotates is still stored, so a reload keeps the session.
    const request: SilentRequest & {forceCache: boolean} = {
      scopes: ARM_SCOPES,
      account: this.accountIn(tenantId, home),
      authority: this.authorityFor(tenantId),
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      forceCache: true,
      storeInCache: {accessToken: false, idToken: false, refreshToken: true},
    };
    let result: AuthenticationResult;
    const call = {host: 'login', scope: `login|${tenantId.toLowerCase()}`, priority: options?.priority ?? 0, signal: options?.signal};
    result = await this.pacer.run(call, () =>
      this.pca.acquireTokenSilent(request).catch((error: unknown) => {
        throw authFailure(error, 'token');
      }),
    );
    if (this.signOuts !== signOuts) {
      // The reader signed out meanwhile: the token must not outlive the sign-out.
      await this.dropLateTokens(home);
      throw new FailureError({kind: 'auth', operation: 'token', code: 'no_account_error'});
    }
    if (result.tenantId && result.tenantId !== tenantId) this.domainTenants.set(tenant.toLowerCase(), result.tenantId);
    return result;
  }

  /**
   * MSAL looks tokens up by the account's tenant before the authority's, so a request for
   * another tenant must carry that tenant. The home account with the tenant swapped in is
   * enough (and spares a scan of MSAL's account cache per tenant); for a typed domain the
   * tenant is left empty so that MSAL takes it from the authority.
   */
  private accountIn(tenantId: string, home: AccountInfo): AccountInfo {
    if (sameTenant(tenantId, home.tenantId)) return home;
    return {...home, tenantId: isGuid(tenantId) ? tenantId : '', idToken: undefined, idTokenClaims: undefined};
  }

  /**
   * MSAL cached the tokens of a request that was on its way when the reader signed out. They
   * belong to the account signed out, and go; whoever signed in since keeps their session. If
   * that is the same account again, the tokens are its own and stay.
   */
  private async dropLateTokens(requestedFor: AccountInfo): Promise<void> {
    const now = this.active;
    if (now && sameAccount(now, requestedFor)) return;
    await this.pca.clearCache({account: requestedFor});
  }

  /** Forgets every account and token in this browser session; nothing is sent to Entra ID. */
  async signOut(): Promise<void> {
    this.signOuts += 1;
    this.signedOut = this.account() ?? this.signedOut;
    this.inUse.clear();
    await this.pca.clearCache();
    this.setActive(null);
  }

  /**
   * Ends the Microsoft sign-in session in this browser too (Entra ID's sign-out page), in a
   * popup that returns to the redirect bridge, or as a full-page redirect when popups are
   * blocked. Resolves with false when the page is leaving for that redirect.
   */
  async signOutOfMicrosoft(): Promise<boolean> {
    const request = {account: this.signedOut ?? undefined, postLogoutRedirectUri: this.redirectUri};
    const done = await popupOrRedirect(
      () => this.pca.logoutPopup(request),
      () => {
        // MSAL returns from a sign-out redirect to the home page, not to the widget, whose
        // widget then says what happened.
        rememberMicrosoftSignOut();
        return this.pca.logoutRedirect(request);
      },
      null,
      'sign-out',
    );
    this.signedOut = null;
    return done !== null;
  }

  private requireAccount(operation: 'sign-in' | 'token'): AccountInfo {
    const account = this.account();
    if (!account) throw new FailureError({kind: 'auth', operation, code: 'no_account_error'});
    return account;
  }
}
