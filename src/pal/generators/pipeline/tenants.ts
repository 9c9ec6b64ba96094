/**
 * The Tenant IDs field of the pipeline generator: one or more customer tenants, one per line or
 * separated by commas. An entry is a tenant ID, or `tenant ID=client ID` when the identity the
 * pipeline signs in as in that tenant has its own application (client) ID; an entry without one
 * uses the Client ID field. Pure functions, no React.
 */
import {isGuid} from '../../tenants';
import {checkValue} from '../../yourValues';

/** GitHub starts at most 256 jobs from one matrix; more tenants need more than one workflow. */
export const MAX_TENANTS = 256;

export interface TenantEntry {
  /** Lower-case GUID. */
  tenantId: string;
  /** The entry's own client ID (lower-case GUID), or null when it uses the Client ID field. */
  clientId: string | null;
}

export type TenantListCheck = {ok: true; tenants: TenantEntry[]} | {ok: false; problem: string};

const TENANT_EXAMPLE = '8d3c5a1e-6f2b-4c7d-9e40-000000000001';

/** The entries of the field: split on line breaks and commas, trimmed, empty ones dropped. */
export function splitTenantList(text: string): string[] {
  return text
    .split(/[\r\n,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Checks every entry; the first refused entry is named in the problem. */
export function parseTenantList(text: string): TenantListCheck {
  const entries = splitTenantList(text);
  if (entries.length === 0) return {ok: false, problem: `Enter at least one Tenant ID, such as ${TENANT_EXAMPLE}.`};
  if (entries.length > MAX_TENANTS) {
    return {ok: false, problem: `${entries.length} tenants is more than one GitHub matrix runs (${MAX_TENANTS}): split them over several pipelines.`};
  }
  const tenants: TenantEntry[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const [tenantText, clientText, ...rest] = entry.split('=').map((part) => part.trim());
    if (rest.length > 0) {
      return {ok: false, problem: `"${entry}" has more than one "=": write tenant ID=client ID, one pair per line.`};
    }
    if (!isGuid(tenantText)) {
      return {
        ok: false,
        problem: `"${tenantText}" is not a Tenant ID. A Tenant ID is a GUID such as ${TENANT_EXAMPLE} (Microsoft Entra ID, Overview); enter one per line or separate them with commas.`,
      };
    }
    const tenantId = tenantText.toLowerCase();
    const earlier = seen.get(tenantId);
    if (earlier !== undefined) {
      return {ok: false, problem: `${tenantId} is entered twice ("${earlier}" and "${entry}"): enter each tenant once.`};
    }
    seen.set(tenantId, entry);
    let clientId: string | null = null;
    if (clientText !== undefined) {
      const check = checkValue('clientId', clientText);
      if (!check.ok || check.value === '') {
        return {
          ok: false,
          problem: `In "${entry}", "${clientText}" is not a Client ID. After the "=" comes the application (client) ID the pipeline signs in with in that tenant, a GUID. Never paste a client secret here.`,
        };
      }
      clientId = check.value;
    }
    tenants.push({tenantId, clientId});
  }
  return {ok: true, tenants};
}

/**
 * A short name for each tenant, for job, credential and service connection names: the first
 * block of its GUID, or the whole GUID where two tenants share that block.
 */
export function tenantLabels(tenantIds: readonly string[]): string[] {
  const short = tenantIds.map((id) => id.split('-')[0]);
  return tenantIds.map((id, index) => (short.filter((s) => s === short[index]).length > 1 ? id : short[index]));
}
