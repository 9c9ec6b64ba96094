import {describe, expect, it} from 'vitest';
import {
  CONTRIBUTOR_ROLE_ID,
  OWNER_ROLE_ID,
  READER_ROLE_ID,
  REGISTRATION_ASSIGNMENT_DELETE_ROLE,
  ROLE_DATA,
  USER_ACCESS_ADMINISTRATOR_ROLE_ID,
  lighthouseRole,
  lighthouseRoleOptions,
  lighthouseSupportOf,
  roleDefinitionFacts,
  roleOptionLabel,
} from '../../../src/pal/lighthouseRoles';
import {LIGHTHOUSE_REFUSED_ACTIONS} from '../../../src/pal/roleDefinitionFacts';
import {allPecRoles} from '../../../src/pal/roles';

/** The roles issue 10 found offered as allowed although their definitions have DataActions. */
const MISSED_BY_THE_HAND_LIST = {
  '6cef56e8-d556-48e5-a04f-b8e64114680f': 'AcrImageSigner',
  'cdda3590-29a3-44f6-95f2-9f980659eb04': 'AcrQuarantineReader',
  'c8d4ff99-41c3-41a8-9f60-21dfdad59608': 'AcrQuarantineWriter',
  '4f8fab4f-1852-4a58-a46a-8eaf358af14a': 'Avere Contributor',
  'c025889f-8102-4ebf-b32c-fc0c6f0c6bd9': 'Avere Operator',
  'b97fb8bc-a8b2-4522-a38b-dd33c7e65ead': 'Lab Creator',
};
const RESOURCE_POLICY_CONTRIBUTOR = '36243c78-bf99-498c-9df9-86d9f8d28608';

describe('role-definitions.json', () => {
  it('names its source (repository, path, commit) and the day it was taken', () => {
    expect(ROLE_DATA.source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(ROLE_DATA.source.path).not.toBe('');
    expect(ROLE_DATA.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(ROLE_DATA.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(ROLE_DATA.takenOn))).toBe(false);
    expect(Date.parse(ROLE_DATA.takenOn)).toBeLessThanOrEqual(Date.now());
    expect(ROLE_DATA.lighthouseRule.refusedActions).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
  });

  it('has a definition for every role the generator lists, and says DataActions only where it lists them', () => {
    const listed = lighthouseRoleOptions().map((role) => role.roleId).sort();
    expect(ROLE_DATA.roles.map((facts) => facts.roleDefinitionId).sort()).toEqual(listed);
    expect(ROLE_DATA.missing).toEqual([]);
  });
});

describe('Lighthouse support from the role data', () => {
  it('offers as allowed only roles without DataActions and without refused Microsoft.Authorization actions', () => {
    const allowed = lighthouseRoleOptions().filter((role) => role.lighthouse === 'supported');
    expect(allowed.length).toBeGreaterThan(50);
    for (const role of allowed) {
      const facts = roleDefinitionFacts(role.roleId);
      expect(facts, role.roleName).toBeDefined();
      expect(facts!.hasDataActions, role.roleName).toBe(false);
      expect(facts!.lighthouseRefusedActions, role.roleName).toEqual([]);
      expect(role.label, role.roleName).not.toMatch(/not allowed in Lighthouse|Lighthouse:|role data/);
    }
  });

  it('refuses the six roles the hand-written list missed, with the DataActions label', () => {
    for (const [roleId, roleName] of Object.entries(MISSED_BY_THE_HAND_LIST)) {
      const role = lighthouseRole(roleId);
      expect(role?.roleName).toBe(roleName);
      expect(roleDefinitionFacts(roleId)?.hasDataActions, roleName).toBe(true);
      expect(role?.lighthouse, roleName).toBe('data-actions');
      expect(role?.label).toBe(`${roleName} — ${role?.eligibility === 'eligible' ? 'PEC eligible' : 'not PEC eligible'} (has DataActions: not allowed in Lighthouse)`);
    }
  });

  it('agrees with Microsoft Learn on Owner, User Access Administrator, Contributor and Reader', () => {
    // Owner and User Access Administrator grant every refused Microsoft.Authorization action.
    expect(roleDefinitionFacts(OWNER_ROLE_ID)?.lighthouseRefusedActions).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
    expect(roleDefinitionFacts(USER_ACCESS_ADMINISTRATOR_ROLE_ID)?.lighthouseRefusedActions).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
    expect(lighthouseRole(OWNER_ROLE_ID)?.lighthouse).toBe('not-supported');
    expect(lighthouseRole(USER_ACCESS_ADMINISTRATOR_ROLE_ID)?.lighthouse).toBe('managed-identities-only');
    // Contributor's `*` loses Microsoft.Authorization writes and deletes to its notActions.
    expect(roleDefinitionFacts(CONTRIBUTOR_ROLE_ID)?.authorizationWriteDeleteActions).toEqual([]);
    for (const roleId of [CONTRIBUTOR_ROLE_ID, READER_ROLE_ID, REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId]) {
      expect(lighthouseRole(roleId)?.lighthouse).toBe('supported');
    }
  });

  it('allows policy writes, which Lighthouse does not refuse (Microsoft\'s onboarding example uses Resource Policy Contributor)', () => {
    expect(roleDefinitionFacts(RESOURCE_POLICY_CONTRIBUTOR)?.authorizationWriteDeleteActions.length).toBeGreaterThan(0);
    expect(roleDefinitionFacts(RESOURCE_POLICY_CONTRIBUTOR)?.lighthouseRefusedActions).toEqual([]);
    expect(lighthouseRole(RESOURCE_POLICY_CONTRIBUTOR)?.lighthouse).toBe('supported');
  });

  it('refuses any other role with refused Microsoft.Authorization actions', () => {
    const facts = {roleDefinitionId: 'x', roleName: 'Lock Manager', hasDataActions: false, authorizationWriteDeleteActions: ['Microsoft.Authorization/locks/*'], lighthouseRefusedActions: ['Microsoft.Authorization/locks/write']};
    expect(lighthouseSupportOf('00000000-0000-4000-8000-000000000001', facts)).toBe('authorization-actions');
    expect(roleOptionLabel('Lock Manager', 'eligible', 'authorization-actions')).toBe('Lock Manager — PEC eligible (has Microsoft.Authorization write/delete: not allowed in Lighthouse)');
    expect(lighthouseSupportOf('00000000-0000-4000-8000-000000000001', {...facts, hasDataActions: true})).toBe('data-actions');
  });

  it('does not offer a role without a definition as allowed, and says why in its label', () => {
    expect(lighthouseSupportOf(CONTRIBUTOR_ROLE_ID, undefined)).toBe('unchecked');
    expect(roleOptionLabel('Contributor', 'eligible', 'unchecked')).toBe('Contributor — PEC eligible (not in our role data: check it before using it in Lighthouse)');
    // Owner and User Access Administrator are named by Microsoft, data or not.
    expect(lighthouseSupportOf(OWNER_ROLE_ID, undefined)).toBe('not-supported');
    expect(lighthouseSupportOf(USER_ACCESS_ADMINISTRATOR_ROLE_ID, undefined)).toBe('managed-identities-only');
  });

  it('lists every role of the PEC table and the delete role', () => {
    expect(lighthouseRoleOptions()).toHaveLength(allPecRoles().length + 1);
  });
});
