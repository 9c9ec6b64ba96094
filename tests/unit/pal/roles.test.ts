import {describe, expect, it} from 'vitest';
import {allPecRoles, classifyAssignments, eligibilityOf, roleIdFrom} from '../../../src/pal/roles';

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const SUPPORT = 'cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e';
const CUSTOM = '11111111-2222-3333-4444-555555555555';

describe('PEC table', () => {
  it('holds the published table: 122 roles, 98 eligible', () => {
    expect(allPecRoles()).toHaveLength(122);
    expect(allPecRoles().filter((r) => r.pecEligible)).toHaveLength(98);
  });
  it('classifies known, ineligible and unknown roles', () => {
    expect(eligibilityOf(OWNER)).toBe('eligible');
    expect(eligibilityOf(SUPPORT)).toBe('eligible');
    expect(eligibilityOf(READER)).toBe('not-eligible');
    expect(eligibilityOf(CUSTOM)).toBe('not-classified');
  });
  it('reads the GUID from a full role definition ID, in any case', () => {
    const full = `/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/${OWNER.toUpperCase()}`;
    expect(roleIdFrom(full)).toBe(OWNER);
    expect(eligibilityOf(full)).toBe('eligible');
  });
});

describe('classifyAssignments', () => {
  const me = 'aaaaaaaa-0000-0000-0000-000000000001';
  const group = 'bbbbbbbb-0000-0000-0000-000000000002';
  it('marks group-inherited assignments and keeps the name of unclassified roles', () => {
    const result = classifyAssignments(
      [
        {roleId: `/providers/Microsoft.Authorization/roleDefinitions/${READER}`, scope: '/subscriptions/1', principalId: me},
        {roleId: SUPPORT, scope: '/subscriptions/1', principalId: group, principalType: 'Group'},
        {roleId: CUSTOM, roleName: 'Contoso Operator', scope: '/subscriptions/1/resourceGroups/rg', principalId: me.toUpperCase()},
      ],
      me,
    );
    expect(result.map((r) => [r.roleName, r.eligibility, r.viaGroup])).toEqual([
      ['Reader', 'not-eligible', false],
      ['Support Request Contributor', 'eligible', true],
      ['Contoso Operator', 'not-classified', false],
    ]);
  });
});
