import {ACEProvisioningManagementPartnerAPI, type PartnerResponse} from '@azure/arm-managementpartner';
import {SubscriptionClient} from '@azure/arm-resources-subscriptions';
import type {AccountInfo, AuthenticationResult} from '@azure/msal-browser';
import {FailureError, isFailureError} from '../../pal/failures';
import {sortTenants} from '../../pal/tenants';
import type {PartnerLink, SignedInAccount, TenantInfo} from '../../pal/types';
import {Listeners} from '../listeners';
import {rememberSignedIn} from '../hints';
import type {CallOptions, PalSession, SessionSettings, TenantIdentity} from '../session';
import type {Pacer} from '../../pal/pacer';
import {createPacer} from './pacing';
import {armCall, clientOptions, credentialFrom, pagedClientOptions} from './armCall';
import {MsalAuth} from './msalAuth';

function toAccount(account: AccountInfo | null): SignedInAccount | null {
  if (!account) return null;
  return {username: account.username, name: account.name, homeTenantId: account.tenantId};
}

function toLink(response: PartnerResponse): PartnerLink {
  return {
    partnerId: response.partnerId ?? response.name ?? '',
    partnerName: response.partnerName,
    tenantId: response.tenantId,
    objectId: response.objectId,
    state: response.state,
    createdTime: response.createdTime?.toISOString(),
    updatedTime: response.updatedTime?.toISOString(),
    version: response.version,
  };
}

/** The real thing: MSAL for tokens, the Azure SDK for Azure Resource Manager. */
export class LiveSession implements PalSession {
  readonly mode = 'live' as const;
  private readonly listeners = new Listeners();

  constructor(
    private readonly auth: MsalAuth,
    private readonly pacer: Pacer = auth.pacer,
  ) {
    rememberSignedIn(!!auth.account());
  }

  account(): SignedInAccount | null {
    return toAccount(this.auth.account());
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  async signIn({returnTo}: {returnTo: string}): Promise<SignedInAccount | null> {
    const account = await this.auth.signIn(returnTo);
    if (account) this.changed();
    return toAccount(account);
  }

  async signInToTenant(tenant: string, {returnTo, popupOnly = false}: {returnTo: string; popupOnly?: boolean}): Promise<SignedInAccount | null> {
    return toAccount(await this.auth.signInToTenant(tenant, returnTo, popupOnly));
  }

  async signOut(): Promise<void> {
    await this.auth.signOut();
    this.changed();
  }

  signOutOfMicrosoft(): Promise<boolean> {
    // A redirect comes back to the home page, not to a widget (see MsalAuth).
    return this.auth.signOutOfMicrosoft();
  }

  async listTenants(): Promise<TenantInfo[]> {
    const home = this.requireAccount().homeTenantId;
    const client = new SubscriptionClient(credentialFrom(await this.auth.tokenFor(home)), pagedClientOptions);
    const tenants = await this.arm(home, undefined, () => armCall('list-tenants', async (abortSignal) => {
      const found: TenantInfo[] = [];
      for await (const tenant of client.tenants.list({abortSignal})) {
        if (!tenant.tenantId) continue;
        found.push({
          tenantId: tenant.tenantId,
          displayName: tenant.displayName,
          defaultDomain: tenant.defaultDomain,
          category: tenant.tenantCategory,
        });
      }
      return found;
    }));
    return sortTenants(tenants, home);
  }

  async readLink(tenant: string, options?: CallOptions): Promise<PartnerLink | null> {
    const client = await this.partnerClient(tenant, options);
    try {
      return toLink(await this.arm(tenant, options, () => armCall('read-link', (abortSignal) => client.partners.get({abortSignal}))));
    } catch (error) {
      // "Not linked" is a state, not an error.
      if (isFailureError(error) && error.failure.kind === 'arm' && error.failure.status === 404) return null;
      throw error;
    }
  }

  async createLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await this.arm(tenant, undefined, () => armCall('create-link', (abortSignal) => client.partner.create(partnerId, {abortSignal})));
  }

  async changeLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await this.arm(tenant, undefined, () => armCall('change-link', (abortSignal) => client.partner.update(partnerId, {abortSignal})));
  }

  async removeLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await this.arm(tenant, undefined, () => armCall('remove-link', (abortSignal) => client.partner.delete(partnerId, {abortSignal})));
  }

  async identityIn(tenant: string, options?: CallOptions): Promise<TenantIdentity> {
    return identityFrom(await this.auth.tokenFor(tenant, options));
  }

  async listSubscriptions(tenant: string, options?: CallOptions) {
    const [{listSubscriptions}, token] = await this.authorization(tenant, options);
    return this.arm(tenant, options, () => listSubscriptions(token));
  }

  async listRoleAssignments(tenant: string, scope: string, objectId: string, options?: CallOptions) {
    const [{listRoleAssignments}, token] = await this.authorization(tenant, options);
    return this.arm(tenant, options, () => listRoleAssignments(token, scope, objectId), scope);
  }

  async roleName(tenant: string, scope: string, roleId: string, options?: CallOptions) {
    const [{readRoleName}, token] = await this.authorization(tenant, options);
    return this.arm(tenant, options, () => readRoleName(token, scope, roleId), scope);
  }

  /**
   * One ARM call, paced (src/pal/pacer.ts): it waits for room under ARM's adaptive limit, and
   * a throttled answer is retried after the wait Azure asked for. The wait applies to the
   * subscription when the call is about one, else to the tenant.
   */
  private arm<T>(tenant: string, options: CallOptions | undefined, call: () => Promise<T>, scope?: string): Promise<T> {
    const subscription = scope?.match(/^\/subscriptions\/([^/]+)/i)?.[1];
    const key = `arm|${tenant.toLowerCase()}${subscription ? `|${subscription.toLowerCase()}` : ''}`;
    return this.pacer.run({host: 'arm', scope: key, priority: options?.priority ?? 0, signal: options?.signal}, call);
  }

  /** The PAL doctor's extra clients, loaded on its first use, alongside the tenant's token. */
  private authorization(tenant: string, options?: CallOptions) {
    return Promise.all([import(/* webpackChunkName: "pal-authorization" */ './authorization'), this.auth.tokenFor(tenant, options)]);
  }

  private async partnerClient(tenant: string, options?: CallOptions): Promise<ACEProvisioningManagementPartnerAPI> {
    return new ACEProvisioningManagementPartnerAPI(credentialFrom(await this.auth.tokenFor(tenant, options)), clientOptions);
  }

  private requireAccount(): SignedInAccount {
    const account = this.account();
    if (!account) throw new FailureError({kind: 'auth', operation: 'token', code: 'no_account_error'});
    return account;
  }

  private changed(): void {
    rememberSignedIn(!!this.auth.account());
    this.listeners.notify();
  }
}

function identityFrom(token: AuthenticationResult): TenantIdentity {
  const claims = (token.idTokenClaims ?? {}) as {oid?: string; tid?: string; name?: string; preferred_username?: string};
  return {
    tenantId: token.tenantId || claims.tid || '',
    objectId: token.uniqueId || claims.oid || '',
    principalType: 'User',
    displayName: claims.name ?? token.account?.name,
    username: claims.preferred_username ?? token.account?.username,
  };
}

export async function createLiveSession(settings: SessionSettings): Promise<PalSession> {
  return new LiveSession(await MsalAuth.create(settings, createPacer()));
}
