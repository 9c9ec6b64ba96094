import {describe, expect, it} from 'vitest';
import {
  ACTIVATION_DURATIONS,
  MANAGED_SERVICES_API_VERSION,
  adviseLighthouse,
  TEMPLATE_SCHEMA,
  durationMinutes,
  generateLighthouse,
  type LighthouseEligibleAuthorization,
  type LighthouseInput,
} from '../../../src/pal/generators/lighthouse';
import type {Generated} from '../../../src/pal/generators/common';
import {
  CONTRIBUTOR_ROLE_ID,
  OWNER_ROLE_ID,
  READER_ROLE_ID,
  REGISTRATION_ASSIGNMENT_DELETE_ROLE,
  ROLE_DATA,
  SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID,
  USER_ACCESS_ADMINISTRATOR_ROLE_ID,
  lighthouseRole,
  lighthouseRoleOptions,
} from '../../../src/pal/lighthouseRoles';
import {allPecRoles} from '../../../src/pal/roles';
import {LIGHTHOUSE_BASE, lighthouseInputs} from '../../snippets/generatedSnippets';
import {SAMPLE_VALUES} from '../../snippets/docsSnippets';

const STORAGE_BLOB_DATA_CONTRIBUTOR = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe';
const SP = '8d3c5a1e-6f2b-4c7d-9e40-000000000011';
const GROUP = '8d3c5a1e-6f2b-4c7d-9e40-000000000010';

function generate(input: LighthouseInput): Generated {
  const result = generateLighthouse(input);
  expect(result.problems).toEqual({});
  expect(result.missing).toEqual([]);
  return result.output!;
}

const json = (output: Generated, key: string) => JSON.parse(output.files.find((f) => f.key === key)!.content);

const eligibleEntry = (overrides: Partial<LighthouseEligibleAuthorization> = {}): LighthouseEligibleAuthorization => ({
  principalId: GROUP,
  displayName: 'Contoso Managed Services Engineers',
  roleId: CONTRIBUTOR_ROLE_ID,
  maximumActivationDuration: 'PT2H',
  requireMfa: true,
  approvers: [],
  ...overrides,
});

describe('generateLighthouse: the template and parameters', () => {
  it('writes a subscription-level template with a registration definition and its assignment', () => {
    const output = generate(LIGHTHOUSE_BASE);
    expect(output.files.map((f) => f.path)).toEqual([
      'lighthouse-delegation.json',
      'lighthouse-delegation.parameters.json',
      'deploy-lighthouse-delegation.sh',
    ]);
    const template = json(output, 'template');
    expect(template.$schema).toBe(TEMPLATE_SCHEMA);
    expect(template.$schema).toBe('https://schema.management.azure.com/schemas/2019-08-01/subscriptionDeploymentTemplate.json#');
    expect(template.contentVersion).toBe('1.0.0.0');
    expect(template.resources.map((r: {type: string}) => r.type)).toEqual([
      'Microsoft.ManagedServices/registrationDefinitions',
      'Microsoft.ManagedServices/registrationAssignments',
    ]);
    for (const resource of template.resources) expect(resource.apiVersion).toBe(MANAGED_SERVICES_API_VERSION);
    expect(template.resources[0].properties).toEqual({
      registrationDefinitionName: "[parameters('mspOfferName')]",
      description: "[parameters('mspOfferDescription')]",
      managedByTenantId: "[parameters('managedByTenantId')]",
      authorizations: "[parameters('authorizations')]",
    });
    expect(template.resources[1].dependsOn).toEqual([template.resources[1].properties.registrationDefinitionId]);
    expect(template.parameters.eligibleAuthorizations).toBeUndefined();
  });

  it('puts the offer and authorisations into the parameters file', () => {
    const parameters = json(generate(LIGHTHOUSE_BASE), 'parameters');
    expect(parameters.$schema).toMatch(/deploymentParameters\.json#$/);
    expect(parameters.parameters.mspOfferName.value).toBe(LIGHTHOUSE_BASE.offerName);
    expect(parameters.parameters.mspOfferDescription.value).toBe(LIGHTHOUSE_BASE.description);
    expect(parameters.parameters.managedByTenantId.value).toBe(SAMPLE_VALUES.tenantId);
    expect(parameters.parameters.authorizations.value).toEqual([
      {principalId: SP, principalIdDisplayName: 'Provider Automation (PAL-linked)', roleDefinitionId: CONTRIBUTOR_ROLE_ID},
      {principalId: GROUP, principalIdDisplayName: 'Contoso Managed Services Engineers', roleDefinitionId: READER_ROLE_ID},
      {principalId: GROUP, principalIdDisplayName: 'Contoso Managed Services Engineers', roleDefinitionId: REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId},
    ]);
    expect(parameters.parameters.eligibleAuthorizations).toBeUndefined();
  });

  it('escapes quotes and other characters in names as JSON', () => {
    const output = generate(lighthouseInputs()[1]);
    expect(json(output, 'parameters').parameters.mspOfferName.value).toBe('Fabrikam "Gold" support – 24/7');
    expect(output.files.find((f) => f.key === 'deploy')!.content).toContain('--name "lighthouse-fabrikam-gold-support-24-7"');
  });

  it('writes eligible authorisations with their just-in-time access policy', () => {
    const output = generate({
      ...LIGHTHOUSE_BASE,
      eligibleAuthorizations: [
        eligibleEntry({approvers: [{principalId: '8d3c5a1e-6f2b-4c7d-9e40-000000000020', displayName: 'PIM approvers'}]}),
        eligibleEntry({roleId: SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID, requireMfa: false, maximumActivationDuration: 'pt30m'}),
      ],
    });
    const template = json(output, 'template');
    expect(template.parameters.eligibleAuthorizations.type).toBe('array');
    expect(template.resources[0].properties.eligibleAuthorizations).toBe("[parameters('eligibleAuthorizations')]");
    expect(json(output, 'parameters').parameters.eligibleAuthorizations.value).toEqual([
      {
        principalId: GROUP,
        principalIdDisplayName: 'Contoso Managed Services Engineers',
        roleDefinitionId: CONTRIBUTOR_ROLE_ID,
        justInTimeAccessPolicy: {
          multiFactorAuthProvider: 'Azure',
          maximumActivationDuration: 'PT2H',
          managedByTenantApprovers: [{principalId: '8d3c5a1e-6f2b-4c7d-9e40-000000000020', principalIdDisplayName: 'PIM approvers'}],
        },
      },
      {
        principalId: GROUP,
        principalIdDisplayName: 'Contoso Managed Services Engineers',
        roleDefinitionId: SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID,
        justInTimeAccessPolicy: {multiFactorAuthProvider: 'None', maximumActivationDuration: 'PT30M'},
      },
    ]);
    expect(output.notes.join(' ')).toMatch(/users and groups only, not service principals/);
  });

  it('deploys to the given subscription, or to the current one', () => {
    const withSubscription = generate({...LIGHTHOUSE_BASE, subscriptionId: SAMPLE_VALUES.subscriptionId}).files.find((f) => f.key === 'deploy')!.content;
    expect(withSubscription).toContain(`SUBSCRIPTION_ID="${SAMPLE_VALUES.subscriptionId}"`);
    expect(withSubscription).toContain('--parameters @lighthouse-delegation.parameters.json');
    const current = generate(LIGHTHOUSE_BASE).files.find((f) => f.key === 'deploy')!.content;
    expect(current).not.toContain('SUBSCRIPTION_ID');
    expect(current).toContain('az account show');
  });
});

describe('generateLighthouse: warnings', () => {
  it('has none for a linked principal with Contributor and the delete role', () => {
    const output = generate(LIGHTHOUSE_BASE);
    expect(output.warnings).toEqual([]);
    expect(output.notes.join(' ')).toMatch(/permanent authorisation/);
  });

  it('warns when no permanent authorisation carries a PEC-eligible role', () => {
    const output = generate({...LIGHTHOUSE_BASE, authorizations: [{principalId: GROUP, displayName: 'Readers', roleId: READER_ROLE_ID}]});
    expect(output.warnings).toHaveLength(1);
    expect(output.warnings[0]).toMatch(/No permanent authorisation has a PEC-eligible role/);
  });

  it('says that a PEC-eligible role in a just-in-time authorisation does not count', () => {
    const output = generate({
      ...LIGHTHOUSE_BASE,
      authorizations: [{principalId: GROUP, displayName: 'Engineers', roleId: READER_ROLE_ID}],
      eligibleAuthorizations: [eligibleEntry()],
    });
    expect(output.warnings[0]).toMatch(/No permanent authorisation[\s\S]*eligible \(just-in-time\) authorisation does not count/);
  });

  it('warns that Owner is not allowed, and that it does not help PEC', () => {
    const output = generate({...LIGHTHOUSE_BASE, authorizations: [{principalId: SP, displayName: 'Automation', roleId: OWNER_ROLE_ID}]});
    expect(output.warnings.some((w) => /Owner is not allowed in a Lighthouse authorisation/.test(w))).toBe(true);
    expect(output.warnings.some((w) => /No permanent authorisation has a PEC-eligible role/.test(w))).toBe(true);
  });

  it('warns about roles with DataActions', () => {
    const output = generate({
      ...LIGHTHOUSE_BASE,
      authorizations: [...LIGHTHOUSE_BASE.authorizations, {principalId: SP, displayName: 'Automation', roleId: STORAGE_BLOB_DATA_CONTRIBUTOR}],
    });
    expect(output.warnings).toEqual([expect.stringMatching(/Storage Blob Data Contributor has DataActions/)]);
    expect(output.notes.join(' ')).toContain(`Microsoft's published built-in role definitions as they were on ${ROLE_DATA.takenOn}`);
    expect(output.notes.join(' ')).toMatch(/Microsoft can add DataActions to a role later/);
  });

  it('warns about the roles the old hand-written list missed, in permanent and eligible authorisations', () => {
    const LAB_CREATOR = 'b97fb8bc-a8b2-4522-a38b-dd33c7e65ead';
    const AVERE_OPERATOR = 'c025889f-8102-4ebf-b32c-fc0c6f0c6bd9';
    const output = generate({
      ...LIGHTHOUSE_BASE,
      authorizations: [...LIGHTHOUSE_BASE.authorizations, {principalId: SP, displayName: 'Automation', roleId: LAB_CREATOR}],
      eligibleAuthorizations: [eligibleEntry({principalId: SP, roleId: AVERE_OPERATOR})],
    });
    expect(output.warnings).toEqual([
      'Lab Creator has DataActions, which Lighthouse does not allow in a Lighthouse authorisation: the deployment fails.',
      'Avere Operator has DataActions, which Lighthouse does not allow in an eligible (just-in-time) authorisation: the deployment fails.',
    ]);
  });

  it('warns that User Access Administrator needs delegatedRoleDefinitionIds, and refuses it as eligible', () => {
    const output = generate({
      ...LIGHTHOUSE_BASE,
      authorizations: [...LIGHTHOUSE_BASE.authorizations, {principalId: SP, displayName: 'Automation', roleId: USER_ACCESS_ADMINISTRATOR_ROLE_ID}],
    });
    expect(output.warnings).toEqual([expect.stringMatching(/delegatedRoleDefinitionIds/)]);
    const refused = generateLighthouse({...LIGHTHOUSE_BASE, eligibleAuthorizations: [eligibleEntry({roleId: USER_ACCESS_ADMINISTRATOR_ROLE_ID})]});
    expect(refused.output).toBeNull();
    expect(refused.problems['eligible.0.roleId']).toMatch(/cannot be used in an eligible authorisation/);
  });

  it('warns about an eligible principal without a permanent authorisation, and about differing policies for one role', () => {
    const other = '8d3c5a1e-6f2b-4c7d-9e40-000000000030';
    const output = generate({
      ...LIGHTHOUSE_BASE,
      eligibleAuthorizations: [eligibleEntry(), eligibleEntry({principalId: other, displayName: 'Night shift', maximumActivationDuration: 'PT8H'})],
    });
    expect(output.warnings).toEqual([
      expect.stringMatching(/Night shift has an eligible authorisation but no permanent one/),
      expect.stringMatching(/must all have the same access policy/),
    ]);
  });

  it('warns about a duplicate authorisation and notes a missing delete role', () => {
    const [first] = LIGHTHOUSE_BASE.authorizations;
    const output = generate({...LIGHTHOUSE_BASE, authorizations: [first, first]});
    expect(output.warnings).toEqual([expect.stringMatching(/twice/)]);
    expect(output.notes.join(' ')).toMatch(/only the customer can remove the delegation/);
  });
});

describe('adviseLighthouse: warnings while the form is incomplete', () => {
  it('warns about Owner and the missing PEC role before any ID is filled in', () => {
    const advice = adviseLighthouse({authorizations: [{principalId: '', displayName: '', roleId: OWNER_ROLE_ID}], eligibleAuthorizations: []});
    expect(advice.warnings).toEqual([expect.stringMatching(/No permanent authorisation has a PEC-eligible role/), expect.stringMatching(/Owner is not allowed/)]);
  });

  it('leaves out entries whose role is unknown, and says nothing once a linked role is there', () => {
    expect(adviseLighthouse({authorizations: [{principalId: '', displayName: '', roleId: 'nonsense'}], eligibleAuthorizations: []}).warnings).toEqual([
      expect.stringMatching(/No permanent authorisation/),
    ]);
    expect(adviseLighthouse({authorizations: [{principalId: '', displayName: '', roleId: CONTRIBUTOR_ROLE_ID}], eligibleAuthorizations: []}).warnings).toEqual([]);
  });

  it('is what the generated output reports once the input is valid', () => {
    const input = {...LIGHTHOUSE_BASE, authorizations: [{principalId: SP, displayName: 'Automation', roleId: STORAGE_BLOB_DATA_CONTRIBUTOR}]};
    expect(generate(input).warnings).toEqual(adviseLighthouse(input).warnings);
  });
});

describe('generateLighthouse: refused and missing input', () => {
  it('reports missing names and IDs, per list entry', () => {
    const result = generateLighthouse({
      ...LIGHTHOUSE_BASE,
      offerName: '',
      managedByTenantId: '',
      authorizations: [{principalId: '', displayName: '', roleId: CONTRIBUTOR_ROLE_ID}],
    });
    expect(result.output).toBeNull();
    expect(result.missing).toEqual(['offerName', 'managedByTenantId', 'auth.0.principalId', 'auth.0.displayName']);
  });

  it('refuses invalid GUIDs, roles and durations', () => {
    const result = generateLighthouse({
      ...LIGHTHOUSE_BASE,
      managedByTenantId: 'contoso.onmicrosoft.com',
      authorizations: [{principalId: 'not-a-guid', displayName: 'x', roleId: '00000000-0000-0000-0000-000000000000'}],
      eligibleAuthorizations: [eligibleEntry({maximumActivationDuration: 'PT9H'}), eligibleEntry({maximumActivationDuration: 'PT20M'})],
    });
    expect(result.problems.managedByTenantId).toMatch(/Tenant ID is a GUID/);
    expect(result.problems['auth.0.principalId']).toMatch(/object ID is a GUID/);
    expect(result.problems['auth.0.roleId']).toMatch(/Pick a built-in role/);
    expect(result.problems['eligible.0.maximumActivationDuration']).toMatch(/PT30M .* to PT8H/);
    expect(result.problems['eligible.1.maximumActivationDuration']).toBeDefined();
  });

  it('needs at least one permanent authorisation and at most ten approvers', () => {
    expect(generateLighthouse({...LIGHTHOUSE_BASE, authorizations: []}).problems.authorizations).toMatch(/at least one/);
    const approvers = Array.from({length: 11}, (_, i) => ({principalId: `8d3c5a1e-6f2b-4c7d-9e40-0000000001${String(i).padStart(2, '0')}`, displayName: `A${i}`}));
    expect(generateLighthouse({...LIGHTHOUSE_BASE, eligibleAuthorizations: [eligibleEntry({approvers})]}).problems['eligible.0.approvers']).toMatch(/At most 10/);
  });

  it('refuses line breaks in names', () => {
    expect(generateLighthouse({...LIGHTHOUSE_BASE, offerName: 'Two\nlines'}).problems.offerName).toMatch(/one line/);
  });
});

describe('Lighthouse roles', () => {
  it('label every role with its PEC eligibility and what Lighthouse allows', () => {
    const labels = new Map(lighthouseRoleOptions().map((role) => [role.roleId, role.label]));
    expect(labels.get(CONTRIBUTOR_ROLE_ID)).toBe('Contributor — PEC eligible');
    expect(labels.get(READER_ROLE_ID)).toBe('Reader — not PEC eligible');
    expect(labels.get(OWNER_ROLE_ID)).toBe('Owner — PEC eligible (not allowed in Lighthouse)');
    expect(labels.get(STORAGE_BLOB_DATA_CONTRIBUTOR)).toBe('Storage Blob Data Contributor — PEC eligible (has DataActions: not allowed in Lighthouse)');
    expect(labels.get(REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId)).toBe(
      'Managed Services Registration Assignment Delete Role — not in the PEC table',
    );
    expect(lighthouseRoleOptions()).toHaveLength(allPecRoles().length + 1);
  });

  it('marks DataActions on exactly the roles whose definitions have them, by their names', () => {
    for (const facts of ROLE_DATA.roles) {
      // Azure spells the delete role "Registration assignment"; Microsoft Learn and this site "Assignment".
      expect(lighthouseRole(facts.roleDefinitionId)?.roleName.toLowerCase(), facts.roleDefinitionId).toBe(facts.roleName.toLowerCase());
      if (facts.hasDataActions) expect(lighthouseRole(facts.roleDefinitionId)?.lighthouse, facts.roleName).toBe('data-actions');
    }
    expect(lighthouseRoleOptions().filter((role) => role.lighthouse === 'data-actions').map((role) => role.roleId).sort()).toEqual(
      ROLE_DATA.roles.filter((facts) => facts.hasDataActions).map((facts) => facts.roleDefinitionId).sort(),
    );
  });

  it('offer durations from PT30M to PT8H in half hours', () => {
    expect(ACTIVATION_DURATIONS).toHaveLength(16);
    expect(ACTIVATION_DURATIONS[0]).toEqual({value: 'PT30M', label: '30 minutes (PT30M)'});
    expect(ACTIVATION_DURATIONS[2]).toEqual({value: 'PT1H30M', label: '1 hour 30 minutes (PT1H30M)'});
    expect(ACTIVATION_DURATIONS[15]).toEqual({value: 'PT8H', label: '8 hours (PT8H)'});
    expect(ACTIVATION_DURATIONS.map((d) => durationMinutes(d.value))).toEqual(Array.from({length: 16}, (_, i) => (i + 1) * 30));
    expect(durationMinutes('P1D')).toBeNull();
  });
});
