import type {BrowserContext, Route} from '@playwright/test';
import {base64url, makeJwt} from './jwt';
import type {EntraError, FakeTenant, FakeUser, Scenario} from './scenario';

interface IssuedCode {
  nonce?: string;
  tenantId: string;
  scope: string;
  user: FakeUser;
}

export interface AuthorizeRecord {
  tenant: string;
  prompt?: string;
  loginHint?: string;
}

export interface TokenRecord {
  tenant: string;
  grantType: string;
}

export interface LogoutRecord {
  tenant: string;
  postLogoutRedirectUri?: string;
}

/**
 * Microsoft Entra ID as MSAL sees it: authorize (302 back to the redirect URI with a code),
 * token (authorization code and refresh token grants) for any tenant path, and logout (302
 * back to the post-logout redirect URI). Tokens are for `scenario.user` at sign-in; a refresh
 * token keeps answering for the user it was issued to, even after the scenario's user changes.
 */
export class FakeEntra {
  readonly authorizeRequests: AuthorizeRecord[] = [];
  readonly tokenRequests: TokenRecord[] = [];
  readonly logoutRequests: LogoutRecord[] = [];
  /** Token requests answered so far (held ones are answered when released). */
  tokenAnswers = 0;
  /** Whether a Microsoft sign-in session exists in the browser (an interactive sign-in, until logout). */
  microsoftSession = false;
  /** Users that tokens were issued to, by username. */
  private readonly users = new Map<string, FakeUser>();
  /** Tenants where the user completed an interactive sign-in. */
  private readonly interactive = new Set<string>();
  private readonly codes = new Map<string, IssuedCode>();
  private counter = 0;
  /** Show a sign-in page that never answers, as when the reader walks away from it. */
  holdAuthorize = false;
  /** Milliseconds every answer takes, as over a real network (benchmarks). */
  latencyMs = 0;
  /** While set, token requests are recorded and then wait for it before they are answered. */
  holdTokens: Promise<void> | null = null;
  /** The same for refresh-token requests only (tenant tokens); sign-ins still go through. */
  holdRefreshTokens: Promise<void> | null = null;
  /** Refresh-token requests for these tenants are answered 429 (AADSTS90055) this many more times each. */
  readonly throttleTokens = new Map<string, number>();
  /** Token requests answered 429 so far. */
  throttledTokens = 0;

  constructor(private readonly scenario: Scenario) {}

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://login.microsoftonline.com/**', (route) => this.handle(route));
  }

  /** Resolves `organizations`, a GUID or a domain to a tenant. */
  private resolve(path: string): FakeTenant | 'home' | undefined {
    if (['organizations', 'common'].includes(path)) return 'home';
    return this.scenario.tenants.find((t) => t.tenantId === path.toLowerCase() || t.defaultDomain === path.toLowerCase());
  }

  private async handle(route: Route): Promise<void> {
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const url = new URL(route.request().url());
    const match = url.pathname.match(/^\/([^/]+)\/oauth2\/v2\.0\/(authorize|token|logout)$/);
    if (!match) {
      await route.fulfill({status: 404, contentType: 'application/json', body: JSON.stringify({error: 'not_found'}), headers: cors()});
      return;
    }
    const [, tenantPath, endpoint] = match;
    if (endpoint === 'authorize') await this.authorize(route, url, tenantPath);
    else if (endpoint === 'logout') await this.logout(route, url, tenantPath);
    else await this.token(route, tenantPath);
  }

  /** Ends the Microsoft session and returns to the post-logout page with the request's state. */
  private async logout(route: Route, url: URL, tenantPath: string): Promise<void> {
    const back = url.searchParams.get('post_logout_redirect_uri') ?? undefined;
    this.logoutRequests.push({tenant: tenantPath, postLogoutRedirectUri: back});
    this.microsoftSession = false;
    if (!back) {
      await route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>Signed out</title><p>You signed out of your account.</p>'});
      return;
    }
    const state = url.searchParams.get('state');
    await route.fulfill({status: 302, headers: {location: state ? `${back}?${new URLSearchParams({state})}` : back}});
  }

  private async authorize(route: Route, url: URL, tenantPath: string): Promise<void> {
    const params = url.searchParams;
    const redirectUri = params.get('redirect_uri') ?? '';
    const state = params.get('state') ?? '';
    const separator = params.get('response_mode') === 'query' ? '?' : '#';
    this.authorizeRequests.push({tenant: tenantPath, prompt: params.get('prompt') ?? undefined, loginHint: params.get('login_hint') ?? undefined});
    const back = (values: Record<string, string>) =>
      route.fulfill({status: 302, headers: {location: `${redirectUri}${separator}${new URLSearchParams(values).toString()}`}});

    if (this.holdAuthorize) {
      await route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in</title><p>Pick an account</p>'});
      return;
    }
    const user = this.scenario.user;
    const tenant = this.resolve(tenantPath);
    if (!tenant) {
      await back({error: 'invalid_request', error_description: `AADSTS90002: Tenant '${tenantPath}' not found.`, state});
      return;
    }
    const resolved = tenant === 'home' ? this.homeTenant(user) : tenant;
    const refusal = resolved.authorizeError ?? this.membershipError(resolved, user);
    if (refusal) {
      await back({error: refusal.error, error_description: refusal.description, state});
      return;
    }
    this.interactive.add(resolved.tenantId);
    this.microsoftSession = true;
    this.users.set(user.username, user);
    const code = `code-${++this.counter}`;
    this.codes.set(code, {nonce: params.get('nonce') ?? undefined, tenantId: resolved.tenantId, scope: params.get('scope') ?? '', user});
    await back({code, client_info: this.clientInfo(user), state, session_state: 'fake-session'});
  }

  private async token(route: Route, tenantPath: string): Promise<void> {
    const form = new URLSearchParams(route.request().postData() ?? '');
    const grantType = form.get('grant_type') ?? '';
    const record: TokenRecord = {tenant: tenantPath, grantType};
    this.tokenRequests.push(record);
    if (this.holdTokens) await this.holdTokens;
    if (this.holdRefreshTokens && grantType === 'refresh_token') await this.holdRefreshTokens;
    const throttle = this.throttleTokens.get(tenantPath) ?? 0;
    if (grantType === 'refresh_token' && throttle > 0) {
      this.throttleTokens.set(tenantPath, throttle - 1);
      this.throttledTokens += 1;
      await route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: {...cors(), 'Retry-After': '1'},
        body: JSON.stringify({
          error: 'temporarily_unavailable',
          error_description: 'AADSTS90055: TenantThrottlingError - There are too many incoming requests. Please try again later.',
          error_codes: [90055],
          timestamp: new Date().toISOString(),
          trace_id: 'fake-trace',
          correlation_id: 'fake-correlation',
        }),
      });
      this.tokenAnswers += 1;
      return;
    }
    await this.answerToken(route, tenantPath, form, grantType);
    this.tokenAnswers += 1;
  }

  private async answerToken(route: Route, tenantPath: string, form: URLSearchParams, grantType: string): Promise<void> {
    const clientId = form.get('client_id') ?? '';
    if (grantType === 'authorization_code') {
      const issued = this.codes.get(form.get('code') ?? '');
      if (!issued) return this.tokenError(route, {error: 'invalid_grant', description: 'AADSTS70000: The provided code is not valid.'});
      this.codes.delete(form.get('code') ?? '');
      return this.tokens(route, clientId, issued.user, issued.tenantId, issued.scope, issued.nonce);
    }
    if (grantType === 'refresh_token') {
      const user = this.refreshTokenUser(form.get('refresh_token') ?? '');
      if (!user) return this.tokenError(route, {error: 'invalid_grant', description: 'AADSTS70000: The refresh token is not valid.'});
      const tenant = this.resolve(tenantPath);
      if (!tenant) return this.tokenError(route, {error: 'invalid_request', description: `AADSTS90002: Tenant '${tenantPath}' not found.`});
      const resolved = tenant === 'home' ? this.homeTenant(user) : tenant;
      const refusal = this.membershipError(resolved, user) ?? (this.interactive.has(resolved.tenantId) ? undefined : resolved.silentError);
      if (refusal) return this.tokenError(route, refusal);
      return this.tokens(route, clientId, user, resolved.tenantId, form.get('scope') ?? '');
    }
    return this.tokenError(route, {error: 'unsupported_grant_type', description: `AADSTS70003: ${grantType} is not supported here.`});
  }

  /** Refresh tokens are `rt.<username>.<n>`: the user they were issued to. */
  private refreshTokenUser(refreshToken: string): FakeUser | undefined {
    const username = Buffer.from(refreshToken.split('.')[1] ?? '', 'base64url').toString('utf8');
    return this.users.get(username) ?? (username === this.scenario.user.username ? this.scenario.user : undefined);
  }

  private async tokens(route: Route, clientId: string, user: FakeUser, tenantId: string, scope: string, nonce?: string): Promise<void> {
    const oid = user.objectIds[tenantId];
    const now = Math.floor(Date.now() / 1000);
    const idClaims: Record<string, unknown> = {
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: user.name,
      oid,
      preferred_username: user.username,
      sub: `sub-${oid}`,
      tid: tenantId,
      ver: '2.0',
    };
    if (nonce) idClaims.nonce = nonce;
    const accessToken = makeJwt({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      iat: now,
      exp: now + 3600,
      oid,
      tid: tenantId,
      upn: user.username,
      scp: 'user_impersonation',
    });
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: cors(),
      body: JSON.stringify({
        token_type: 'Bearer',
        scope: scope
          .split(' ')
          .filter((s) => s.startsWith('https://management.azure.com/'))
          .join(' ') || 'https://management.azure.com/user_impersonation',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: accessToken,
        refresh_token: `rt.${base64url(user.username)}.${++this.counter}`,
        id_token: makeJwt(idClaims),
        client_info: this.clientInfo(user),
      }),
    });
  }

  private async tokenError(route: Route, error: EntraError): Promise<void> {
    const code = error.description.match(/AADSTS(\d+)/)?.[1];
    await route.fulfill({
      status: 400,
      contentType: 'application/json',
      headers: cors(),
      body: JSON.stringify({
        error: error.error,
        error_description: error.description,
        error_codes: code ? [Number(code)] : [],
        suberror: error.suberror,
        timestamp: new Date().toISOString(),
        trace_id: 'fake-trace',
        correlation_id: 'fake-correlation',
      }),
    });
  }

  private membershipError(tenant: FakeTenant, user: FakeUser): EntraError | undefined {
    if (user.objectIds[tenant.tenantId]) return undefined;
    return {
      error: 'invalid_grant',
      description: `AADSTS50020: User account '${user.username}' from identity provider 'https://sts.windows.net/${user.homeTenantId}/' does not exist in tenant '${tenant.displayName}'.`,
    };
  }

  private homeTenant(user: FakeUser): FakeTenant {
    const home = this.scenario.tenants.find((t) => t.tenantId === user.homeTenantId);
    if (!home) throw new Error('The scenario has no home tenant');
    return home;
  }

  private clientInfo(user: FakeUser): string {
    return base64url(JSON.stringify({uid: user.objectIds[user.homeTenantId], utid: user.homeTenantId}));
  }
}

export function cors(): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'Retry-After, x-ms-request-id, x-ms-correlation-request-id',
  };
}
