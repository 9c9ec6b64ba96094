import type {BrowserContext, Route} from '@playwright/test';
import {cors} from './entra';
import {readJwt} from './jwt';
import type {FakeLink, Scenario} from './scenario';

export interface ArmRecord {
  method: string;
  path: string;
  query: string;
  tenantId: string;
  objectId: string;
  /** When the request arrived (ms since epoch, test machine clock). */
  at: number;
}

/** A failure the next matching requests get instead of the real answer. */
export interface InjectedFailure {
  method?: string;
  path: RegExp;
  /** Only for tokens issued in this tenant. */
  tenantId?: string;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** How many requests fail; then the real answer returns. Default: every request. */
  times?: number;
}

const NOT_LINKED = {
  error: {code: 'ManagementPartnerNotFound', message: 'This user or service principal is not linked with a Partner ID'},
  code: 'ManagementPartnerNotFound',
  message: 'This user or service principal is not linked with a Partner ID',
};

/**
 * Azure Resource Manager for PAL: keeps link state per (tenant, object ID) taken from the
 * bearer token, and answers with the real status codes and bodies.
 */
export class FakeArm {
  readonly requests: ArmRecord[] = [];
  private readonly failures: InjectedFailure[] = [];
  /** Milliseconds every answer takes, as over a real network (benchmarks). */
  latencyMs = 0;
  /** Tenants per page of `GET /tenants`; small by default so clients must follow nextLink. */
  tenantsPageSize = 2;
  /**
   * Share of calls (0 to 1) answered 429 with `Retry-After: 1` the first time they are made;
   * the same call made again is answered. Which calls is fixed by their method, path and tenant.
   */
  throttleShare = 0;
  /** Calls answered 429 so far under throttleShare. */
  throttled = 0;
  private readonly throttledOnce = new Set<string>();
  private readonly holds: Array<{method?: string; path: RegExp; tenantId?: string; until: Promise<void>}> = [];

  constructor(private readonly scenario: Scenario) {}

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://management.azure.com/**', (route) => this.handle(route));
  }

  fail(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  /**
   * Matching requests wait until the returned function is called, then get their answer (an
   * injected failure, or the real one). For answers that must land after something else.
   */
  hold(match: {method?: string; path: RegExp; tenantId?: string}): () => void {
    let release = (): void => undefined;
    this.holds.push({...match, until: new Promise<void>((resolve) => (release = resolve))});
    return () => release();
  }

  /** Requests that arrived and wait for a hold. */
  held = 0;

  linkOf(tenantId: string, objectId: string): FakeLink | undefined {
    return this.scenario.links[`${tenantId}|${objectId}`];
  }

  /** Requests that changed something. */
  writes(): ArmRecord[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS');
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const method = request.method();
    if (method === 'OPTIONS') {
      await route.fulfill({status: 204, headers: {...cors(), 'access-control-allow-headers': '*', 'access-control-allow-methods': '*'}});
      return;
    }
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const url = new URL(request.url());
    const token = (request.headers().authorization ?? '').replace(/^Bearer /, '');
    let claims: Record<string, unknown> = {};
    try {
      claims = readJwt(token);
    } catch {
      await this.json(route, 401, {error: {code: 'InvalidAuthenticationToken', message: 'The access token is invalid.'}});
      return;
    }
    const record: ArmRecord = {
      method,
      path: url.pathname,
      query: url.search,
      tenantId: String(claims.tid ?? ''),
      objectId: String(claims.oid ?? ''),
      at: Date.now(),
    };
    this.requests.push(record);
    const hold = this.holds.find(
      (h) => (!h.method || h.method === method) && h.path.test(url.pathname) && (!h.tenantId || h.tenantId === record.tenantId),
    );
    if (hold) {
      this.held += 1;
      await hold.until;
      this.held -= 1;
    }

    if (this.throttleShare && route.request().method() !== 'PUT' && this.throttleOnce(`${method} ${url.pathname}${url.search} ${record.tenantId}`)) {
      this.throttled += 1;
      await route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: {...cors(), 'Retry-After': '1'},
        body: JSON.stringify({error: {code: 'TooManyRequests', message: 'Too many requests. Retry after 1 second.'}}),
      });
      return;
    }

    const injected = this.failures.find(
      (f) => (!f.method || f.method === method) && f.path.test(url.pathname) && (!f.tenantId || f.tenantId === record.tenantId) && f.times !== 0,
    );
    if (injected) {
      if (injected.times !== undefined) injected.times -= 1;
      if (injected.hang) return; // never fulfilled: the browser waits until the client gives up
      await route.fulfill({
        status: injected.status ?? 500,
        contentType: 'application/json',
        headers: {...cors(), ...injected.headers},
        body: injected.body === undefined ? '' : JSON.stringify(injected.body),
      });
      return;
    }
    await this.answer(route, method, url, record);
  }

  /** Whether this call is one of the share throttled, the first time it is made. */
  private throttleOnce(call: string): boolean {
    if (this.throttledOnce.has(call)) return false;
    let hash = 2166136261;
    for (let i = 0; i < call.length; i += 1) hash = Math.imul(hash ^ call.charCodeAt(i), 16777619) >>> 0;
    if (hash / 2 ** 32 >= this.throttleShare) return false;
    this.throttledOnce.add(call);
    return true;
  }

  private async answer(route: Route, method: string, url: URL, who: ArmRecord): Promise<void> {
    const path = url.pathname;
    const key = `${who.tenantId}|${who.objectId}`;
    if (method === 'GET' && path === '/tenants') return this.tenants(route, who);
    if (method === 'GET' && /^\/providers\/Microsoft\.ManagementPartner\/partners$/i.test(path)) {
      const found = this.scenario.links[key];
      return found ? this.json(route, 200, this.body(found, who)) : this.json(route, 404, NOT_LINKED);
    }
    const partner = path.match(/^\/providers\/Microsoft\.ManagementPartner\/partners\/([^/]+)$/i);
    if (partner) return this.partner(route, method, decodeURIComponent(partner[1]), key, who);
    if (method === 'GET' && path === '/subscriptions') {
      const subs = this.scenario.subscriptions[who.tenantId] ?? [];
      return this.json(route, 200, {
        value: subs.map((s) => ({
          id: `/subscriptions/${s.subscriptionId}`,
          subscriptionId: s.subscriptionId,
          displayName: s.displayName,
          state: 'Enabled',
          tenantId: s.tenantId ?? who.tenantId,
        })),
      });
    }
    const assignments = path.match(/^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments$/i);
    if (method === 'GET' && assignments) return this.assignments(route, assignments[1], url, who);
    const definition = path.match(/^(.*)\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i);
    if (method === 'GET' && definition) {
      const name = this.scenario.roleNames[definition[2].toLowerCase()];
      return name
        ? this.json(route, 200, {id: path, name: definition[2], properties: {roleName: name, type: 'CustomRole'}})
        : this.json(route, 404, {error: {code: 'RoleDefinitionDoesNotExist', message: 'The specified role definition does not exist.'}});
    }
    return this.json(route, 404, {error: {code: 'NotFound', message: `No fake for ${method} ${path}`}});
  }

  private async partner(route: Route, method: string, partnerId: string, key: string, who: ArmRecord): Promise<void> {
    const links = this.scenario.links;
    const invalid = () =>
      this.json(route, 400, {
        error: {code: 'PartnerIdInvalid', message: 'The Partner ID is not valid'},
        code: 'PartnerIdInvalid',
        message: 'The Partner ID is not valid',
      });
    if (method === 'GET') return links[key] ? this.json(route, 200, this.body(links[key], who)) : this.json(route, 404, NOT_LINKED);
    if (method === 'DELETE') {
      delete links[key];
      return route.fulfill({status: 200, headers: cors(), body: ''});
    }
    const now = new Date().toISOString();
    if (method === 'PUT') {
      if (this.scenario.invalidPartnerIds.includes(partnerId)) return invalid();
      const previous = links[key];
      links[key] = {
        partnerId,
        partnerName: this.scenario.partnerNames[partnerId] ?? `Partner ${partnerId}`,
        createdTime: previous?.createdTime ?? now,
        updatedTime: now,
        version: (previous?.version ?? 0) + 1,
      };
      return this.json(route, 200, this.body(links[key], who));
    }
    if (method === 'PATCH') {
      const current = links[key];
      if (!current) return this.json(route, 404, NOT_LINKED);
      if (this.scenario.invalidPartnerIds.includes(partnerId)) return invalid();
      links[key] = {
        ...current,
        partnerId,
        partnerName: this.scenario.partnerNames[partnerId] ?? `Partner ${partnerId}`,
        updatedTime: now,
        version: current.version + 1,
      };
      return this.json(route, 200, this.body(links[key], who));
    }
    return this.json(route, 405, {error: {code: 'MethodNotAllowed', message: method}});
  }

  private async tenants(route: Route, who: ArmRecord): Promise<void> {
    const {tenants} = this.scenario;
    const everyone = [this.scenario.user, ...(this.scenario.otherUsers ?? [])];
    const user = everyone.find((u) => u.objectIds[who.tenantId] === who.objectId) ?? this.scenario.user;
    if (who.tenantId !== user.homeTenantId) return this.json(route, 200, {value: []});
    const visible = tenants.filter((t) => user.objectIds[t.tenantId] || t.category === 'ProjectedBy');
    const pageNumber = Number(new URL(route.request().url()).searchParams.get('page') ?? '1');
    const page = visible.slice((pageNumber - 1) * this.tenantsPageSize, pageNumber * this.tenantsPageSize);
    const next =
      pageNumber * this.tenantsPageSize < visible.length
        ? `https://management.azure.com/tenants?api-version=2022-12-01&page=${pageNumber + 1}`
        : undefined;
    return this.json(route, 200, {
      value: page.map((t) => ({
        id: `/tenants/${t.tenantId}`,
        tenantId: t.tenantId,
        tenantCategory: t.category ?? 'Home',
        displayName: t.displayName,
        defaultDomain: t.defaultDomain,
        domains: [t.defaultDomain],
        countryCode: 'GB',
      })),
      ...(next ? {nextLink: next} : {}),
    });
  }

  private async assignments(route: Route, scope: string, url: URL, who: ArmRecord): Promise<void> {
    const filter = url.searchParams.get('$filter') ?? '';
    const assignedTo = filter.match(/assignedTo\('([^']+)'\)/)?.[1];
    const all = this.scenario.assignments[who.tenantId] ?? [];
    const mine = all.filter(
      (a) => (!assignedTo || assignedTo === who.objectId) && a.scope.toLowerCase().startsWith(scope.toLowerCase()),
    );
    return this.json(route, 200, {
      value: mine.map((a, index) => ({
        id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${index}`,
        name: String(index),
        type: 'Microsoft.Authorization/roleAssignments',
        properties: {
          roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${a.roleId}`,
          principalId: a.principalId ?? who.objectId,
          principalType: a.principalType ?? 'User',
          scope: a.scope,
        },
      })),
    });
  }

  private body(found: FakeLink, who: ArmRecord) {
    return {
      id: `/providers/microsoft.managementpartner/partners/${found.partnerId}`,
      name: found.partnerId,
      type: 'Microsoft.ManagementPartner/partners',
      etag: found.version,
      properties: {
        partnerId: found.partnerId,
        partnerName: found.partnerName,
        tenantId: who.tenantId,
        objectId: who.objectId,
        version: found.version,
        createdTime: found.createdTime,
        updatedTime: found.updatedTime,
        state: 'Active',
      },
    };
  }

  private json(route: Route, status: number, body: unknown): Promise<void> {
    return route.fulfill({status, contentType: 'application/json; charset=utf-8', headers: cors(), body: JSON.stringify(body)});
  }
}
