import {describe, expect, it} from 'vitest';
import {classifyAssignments} from '../../../src/pal/roles';
import {adviceFor, verdictFor, VERDICTS, type TenantFindings} from '../../../src/pal/verdict';

const me = 'aaaaaaaa-0000-0000-0000-000000000001';
const group = 'bbbbbbbb-0000-0000-0000-000000000002';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const CUSTOM = '11111111-2222-3333-4444-555555555555';
const link = {partnerId: '4567891', state: 'Active'};

function checked(linked: boolean, roles: Array<[string, string]>): TenantFindings {
  return {
    status: 'checked',
    link: linked ? link : null,
    assignments: classifyAssignments(
      roles.map(([roleId, principalId]) => ({roleId, principalId, scope: '/subscriptions/1'})),
      me,
    ),
  };
}

describe('verdictFor', () => {
  it('reaches every verdict text from findings, each with its own advice', () => {
    const cases: Array<[TenantFindings, string, RegExp]> = [
      [checked(true, [[CONTRIBUTOR, me]]), 'Recognised', /resources under those scopes count/],
      [checked(true, [[READER, me]]), 'Linked, no eligible role', /no role here counts/],
      [checked(false, [[CONTRIBUTOR, me]]), 'Eligible role, not linked', /not linked here/],
      [checked(false, []), 'Not linked, no eligible role', /Nothing counts here yet/],
      [{status: 'needs-sign-in'}, 'Needs sign-in', /sign in interactively/],
      [{status: 'error'}, 'Error', /could not be checked/],
    ];
    const reached = cases.map(([findings, text, advice]) => {
      const verdict = verdictFor(findings);
      expect(verdict).toBe(text);
      expect(adviceFor(verdict, findings)).toMatch(advice);
      return verdict;
    });
    // Every verdict the doctor can show is reached, and no two findings share advice.
    expect([...reached].sort()).toEqual([...VERDICTS].sort());
    expect(new Set(cases.map(([findings]) => adviceFor(verdictFor(findings), findings))).size).toBe(VERDICTS.length);
  });
  it('is Recognised with a link and an eligible role, also when the role comes through a group', () => {
    expect(verdictFor(checked(true, [[CONTRIBUTOR, me]]))).toBe('Recognised');
    expect(verdictFor(checked(true, [[CONTRIBUTOR, group]]))).toBe('Recognised');
  });
  it('does not count Reader or unclassified roles', () => {
    expect(verdictFor(checked(true, [[READER, me], [CUSTOM, me]]))).toBe('Linked, no eligible role');
    expect(verdictFor(checked(false, [[CUSTOM, me]]))).toBe('Not linked, no eligible role');
  });
  it('spots an eligible role without a link', () => {
    expect(verdictFor(checked(false, [[CONTRIBUTOR, me]]))).toBe('Eligible role, not linked');
  });
  it('treats a Deleted link as no link', () => {
    const findings: TenantFindings = {status: 'checked', link: {partnerId: '1', state: 'Deleted'}, assignments: []};
    expect(verdictFor(findings)).toBe('Not linked, no eligible role');
  });
  it('passes through sign-in and error states', () => {
    expect(verdictFor({status: 'needs-sign-in'})).toBe('Needs sign-in');
    expect(verdictFor({status: 'error'})).toBe('Error');
  });
  it('mentions unclassified roles in the advice, never silently', () => {
    const findings = checked(true, [[CUSTOM, me]]);
    expect(adviceFor(verdictFor(findings), findings)).toMatch(/1 role is not in the published PEC table/);
  });
});
