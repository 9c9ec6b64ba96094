import {describe, expect, it} from 'vitest';
import {attestationCsv, attestationJson, csvCell, type AttestationInput} from '../../../src/pal/attestation';

const rows: AttestationInput[] = [
  {
    tenant: {tenantId: 't-1', displayName: 'Fabrikam, Inc', defaultDomain: 'fabrikam.example', category: 'Home'},
    lighthouse: false,
    identity: {objectId: 'o-1', principalType: 'User', displayName: 'Alex "AJ" Demo', username: 'alex@contoso.example'},
    link: {partnerId: '4567891', partnerName: 'Contoso Partner Ltd', state: 'Active'},
    assignments: [
      {roleId: 'b24988ac-6180-42a0-ab88-20f7382dd24c', roleName: 'Contributor', scope: '/subscriptions/s1', principalId: 'o-1', eligibility: 'eligible', viaGroup: false},
      {roleId: 'x', roleName: 'Custom', scope: '/subscriptions/s1/resourceGroups/rg', principalId: 'g-1', eligibility: 'not-classified', viaGroup: true},
    ],
    verdict: 'Recognised',
    checkedAt: '2026-11-26T10:00:00.000Z',
  },
  {
    tenant: {tenantId: 't-2', displayName: '=HYPERLINK("x")', category: 'Home'},
    lighthouse: false,
    link: null,
    assignments: [],
    verdict: 'Not linked, no eligible role',
    checkedAt: '2026-11-26T10:00:01.000Z',
  },
];

describe('attestation export', () => {
  it('writes JSON with every field the attestation needs', () => {
    const parsed = JSON.parse(attestationJson(rows, '2026-11-26T10:00:02.000Z'));
    expect(parsed.generatedAt).toBe('2026-11-26T10:00:02.000Z');
    expect(parsed.tenants[0]).toMatchObject({
      tenantId: 't-1',
      displayName: 'Fabrikam, Inc',
      defaultDomain: 'fabrikam.example',
      principalType: 'User',
      principalName: 'Alex "AJ" Demo',
      userPrincipalName: 'alex@contoso.example',
      objectId: 'o-1',
      partnerId: '4567891',
      partnerName: 'Contoso Partner Ltd',
      verdict: 'Recognised',
    });
    expect(parsed.tenants[0].assignments).toEqual([
      {scope: '/subscriptions/s1', roleName: 'Contributor', roleDefinitionId: 'b24988ac-6180-42a0-ab88-20f7382dd24c', pecEligible: true, viaGroup: false},
      {scope: '/subscriptions/s1/resourceGroups/rg', roleName: 'Custom', roleDefinitionId: 'x', pecEligible: null, viaGroup: true},
    ]);
    expect(parsed.tenants[1]).toMatchObject({linkState: 'not linked', partnerId: '', assignments: []});
  });

  it('writes CSV with one line per assignment, quoted properly, and a line for tenants without any', () => {
    const lines = attestationCsv(rows).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0].split(',')).toContain('pecEligible');
    expect(lines[1]).toContain('"Fabrikam, Inc"');
    expect(lines[1]).toContain('"Alex ""AJ"" Demo"');
    expect(lines[1].endsWith(',/subscriptions/s1,Contributor,b24988ac-6180-42a0-ab88-20f7382dd24c,true,false')).toBe(true);
    expect(lines[2]).toContain(',not classified,true');
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('plain')).toBe('plain');
  });
});
