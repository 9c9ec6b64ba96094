import type {ClassifiedAssignment} from './roles';
import type {PartnerLink, TenantInfo} from './types';
import type {Verdict} from './verdict';

/** The verdict column of a tenant whose check was cancelled: exports list every tenant. */
export const NOT_CHECKED = 'Not checked';

/** What the export needs of a checked tenant (the PAL doctor's results fit it as they are). */
export interface AttestationInput {
  tenant: TenantInfo;
  lighthouse: boolean;
  identity?: {objectId: string; principalType: string; displayName?: string; username?: string};
  link?: PartnerLink | null;
  assignments?: readonly ClassifiedAssignment[];
  verdict: Verdict | typeof NOT_CHECKED;
  checkedAt: string;
}

export interface AttestationRecord {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  tenantCategory: string;
  principalType: string;
  principalName: string;
  userPrincipalName: string;
  objectId: string;
  partnerId: string;
  partnerName: string;
  linkState: string;
  verdict: Verdict | typeof NOT_CHECKED;
  checkedAt: string;
  assignments: Array<{
    scope: string;
    roleName: string;
    roleDefinitionId: string;
    /** null: the role is not in the published PEC table. */
    pecEligible: boolean | null;
    viaGroup: boolean;
  }>;
}

export function attestationRecords(rows: readonly AttestationInput[]): AttestationRecord[] {
  return rows.map((row) => ({
    tenantId: row.tenant.tenantId,
    displayName: row.tenant.displayName ?? '',
    defaultDomain: row.tenant.defaultDomain ?? '',
    tenantCategory: row.lighthouse ? 'Lighthouse delegation (link in home tenant)' : (row.tenant.category ?? ''),
    principalType: row.identity?.principalType ?? '',
    principalName: row.identity?.displayName ?? '',
    userPrincipalName: row.identity?.username ?? '',
    objectId: row.identity?.objectId ?? '',
    partnerId: row.link?.partnerId ?? '',
    partnerName: row.link?.partnerName ?? '',
    linkState: row.link === undefined ? 'unknown' : row.link === null ? 'not linked' : (row.link.state ?? 'Active'),
    verdict: row.verdict,
    checkedAt: row.checkedAt,
    assignments: (row.assignments ?? []).map((a) => ({
      scope: a.scope,
      roleName: a.roleName ?? '',
      roleDefinitionId: a.roleId,
      pecEligible: a.eligibility === 'not-classified' ? null : a.eligibility === 'eligible',
      viaGroup: a.viaGroup,
    })),
  }));
}

export function attestationJson(rows: readonly AttestationInput[], generatedAt: string): string {
  return `${JSON.stringify(
    {
      generatedAt,
      note: 'Partner Admin Link attestation generated in the browser by PAL Guide from Azure Resource Manager answers.',
      tenants: attestationRecords(rows),
    },
    null,
    2,
  )}\n`;
}

const CSV_COLUMNS = [
  'tenantId',
  'displayName',
  'defaultDomain',
  'tenantCategory',
  'principalType',
  'principalName',
  'userPrincipalName',
  'objectId',
  'partnerId',
  'partnerName',
  'linkState',
  'verdict',
  'checkedAt',
  'scope',
  'roleName',
  'roleDefinitionId',
  'pecEligible',
  'viaGroup',
] as const;

/** RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line per tenant and role assignment; a tenant without assignments still gets a line. */
export function attestationCsv(rows: readonly AttestationInput[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const record of attestationRecords(rows)) {
    const base = [
      record.tenantId,
      record.displayName,
      record.defaultDomain,
      record.tenantCategory,
      record.principalType,
      record.principalName,
      record.userPrincipalName,
      record.objectId,
      record.partnerId,
      record.partnerName,
      record.linkState,
      record.verdict,
      record.checkedAt,
    ];
    const assignments = record.assignments.length ? record.assignments : [null];
    for (const a of assignments) {
      const tail = a
        ? [a.scope, a.roleName, a.roleDefinitionId, a.pecEligible === null ? 'not classified' : String(a.pecEligible), String(a.viaGroup)]
        : ['', '', '', '', ''];
      lines.push([...base, ...tail].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
