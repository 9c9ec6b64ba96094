/**
 * A page with nothing but the real MSAL library, for msal-force-cache-live.spec.ts. Bundled
 * by the test with esbuild and served on the site's origin (where the redirect bridge is).
 */
import {CacheLookupPolicy, PublicClientApplication, type AccountInfo, type SilentRequest} from '@azure/msal-browser';

const SCOPES = ['https://management.azure.com/user_impersonation'];

const pca = new PublicClientApplication({
  auth: {
    clientId: '00000000-0000-4000-8000-00000000c11e',
    authority: 'https://login.microsoftonline.com/organizations',
    redirectUri: new URL('/auth/redirect.html', window.location.origin).href,
  },
  cache: {cacheLocation: 'sessionStorage'},
});
let home: AccountInfo | null = null;
let pending: Promise<unknown> | null = null;

const harness = {
  async signIn(): Promise<string> {
    await pca.initialize();
    const result = await pca.loginPopup({scopes: SCOPES});
    home = result.account;
    pca.setActiveAccount(home);
    return home.homeAccountId;
  },
  /** Starts a silent token request for another tenant, as MsalAuth makes them. */
  startTenantToken(tenantId: string, forceCache: boolean): void {
    if (!home) throw new Error('sign in first');
    const request: SilentRequest & {forceCache?: boolean} = {
      scopes: SCOPES,
      account: {...home, tenantId, idToken: undefined, idTokenClaims: undefined},
      authority: `https://login.microsoftonline.com/${tenantId}`,
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
    };
    if (forceCache) request.forceCache = true;
    pending = pca.acquireTokenSilent(request).then((result) => result.tenantId);
  },
  finishTenantToken(): Promise<unknown> {
    return pending ?? Promise.reject(new Error('nothing pending'));
  },
  /** What a sign-out does: every account and token gone from the cache. */
  clearCache(): Promise<void> {
    return pca.clearCache();
  },
  /** Access tokens in the cache, by the tenant (realm) they are for. */
  accessTokenTenants(): string[] {
    return Object.values(sessionStorage)
      .flatMap((value) => {
        try {
          const entry = JSON.parse(value) as {credentialType?: string; realm?: string};
          return entry.credentialType === 'AccessToken' && entry.realm ? [entry.realm] : [];
        } catch {
          return [];
        }
      })
      .sort();
  },
};

(window as unknown as {harness: typeof harness}).harness = harness;
document.body.dataset.ready = 'true';
