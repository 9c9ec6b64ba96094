/** The world the fakes serve: one signed-in person, the tenants they reach, their links. */

export const TEST_CLIENT_ID = '00000000-0000-4000-8000-00000000c11e';

export interface FakeTenant {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  /** `Home` for directories the account belongs to; `ProjectedBy` for Lighthouse delegations. */
  category?: 'Home' | 'ProjectedBy';
  /** Silent (refresh-token) requests for this tenant fail like this until an interactive sign-in. */
  silentError?: EntraError;
  /** Interactive sign-in to this tenant fails like this. */
  authorizeError?: EntraError;
}

export interface EntraError {
  error: string;
  description: string;
  suberror?: string;
}

export interface FakeUser {
  username: string;
  name: string;
  homeTenantId: string;
  /** The user's object ID in each tenant they are a member or guest of. */
  objectIds: Record<string, string>;
}

export interface FakeLink {
  partnerId: string;
  partnerName: string;
  createdTime: string;
  updatedTime: string;
  version: number;
}

export interface FakeAssignment {
  roleId: string;
  scope: string;
  /** Defaults to the user's object ID; set a group ID for group-inherited assignments. */
  principalId?: string;
  principalType?: 'User' | 'Group';
}

export interface Scenario {
  /** Who signs in next. */
  user: FakeUser;
  /** Others who signed in earlier (ARM still answers their tokens). */
  otherUsers?: FakeUser[];
  tenants: FakeTenant[];
  /** Links by `${tenantId}|${objectId}`. */
  links: Record<string, FakeLink>;
  partnerNames: Record<string, string>;
  /** IDs the fake service rejects with 400 PartnerIdInvalid, as the real one does for an ID it does not accept. */
  invalidPartnerIds: string[];
  subscriptions: Record<string, Array<{subscriptionId: string; displayName: string; tenantId?: string}>>;
  assignments: Record<string, FakeAssignment[]>;
  roleNames: Record<string, string>;
}

export const HOME = '11111111-aaaa-4aaa-8aaa-111111111111';
export const FABRIKAM = '22222222-bbbb-4bbb-8bbb-222222222222';
export const NORTHWIND = '33333333-cccc-4ccc-8ccc-333333333333';
export const TAILSPIN = '44444444-dddd-4ddd-8ddd-444444444444';

export const OUR_ID = '4567891';
export const REFUSED_ID = '4567890';
export const OTHER_ID = '7654321';

/** A partner engineer at Contoso Partner, guest in three customer tenants. */
export function baseScenario(): Scenario {
  return {
    user: {
      username: 'sam@contosopartner.test',
      name: 'Sam Tester',
      homeTenantId: HOME,
      objectIds: {
        [HOME]: 'a0000000-0000-4000-8000-000000000001',
        [FABRIKAM]: 'b0000000-0000-4000-8000-000000000002',
        [NORTHWIND]: 'c0000000-0000-4000-8000-000000000003',
        [TAILSPIN]: 'd0000000-0000-4000-8000-000000000004',
      },
    },
    tenants: [
      {tenantId: HOME, displayName: 'Contoso Partner', defaultDomain: 'contosopartner.test', category: 'Home'},
      {tenantId: FABRIKAM, displayName: 'Fabrikam', defaultDomain: 'fabrikam.test', category: 'Home'},
      {tenantId: NORTHWIND, displayName: 'Northwind Traders', defaultDomain: 'northwind.test', category: 'Home'},
      {tenantId: TAILSPIN, displayName: 'Tailspin Toys', defaultDomain: 'tailspin.test', category: 'Home'},
    ],
    links: {
      [`${HOME}|a0000000-0000-4000-8000-000000000001`]: link(OUR_ID, 'Contoso Partner Ltd'),
      [`${NORTHWIND}|c0000000-0000-4000-8000-000000000003`]: link(OTHER_ID, 'Proseware Consulting'),
    },
    partnerNames: {[OUR_ID]: 'Contoso Partner Ltd', [OTHER_ID]: 'Proseware Consulting'},
    invalidPartnerIds: [REFUSED_ID],
    subscriptions: {},
    assignments: {},
    roleNames: {},
  };
}

/** Another person, at Fabrikam, who signs in on the same browser after Sam. */
export function alex(): FakeUser {
  return {
    username: 'alex@fabrikam.test',
    name: 'Alex Other',
    homeTenantId: FABRIKAM,
    objectIds: {[FABRIKAM]: 'e0000000-0000-4000-8000-000000000005'},
  };
}

/** MSAL's key for an account in its cache: `<object ID>.<home tenant ID>`. */
export function homeAccountId(user: FakeUser): string {
  return `${user.objectIds[user.homeTenantId]}.${user.homeTenantId}`;
}

export function link(partnerId: string, partnerName: string): FakeLink {
  return {partnerId, partnerName, createdTime: '2026-03-09T08:12:27.4410032Z', updatedTime: '2026-03-11T16:05:51.2873365Z', version: 2};
}

export const WOODGROVE = '66666666-ffff-4fff-8fff-666666666666';
export const LITWARE = '77777777-1111-4111-8111-777777777777';
export const ADVENTURE = '88888888-2222-4222-8222-888888888888';
export const ALPINE = '99999999-3333-4333-8333-999999999999';

const ROLE = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  supportRequestContributor: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e',
  custom: 'c0ffee00-0000-4000-8000-00000000c0de',
};

export const subscriptionOf = (tenantId: string) => `${tenantId.slice(0, 8)}-5555-4555-8555-000000000001`;

/** Seven tenants and a Lighthouse delegation, one for each verdict the PAL doctor can give. */
export function doctorScenario(): Scenario {
  const scenario = baseScenario();
  const {user} = scenario;
  Object.assign(user.objectIds, {
    [WOODGROVE]: 'e0000000-0000-4000-8000-000000000006',
    [LITWARE]: 'f0000000-0000-4000-8000-000000000007',
    [ADVENTURE]: 'a1000000-0000-4000-8000-000000000008',
  });
  scenario.tenants.push(
    {
      tenantId: WOODGROVE,
      displayName: 'Woodgrove Bank',
      defaultDomain: 'woodgrove.test',
      category: 'Home',
      silentError: {error: 'invalid_grant', description: 'AADSTS50076: you must use multi-factor authentication.', suberror: 'basic_action'},
    },
    {tenantId: LITWARE, displayName: 'Litware', defaultDomain: 'litware.test', category: 'Home'},
    {tenantId: ADVENTURE, displayName: 'Adventure Works', defaultDomain: 'adventure.test', category: 'Home'},
    {tenantId: ALPINE, displayName: 'Alpine Ski House', defaultDomain: 'alpine.test', category: 'ProjectedBy'},
  );
  scenario.links[`${LITWARE}|${user.objectIds[LITWARE]}`] = link(OUR_ID, 'Contoso Partner Ltd');
  scenario.links[`${ADVENTURE}|${user.objectIds[ADVENTURE]}`] = link(OUR_ID, 'Contoso Partner Ltd');
  const sub = (tenantId: string, tokenTenant = tenantId) => ({subscriptionId: subscriptionOf(tenantId), displayName: `Sub of ${tenantId.slice(0, 4)}`, tenantId: tokenTenant === tenantId ? undefined : tenantId});
  for (const t of [HOME, FABRIKAM, NORTHWIND, TAILSPIN, WOODGROVE, LITWARE, ADVENTURE]) scenario.subscriptions[t] = [sub(t)];
  // The home token also sees the subscription Alpine Ski House delegates through Lighthouse.
  scenario.subscriptions[HOME].push(sub(ALPINE, HOME));
  const at = (tenantId: string) => `/subscriptions/${subscriptionOf(tenantId)}`;
  scenario.assignments = {
    [HOME]: [
      {roleId: ROLE.owner, scope: at(HOME)},
      {roleId: ROLE.contributor, scope: at(ALPINE)},
    ],
    [FABRIKAM]: [{roleId: ROLE.contributor, scope: `${at(FABRIKAM)}/resourceGroups/rg-app`}],
    [NORTHWIND]: [{roleId: ROLE.supportRequestContributor, scope: at(NORTHWIND), principalId: 'g0000000-0000-4000-8000-0000000000aa', principalType: 'Group'}],
    [TAILSPIN]: [{roleId: ROLE.reader, scope: at(TAILSPIN)}],
    [WOODGROVE]: [{roleId: ROLE.owner, scope: at(WOODGROVE)}],
    [LITWARE]: [{roleId: ROLE.contributor, scope: at(LITWARE)}],
    [ADVENTURE]: [
      {roleId: ROLE.reader, scope: at(ADVENTURE)},
      {roleId: ROLE.custom, scope: at(ADVENTURE)},
    ],
  };
  scenario.roleNames = {[ROLE.custom]: 'Adventure Works Operator'};
  return scenario;
}

/** The home tenant plus `count - 1` customer tenants, each with a subscription and an eligible role. */
export function manyTenantsScenario(count: number): Scenario {
  const scenario = baseScenario();
  scenario.tenants = scenario.tenants.slice(0, 1);
  scenario.user.objectIds = {[HOME]: scenario.user.objectIds[HOME]};
  for (let i = 1; i < count; i += 1) {
    const n = String(i).padStart(4, '0');
    const tenantId = `${n}0000-0000-4000-8000-00000000${n}`;
    scenario.tenants.push({tenantId, displayName: `Customer ${n}`, defaultDomain: `customer${n}.test`, category: 'Home'});
    scenario.user.objectIds[tenantId] = `${n}aaaa-0000-4000-8000-00000000${n}`;
  }
  for (const {tenantId} of scenario.tenants) {
    const subscriptionId = `${tenantId.slice(0, 8)}-5555-4555-8555-000000000001`;
    scenario.subscriptions[tenantId] = [{subscriptionId, displayName: 'Production'}];
    scenario.assignments[tenantId] = [{roleId: 'b24988ac-6180-42a0-ab88-20f7382dd24c', scope: `/subscriptions/${subscriptionId}`}];
  }
  return scenario;
}

/**
 * An Azure Lighthouse partner: the home tenant, where the reader's identity lives, and
 * `customers` customer tenants that each delegate `subscriptionsEach` subscriptions to it.
 * Every delegated subscription and every ARM call for it goes through the home token.
 */
export function lighthouseScenario(customers: number, subscriptionsEach: number): Scenario {
  const scenario = baseScenario();
  scenario.tenants = scenario.tenants.slice(0, 1);
  scenario.user.objectIds = {[HOME]: scenario.user.objectIds[HOME]};
  const home = `/subscriptions/${subscriptionOf(HOME)}`;
  scenario.subscriptions[HOME] = [{subscriptionId: subscriptionOf(HOME), displayName: 'Partner operations'}];
  scenario.assignments[HOME] = [{roleId: ROLE.owner, scope: home}];
  for (let c = 1; c <= customers; c += 1) {
    const n = String(c).padStart(4, '0');
    const tenantId = `${n}cccc-0000-4000-8000-0000000${n}c`.slice(0, 36);
    scenario.tenants.push({tenantId, displayName: `Delegating customer ${n}`, defaultDomain: `delegating${n}.test`, category: 'ProjectedBy'});
    for (let s = 1; s <= subscriptionsEach; s += 1) {
      const subscriptionId = `${n}5555-${String(s).padStart(4, '0')}-4555-8555-00000000${n}`;
      scenario.subscriptions[HOME].push({subscriptionId, displayName: `Customer ${n} subscription ${s}`, tenantId});
      // Contributor on odd customers' subscriptions, Reader on even ones'.
      scenario.assignments[HOME].push({roleId: c % 2 ? ROLE.contributor : ROLE.reader, scope: `/subscriptions/${subscriptionId}`});
    }
  }
  return scenario;
}
