import type {TenantInfo} from './types';

/** Home tenant first, then by display name; the order readers expect in a tenant picker. */
export function sortTenants(tenants: readonly TenantInfo[], homeTenantId: string): TenantInfo[] {
  const home = homeTenantId.toLowerCase();
  return [...tenants].sort((a, b) => {
    const aHome = a.tenantId.toLowerCase() === home || a.category === 'Home';
    const bHome = b.tenantId.toLowerCase() === home || b.category === 'Home';
    if (aHome !== bHome) return aHome ? -1 : 1;
    return (a.displayName ?? a.tenantId).localeCompare(b.displayName ?? b.tenantId);
  });
}

export function tenantLabel(tenant: TenantInfo): string {
  const name = tenant.displayName ?? tenant.tenantId;
  return tenant.defaultDomain ? `${name} (${tenant.defaultDomain})` : name;
}

/** Lighthouse: the tenant's resources are delegated to (projected into) the reader's own tenant. */
export function isLighthouseDelegation(tenant: TenantInfo): boolean {
  return tenant.category === 'ProjectedBy' || tenant.category === 'ManagedBy';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export type TenantInputCheck = {ok: true; tenant: string} | {ok: false; problem: string};

/** A typed tenant: a directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com. */
export function checkTenantInput(input: string): TenantInputCheck {
  const value = input.trim();
  if (value === '') return {ok: false, problem: 'Enter a tenant ID (a GUID) or a domain such as contoso.onmicrosoft.com.'};
  if (GUID.test(value) || DOMAIN.test(value)) return {ok: true, tenant: value.toLowerCase()};
  return {
    ok: false,
    problem: `"${value}" is neither a tenant ID (a GUID like 8d3c5a1e-6f2b-4c7d-9e40-5b1a7c3f2d96) nor a domain (like contoso.onmicrosoft.com).`,
  };
}

export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}
