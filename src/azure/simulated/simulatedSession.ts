import {FailureError, type Failure, type Operation} from '../../pal/failures';
import {sortTenants} from '../../pal/tenants';
import type {PartnerLink, RoleAssignment, SignedInAccount, Subscription, TenantInfo} from '../../pal/types';
import {sessionStore} from '../../browser/sessionStore';
import {rememberSignedIn} from '../hints';
import {Listeners} from '../listeners';
import type {CallOptions, PalSession, TenantIdentity} from '../session';
import {CallAbortedError} from '../../pal/pacer';
import {DEMO_ACCOUNT, DEMO_PARTNER_NAMES, DEMO_REFUSED_PARTNER_ID, demoTenants, type DemoTenant} from './demoTenants';

/** What the demo remembers for the browser session, so it survives moving between pages. */
interface DemoState {
  signedIn: boolean;
  links: Record<string, PartnerLink | null>;
  /** Tenants where the reader completed the interactive sign-in the demo asks for. */
  interactive: string[];
}

const STATE_KEY = 'pal-guide.demo-state';

export interface SimulatedOptions {
  /** Milliseconds each call takes, so the interface shows its progress states. */
  latencyMs?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/**
 * Demo mode: the same interface as the live session over in-memory tenants.
 * Sends nothing anywhere; every state and several failures can be tried out.
 */
export class SimulatedSession implements PalSession {
  readonly mode = 'demo' as const;
  private readonly listeners = new Listeners();
  private readonly tenants = demoTenants();
  private readonly latencyMs: number;
  private readonly storage: SimulatedOptions['storage'];
  private state: DemoState;

  constructor(options: SimulatedOptions = {}) {
    this.latencyMs = options.latencyMs ?? 250;
    this.storage = options.storage === undefined ? sessionStore() : options.storage;
    this.state = this.load();
  }

  account(): SignedInAccount | null {
    return this.state.signedIn ? {...DEMO_ACCOUNT} : null;
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  async signIn(): Promise<SignedInAccount> {
    await this.wait();
    this.state.signedIn = true;
    this.save();
    rememberSignedIn(true);
    this.listeners.notify();
    return {...DEMO_ACCOUNT};
  }

  async signInToTenant(tenant: string): Promise<SignedInAccount> {
    await this.wait();
    const found = this.find(tenant, 'sign-in', {interactive: true});
    if (!this.state.interactive.includes(found.tenantId)) this.state.interactive.push(found.tenantId);
    this.save();
    return {...DEMO_ACCOUNT};
  }

  async signOut(): Promise<void> {
    this.state = {signedIn: false, links: {}, interactive: []};
    this.storage?.removeItem(STATE_KEY);
    rememberSignedIn(false);
    this.listeners.notify();
  }

  /** The demo never signs in to Microsoft, so there is nothing to end. */
  async signOutOfMicrosoft(): Promise<boolean> {
    return true;
  }

  async listTenants(): Promise<TenantInfo[]> {
    await this.call('list-tenants');
    const infos = this.tenants.map(({tenantId, displayName, defaultDomain, category}) => ({tenantId, displayName, defaultDomain, category}));
    return sortTenants(infos, DEMO_ACCOUNT.homeTenantId);
  }

  async readLink(tenant: string, options?: CallOptions): Promise<PartnerLink | null> {
    const found = await this.tokenFor(tenant, 'read-link', options);
    return this.linkOf(found);
  }

  async createLink(tenant: string, partnerId: string): Promise<void> {
    const found = await this.tokenFor(tenant, 'create-link');
    this.rejectInvalid(partnerId, 'create-link');
    const now = new Date().toISOString();
    const previous = this.linkOf(found);
    this.setLink(found, {
      partnerId,
      partnerName: DEMO_PARTNER_NAMES[partnerId] ?? `Partner ${partnerId} (demo)`,
      tenantId: found.tenantId,
      objectId: found.objectId,
      state: 'Active',
      createdTime: previous?.createdTime ?? now,
      updatedTime: now,
      version: (previous?.version ?? 0) + 1,
    });
  }

  async changeLink(tenant: string, partnerId: string): Promise<void> {
    const found = await this.tokenFor(tenant, 'change-link');
    const current = this.linkOf(found);
    if (!current) {
      this.fail({kind: 'arm', operation: 'change-link', status: 404, code: 'ManagementPartnerNotFound'});
    }
    this.rejectInvalid(partnerId, 'change-link');
    this.setLink(found, {
      ...current,
      partnerId,
      partnerName: DEMO_PARTNER_NAMES[partnerId] ?? `Partner ${partnerId} (demo)`,
      updatedTime: new Date().toISOString(),
      version: (current.version ?? 0) + 1,
    });
  }

  async removeLink(tenant: string): Promise<void> {
    const found = await this.tokenFor(tenant, 'remove-link');
    this.setLink(found, null);
  }

  async identityIn(tenant: string, options?: CallOptions): Promise<TenantIdentity> {
    const found = await this.tokenFor(tenant, 'token', options);
    return {tenantId: found.tenantId, objectId: found.objectId, principalType: 'User', displayName: DEMO_ACCOUNT.name, username: DEMO_ACCOUNT.username};
  }

  async listSubscriptions(tenant: string, options?: CallOptions): Promise<Subscription[]> {
    const found = await this.tokenFor(tenant, 'list-subscriptions', options);
    // A token for the home tenant also sees subscriptions delegated through Lighthouse.
    const visible = this.tenants.filter(
      (t) => t.tenantId === found.tenantId || (found.tenantId === DEMO_ACCOUNT.homeTenantId && t.category === 'ProjectedBy'),
    );
    return visible.flatMap((t) => t.subscriptions.map((s) => ({...s, state: 'Enabled', tenantId: t.tenantId})));
  }

  async listRoleAssignments(tenant: string, scope: string, objectId: string, options?: CallOptions): Promise<RoleAssignment[]> {
    const found = await this.tokenFor(tenant, 'list-role-assignments', options);
    const owner = this.tenants.find((t) => t.subscriptions.some((s) => scope.toLowerCase().startsWith(`/subscriptions/${s.subscriptionId}`)));
    if (!owner) return [];
    if (owner.assignmentsForbidden) {
      this.fail({
        kind: 'arm',
        operation: 'list-role-assignments',
        status: 403,
        code: 'AuthorizationFailed',
        message: `The client '${DEMO_ACCOUNT.username}' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/read'.`,
      });
    }
    if (objectId !== found.objectId) return [];
    return owner.assignments
      .filter((a) => a.scope.toLowerCase().startsWith(scope.toLowerCase()))
      .map(({viaGroup, ...a}) => ({...a, principalId: viaGroup ? owner.groupId : found.objectId, principalType: viaGroup ? 'Group' : 'User'}));
  }

  async roleName(tenant: string, _scope: string, roleId: string, options?: CallOptions): Promise<string | undefined> {
    await this.tokenFor(tenant, 'read-role-definition', options);
    return this.tenants.find((t) => t.customRoles?.[roleId])?.customRoles?.[roleId];
  }

  /** Like a real token request: unknown tenants, Lighthouse-only tenants and MFA all fail here. */
  private async tokenFor(tenant: string, operation: Operation, options?: CallOptions): Promise<DemoTenant> {
    // As the live session's pacer does: a cancelled check sends nothing more.
    if (options?.signal?.aborted) throw new CallAbortedError();
    await this.call(operation);
    return this.find(tenant, operation);
  }

  private find(tenant: string, operation: Operation, {interactive = false} = {}): DemoTenant {
    const key = tenant.trim().toLowerCase();
    const found = this.tenants.find((t) => t.tenantId === key || t.defaultDomain === key);
    if (!found) {
      this.fail({kind: 'auth', operation, code: 'invalid_request', aadsts: '90002', message: `AADSTS90002: Tenant '${tenant}' not found.`});
    }
    if (found.category === 'ProjectedBy') {
      // Lighthouse delegates resources; the account itself is not in that directory.
      this.fail({kind: 'auth', operation, code: 'invalid_grant', aadsts: '50020', message: 'AADSTS50020: User account does not exist in tenant.'});
    }
    if (!interactive && found.needsInteractiveSignIn && !this.state.interactive.includes(found.tenantId)) {
      this.fail({kind: 'auth', operation, code: 'interaction_required', aadsts: '50076', message: 'AADSTS50076: you must use multi-factor authentication.'});
    }
    return found;
  }

  private rejectInvalid(partnerId: string, operation: Operation): void {
    if (partnerId === DEMO_REFUSED_PARTNER_ID) {
      this.fail({kind: 'arm', operation, status: 400, code: 'PartnerIdInvalid', message: 'The Partner ID is not valid'});
    }
  }

  private linkOf(found: DemoTenant): PartnerLink | null {
    return found.tenantId in this.state.links ? this.state.links[found.tenantId] : found.link;
  }

  private setLink(found: DemoTenant, link: PartnerLink | null): void {
    this.state.links[found.tenantId] = link;
    this.save();
  }

  private async call(operation: Operation): Promise<void> {
    await this.wait();
    if (!this.state.signedIn) this.fail({kind: 'auth', operation, code: 'no_account_error'});
  }

  private fail(failure: Failure): never {
    throw new FailureError(failure);
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  private load(): DemoState {
    try {
      const raw = this.storage?.getItem(STATE_KEY);
      if (raw) return JSON.parse(raw) as DemoState;
    } catch {
      // A damaged demo state just starts over.
    }
    return {signedIn: false, links: {}, interactive: []};
  }

  private save(): void {
    this.storage?.setItem(STATE_KEY, JSON.stringify(this.state));
  }
}

export async function createSimulatedSession(options?: SimulatedOptions): Promise<PalSession> {
  return new SimulatedSession(options);
}
