/** What the Lighthouse offer generator takes, its limits, and the names of the files it writes. */
import type {LighthouseRoleOption} from '../../lighthouseRoles';

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#';
export const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
export const MANAGED_SERVICES_API_VERSION = '2022-10-01';

export interface LighthousePrincipal {
  principalId: string;
  displayName: string;
}

export interface LighthouseAuthorization extends LighthousePrincipal {
  roleId: string;
}

export interface LighthouseEligibleAuthorization extends LighthouseAuthorization {
  /** ISO 8601 duration from PT30M to PT8H. */
  maximumActivationDuration: string;
  /** multiFactorAuthProvider: 'Azure' when true, 'None' when false. */
  requireMfa: boolean;
  /** managedByTenantApprovers: at most 10 users or groups. */
  approvers: LighthousePrincipal[];
}

export interface LighthouseInput {
  offerName: string;
  description: string;
  /** Your (managing) tenant. */
  managedByTenantId: string;
  /** Optional: the customer subscription the deployment command targets. */
  subscriptionId?: string;
  authorizations: LighthouseAuthorization[];
  eligibleAuthorizations: LighthouseEligibleAuthorization[];
}

/** Field keys: fixed ones, and `auth.<i>.<field>`, `eligible.<i>.<field>`, `eligible.<i>.approver.<j>.<field>` for list entries. */
export type LighthouseField = string;

export const MAX_APPROVERS = 10;

/** PT30M to PT8H in half-hour steps, as the Lighthouse documentation suggests. */
export const ACTIVATION_DURATIONS: ReadonlyArray<{value: string; label: string}> = Array.from({length: 16}, (_, index) => {
  const minutes = (index + 1) * 30;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const value = `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  const words = [hours ? `${hours} hour${hours > 1 ? 's' : ''}` : '', rest ? `${rest} minutes` : ''].filter(Boolean).join(' ');
  return {value, label: `${words} (${value})`};
});

/** Minutes of an ISO 8601 duration of hours and minutes, or null. */
export function durationMinutes(value: string): number | null {
  const match = /^PT(?:(\d{1,2})H)?(?:(\d{1,3})M)?$/.exec(value);
  if (!match || (!match[1] && !match[2])) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

export const TEMPLATE_FILE = 'lighthouse-delegation.json';
export const PARAMETERS_FILE = 'lighthouse-delegation.parameters.json';

/** Authorisations with a known role: what the advice looks at. */
export interface AdvisedAuthorizations {
  authorizations: Array<LighthouseAuthorization & {role: LighthouseRoleOption}>;
  eligible: Array<LighthouseEligibleAuthorization & {role: LighthouseRoleOption}>;
}

/** The input once every field is checked, each authorisation with its role. */
export interface CheckedLighthouse extends AdvisedAuthorizations {
  offerName: string;
  description: string;
  managedByTenantId: string;
  subscriptionId: string;
}
