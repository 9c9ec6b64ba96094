import type {PartnerLink, RoleAssignment, TenantInfo} from '../../pal/types';

/**
 * The demo account: a partner engineer at Contoso Partner Ltd who is a guest in several
 * customer tenants. Between them they show every state a reader can meet.
 */

export const DEMO_PARTNER_ID = '4567891';
/** An ID the demo service refuses with PartnerIdInvalid, to show that message (say, the global ID typed by mistake). */
export const DEMO_REFUSED_PARTNER_ID = '4567890';
export const DEMO_PARTNER_NAMES: Record<string, string> = {
  '4567891': 'Contoso Partner Ltd',
  '7654321': 'Proseware Consulting',
};

export const DEMO_ACCOUNT = {
  username: 'alex@contosopartner.example',
  name: 'Alex Demo',
  homeTenantId: '5f1e0c3a-0000-4000-8000-00000000c0de',
};

const ROLE = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  supportRequestContributor: 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e',
  virtualMachineContributor: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
};

export interface DemoTenant extends TenantInfo {
  tenantId: string;
  /** The demo account's object ID in this tenant (a guest has one per tenant). */
  objectId: string;
  /** A group in this tenant the account belongs to. */
  groupId: string;
  link: PartnerLink | null;
  subscriptions: Array<{subscriptionId: string; displayName: string}>;
  assignments: Array<Omit<RoleAssignment, 'principalId'> & {viaGroup?: boolean}>;
  customRoles?: Record<string, string>;
  /** The tenant asks for MFA before it issues a token. */
  needsInteractiveSignIn?: boolean;
  /** Role assignments cannot be read (403). */
  assignmentsForbidden?: boolean;
}

const id = (n: number) => `0000000${n}-0000-4000-8000-${String(n).padStart(12, '0')}`.slice(-36);
const tenant = (n: number) => `${n}${n}${n}${n}${n}${n}${n}${n}-1111-4111-8111-${String(n).repeat(12)}`;
const sub = (n: number, m = 1) => `${n}${n}${n}${n}${n}${n}${n}${n}-2222-4222-8222-0000000000${String(m).padStart(2, '0')}`;

export function demoTenants(): DemoTenant[] {
  const at = (subscriptionId: string, rg?: string) =>
    rg ? `/subscriptions/${subscriptionId}/resourceGroups/${rg}` : `/subscriptions/${subscriptionId}`;
  return [
    {
      tenantId: DEMO_ACCOUNT.homeTenantId,
      displayName: 'Contoso Partner Ltd',
      defaultDomain: 'contosopartner.example',
      category: 'Home',
      objectId: id(1),
      groupId: id(101),
      link: linkOf(DEMO_PARTNER_ID, DEMO_ACCOUNT.homeTenantId, id(1), '2026-03-02T09:15:00Z'),
      subscriptions: [{subscriptionId: sub(1), displayName: 'Contoso Partner internal'}],
      assignments: [{roleId: ROLE.owner, scope: at(sub(1))}],
    },
    {
      tenantId: tenant(2),
      displayName: 'Fabrikam Inc',
      defaultDomain: 'fabrikam.example',
      category: 'Home',
      objectId: id(2),
      groupId: id(102),
      link: linkOf(DEMO_PARTNER_ID, tenant(2), id(2), '2026-05-11T14:02:00Z'),
      subscriptions: [{subscriptionId: sub(2), displayName: 'Fabrikam production'}],
      assignments: [{roleId: ROLE.contributor, scope: at(sub(2))}],
    },
    {
      tenantId: tenant(3),
      displayName: 'Northwind Traders',
      defaultDomain: 'northwindtraders.example',
      category: 'Home',
      objectId: id(3),
      groupId: id(103),
      link: linkOf('7654321', tenant(3), id(3), '2025-11-20T08:40:00Z'),
      subscriptions: [{subscriptionId: sub(3), displayName: 'Northwind shared services'}],
      assignments: [{roleId: ROLE.supportRequestContributor, scope: at(sub(3)), viaGroup: true}],
    },
    {
      tenantId: tenant(4),
      displayName: 'Tailspin Toys',
      defaultDomain: 'tailspintoys.example',
      category: 'Home',
      objectId: id(4),
      groupId: id(104),
      link: null,
      subscriptions: [
        {subscriptionId: sub(4, 1), displayName: 'Tailspin web'},
        {subscriptionId: sub(4, 2), displayName: 'Tailspin data'},
      ],
      assignments: [
        {roleId: ROLE.contributor, scope: at(sub(4, 1), 'rg-web')},
        {roleId: ROLE.reader, scope: at(sub(4, 2))},
      ],
    },
    {
      tenantId: tenant(5),
      displayName: 'Wide World Importers',
      defaultDomain: 'wideworldimporters.example',
      category: 'Home',
      objectId: id(5),
      groupId: id(105),
      link: null,
      subscriptions: [{subscriptionId: sub(5), displayName: 'WWI analytics'}],
      assignments: [{roleId: ROLE.reader, scope: at(sub(5))}],
    },
    {
      tenantId: tenant(6),
      displayName: 'Adventure Works',
      defaultDomain: 'adventureworks.example',
      category: 'Home',
      objectId: id(6),
      groupId: id(106),
      link: linkOf(DEMO_PARTNER_ID, tenant(6), id(6), '2026-01-08T16:30:00Z'),
      subscriptions: [{subscriptionId: sub(6), displayName: 'Adventure Works retail'}],
      assignments: [
        {roleId: ROLE.reader, scope: at(sub(6))},
        {roleId: 'a1b2c3d4-0000-4000-8000-00000000a0a0', scope: at(sub(6), 'rg-ops')},
      ],
      customRoles: {'a1b2c3d4-0000-4000-8000-00000000a0a0': 'Adventure Works Operator (custom)'},
    },
    {
      tenantId: tenant(7),
      displayName: 'Woodgrove Bank',
      defaultDomain: 'woodgrovebank.example',
      category: 'Home',
      objectId: id(7),
      groupId: id(107),
      link: null,
      needsInteractiveSignIn: true,
      subscriptions: [{subscriptionId: sub(7), displayName: 'Woodgrove landing zone'}],
      assignments: [{roleId: ROLE.virtualMachineContributor, scope: at(sub(7), 'rg-vms')}],
    },
    {
      tenantId: tenant(8),
      displayName: 'Litware',
      defaultDomain: 'litware.example',
      category: 'Home',
      objectId: id(8),
      groupId: id(108),
      link: linkOf(DEMO_PARTNER_ID, tenant(8), id(8), '2026-06-30T10:00:00Z'),
      assignmentsForbidden: true,
      subscriptions: [{subscriptionId: sub(8), displayName: 'Litware dev'}],
      assignments: [],
    },
    {
      tenantId: tenant(9),
      displayName: 'Alpine Ski House',
      defaultDomain: 'alpineskihouse.example',
      category: 'ProjectedBy',
      objectId: id(1),
      groupId: id(101),
      link: null,
      subscriptions: [{subscriptionId: sub(9), displayName: 'Alpine Ski House (delegated)'}],
      assignments: [{roleId: ROLE.contributor, scope: at(sub(9))}],
    },
  ];
}

function linkOf(partnerId: string, tenantId: string, objectId: string, created: string): PartnerLink {
  return {
    partnerId,
    partnerName: DEMO_PARTNER_NAMES[partnerId],
    tenantId,
    objectId,
    state: 'Active',
    createdTime: created,
    updatedTime: created,
    version: 1,
  };
}
