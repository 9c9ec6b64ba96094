import {ACEProvisioningManagementPartnerAPI, type PartnerResponse} from '@azure/arm-managementpartner';
import {SubscriptionClient} from '@azure/arm-resources-subscriptions';
import type {AccountInfo, AuthenticationResult} from '@azure/msal-browser';
import {FailureError, isFailureError} from '../../pal/failures';
import {sortTenants} from '../../pal/tenants';
import type {PartnerLink, SignedInAccount, TenantInfo} from '../../pal/types';
import {Listeners} from '../listeners';
import {rememberSignedIn} from '../hints';
import type {PalSession, SessionSettings, TenantIdentity} from '../session';
import {armCall, clientOptions, credentialFrom} from './armCall';
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

  constructor(private readonly auth: MsalAuth) {
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

  async signInToTenant(tenant: string, {returnTo}: {returnTo: string}): Promise<SignedInAccount | null> {
    return toAccount(await this.auth.signInToTenant(tenant, returnTo));
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
    const client = new SubscriptionClient(credentialFrom(await this.auth.tokenFor(home)), clientOptions);
    const tenants = await armCall('list-tenants', async (abortSignal) => {
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
    });
    return sortTenants(tenants, home);
  }

  async readLink(tenant: string): Promise<PartnerLink | null> {
    const client = await this.partnerClient(tenant);
    try {
      return toLink(await armCall('read-link', (abortSignal) => client.partners.get({abortSignal})));
    } catch (error) {
      // "Not linked" is a state, not an error.
      if (isFailureError(error) && error.failure.kind === 'arm' && error.failure.status === 404) return null;
      throw error;
    }
  }

  async createLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await armCall('create-link', (abortSignal) => client.partner.create(partnerId, {abortSignal}));
  }

  async changeLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await armCall('change-link', (abortSignal) => client.partner.update(partnerId, {abortSignal}));
  }

  async removeLink(tenant: string, partnerId: string): Promise<void> {
    const client = await this.partnerClient(tenant);
    await armCall('remove-link', (abortSignal) => client.partner.delete(partnerId, {abortSignal}));
  }

  async identityIn(tenant: string): Promise<TenantIdentity> {
    return identityFrom(await this.auth.tokenFor(tenant));
  }

  async listSubscriptions(tenant: string) {
    const [{listSubscriptions}, token] = await this.authorization(tenant);
    return listSubscriptions(token);
  }

  async listRoleAssignments(tenant: string, scope: string, objectId: string) {
    const [{listRoleAssignments}, token] = await this.authorization(tenant);
    return listRoleAssignments(token, scope, objectId);
  }

  async roleName(tenant: string, scope: string, roleId: string) {
    const [{readRoleName}, token] = await this.authorization(tenant);
    return readRoleName(token, scope, roleId);
  }

  /** The PAL doctor's extra clients, loaded on its first use, alongside the tenant's token. */
  private authorization(tenant: string) {
    return Promise.all([import(/* webpackChunkName: "pal-authorization" */ './authorization'), this.auth.tokenFor(tenant)]);
  }

  private async partnerClient(tenant: string): Promise<ACEProvisioningManagementPartnerAPI> {
    return new ACEProvisioningManagementPartnerAPI(credentialFrom(await this.auth.tokenFor(tenant)), clientOptions);
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
  return new LiveSession(await MsalAuth.create(settings));
}
