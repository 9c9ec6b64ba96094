/**
 * Which built-in roles an Azure Lighthouse authorisation accepts, next to their PEC eligibility.
 *
 * Lighthouse's rules (Microsoft Learn, "Tenants, users, and roles in Azure Lighthouse
 * scenarios"): built-in roles only; Owner is not supported; User Access Administrator only to
 * assign roles to managed identities (with `delegatedRoleDefinitionIds`); roles with DataActions
 * are not supported; roles with write or delete actions on Microsoft.Authorization are not supported.
 */
import {allPecRoles, eligibilityOf, type Eligibility} from './roles';

export type LighthouseSupport = 'supported' | 'not-supported' | 'managed-identities-only' | 'data-actions';

export const OWNER_ROLE_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const USER_ACCESS_ADMINISTRATOR_ROLE_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
export const CONTRIBUTOR_ROLE_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
export const READER_ROLE_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
export const SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e';

/** Not in the PEC table, but Microsoft recommends it in every delegation so the partner can end it. */
export const REGISTRATION_ASSIGNMENT_DELETE_ROLE = {
  roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46',
  roleName: 'Managed Services Registration Assignment Delete Role',
} as const;

/**
 * Built-in roles of the PEC table whose definitions carry DataActions, checked one by one
 * against the published built-in role definitions. PARTIAL by design: it covers only roles in
 * the PEC table, and Microsoft can add DataActions to a role at any time (which then stops it
 * working in new delegations). A role missing here is not proven to be free of DataActions.
 */
export const ROLES_WITH_DATA_ACTIONS: Readonly<Record<string, string>> = {
  'f526a384-b230-433a-b45c-95f59c4a2dec': 'Azure Event Hubs Data Owner',
  'a638d3c7-ab3a-418d-83e6-5f17a39d4fde': 'Azure Event Hubs Data Receiver',
  '2b629674-e913-4c01-ae53-ef4638d8f975': 'Azure Event Hubs Data Sender',
  '423170ca-a8f6-4b0f-8487-9e4eb8f49bfa': 'Azure Maps Data Reader',
  '090c5cfd-751d-490a-894a-3ce6f1109419': 'Azure Service Bus Data Owner',
  '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0': 'Azure Service Bus Data Receiver',
  '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39': 'Azure Service Bus Data Sender',
  '31a002a1-acaf-453e-8a5b-297c9ca1ea24': 'Blockchain Member Node Access (Preview)',
  'b59867f0-fa02-499b-be73-45a86b5b3e1c': 'Cognitive Services Data Reader',
  'a97b65f3-24c7-4388-baec-2e87135dc908': 'Cognitive Services User',
  '3913510d-42f4-4e42-8a64-420c390055eb': 'Monitoring Metrics Publisher',
  '8bbe83f1-e2a6-4df7-8cb4-4e04d4e5c827': 'Spatial Anchors Account Contributor',
  '70bbe301-9835-447d-afdd-19eb3167307c': 'Spatial Anchors Account Owner',
  '5d51204f-eb77-4b1c-b86a-2ec626c49413': 'Spatial Anchors Account Reader',
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b': 'Storage Blob Data Owner',
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
  '0c867c2a-1d8c-454a-a3db-ab2ea1bdc8bb': 'Storage File Data SMB Share Contributor',
  'a7264617-510b-434b-a828-9731dc254ea7': 'Storage File Data SMB Share Elevated Contributor',
  'aba4ae5f-2193-4029-9191-0cb91df5e314': 'Storage File Data SMB Share Reader',
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88': 'Storage Queue Data Contributor',
  '8a0f0c08-91a1-4084-bc3d-661d67233fed': 'Storage Queue Data Message Processor',
  'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a': 'Storage Queue Data Message Sender',
  '19e7f393-937e-4f77-808e-94535e297925': 'Storage Queue Data Reader',
  '1c0163c0-47e6-4577-8991-ea5c82e286e4': 'Virtual Machine Administrator Login',
  'fb879df8-f326-4884-b1cf-06f3ad86be52': 'Virtual Machine User Login',
};

export function lighthouseSupport(roleId: string): LighthouseSupport {
  const id = roleId.toLowerCase();
  if (id === OWNER_ROLE_ID) return 'not-supported';
  if (id === USER_ACCESS_ADMINISTRATOR_ROLE_ID) return 'managed-identities-only';
  if (id in ROLES_WITH_DATA_ACTIONS) return 'data-actions';
  return 'supported';
}

export interface LighthouseRoleOption {
  roleId: string;
  roleName: string;
  eligibility: Eligibility;
  lighthouse: LighthouseSupport;
  /** What the reader sees in the list, e.g. "Contributor — PEC eligible". */
  label: string;
}

const PEC_LABEL: Record<Eligibility, string> = {
  eligible: 'PEC eligible',
  'not-eligible': 'not PEC eligible',
  'not-classified': 'not in the PEC table',
};

const LIGHTHOUSE_LABEL: Record<LighthouseSupport, string> = {
  supported: '',
  'not-supported': ' (not allowed in Lighthouse)',
  'managed-identities-only': ' (Lighthouse: only to assign roles to managed identities)',
  'data-actions': ' (has DataActions: not allowed in Lighthouse)',
};

export function roleOptionLabel(roleName: string, eligibility: Eligibility, lighthouse: LighthouseSupport): string {
  return `${roleName} — ${PEC_LABEL[eligibility]}${LIGHTHOUSE_LABEL[lighthouse]}`;
}

let options: LighthouseRoleOption[] | null = null;

/** The PEC table's roles and the delete role, alphabetically. */
export function lighthouseRoleOptions(): readonly LighthouseRoleOption[] {
  options ??= [
    ...allPecRoles().map((role) => ({roleId: role.roleDefinitionId.toLowerCase(), roleName: role.roleName})),
    {roleId: REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId, roleName: REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleName},
  ]
    .map(({roleId, roleName}) => {
      const eligibility = eligibilityOf(roleId);
      const lighthouse = lighthouseSupport(roleId);
      return {roleId, roleName, eligibility, lighthouse, label: roleOptionLabel(roleName, eligibility, lighthouse)};
    })
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en'));
  return options;
}

export function lighthouseRole(roleId: string): LighthouseRoleOption | undefined {
  const id = roleId.toLowerCase();
  return lighthouseRoleOptions().find((role) => role.roleId === id);
}
