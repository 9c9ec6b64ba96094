import {isActiveLink} from './linkPlan';
import type {ClassifiedAssignment} from './roles';
import type {PartnerLink} from './types';

/** The verdict texts shown in the PAL doctor, exactly as readers and tests expect them. */
export const VERDICTS = [
  'Recognised',
  'Linked, no eligible role',
  'Eligible role, not linked',
  'Not linked, no eligible role',
  'Needs sign-in',
  'Error',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export type TenantFindings =
  | {status: 'checked'; link: PartnerLink | null; assignments: readonly ClassifiedAssignment[]}
  | {status: 'needs-sign-in'}
  | {status: 'error'};

export function verdictFor(findings: TenantFindings): Verdict {
  if (findings.status === 'needs-sign-in') return 'Needs sign-in';
  if (findings.status === 'error') return 'Error';
  const linked = isActiveLink(findings.link);
  const eligible = findings.assignments.some((a) => a.eligibility === 'eligible');
  if (linked && eligible) return 'Recognised';
  if (linked) return 'Linked, no eligible role';
  if (eligible) return 'Eligible role, not linked';
  return 'Not linked, no eligible role';
}

/** One sentence on what the reader should do about a verdict. */
export function adviceFor(verdict: Verdict, findings: TenantFindings): string {
  const unclassified =
    findings.status === 'checked' ? findings.assignments.filter((a) => a.eligibility === 'not-classified').length : 0;
  const unclassifiedNote =
    unclassified > 0
      ? ` ${unclassified} role${unclassified === 1 ? ' is' : 's are'} not in the published PEC table; check ${unclassified === 1 ? 'it' : 'them'} by hand.`
      : '';
  switch (verdict) {
    case 'Recognised':
      return 'Linked, with at least one eligible role: resources under those scopes count for your Partner ID.' + unclassifiedNote;
    case 'Linked, no eligible role':
      return 'The link is there, but no role here counts. Ask for an eligible role, such as Support Request Contributor, at the scopes you manage.' + unclassifiedNote;
    case 'Eligible role, not linked':
      return 'You hold an eligible role, but this identity is not linked here. Link your Partner ID in this tenant.' + unclassifiedNote;
    case 'Not linked, no eligible role':
      return 'Nothing counts here yet: link your Partner ID and get an eligible role at the scopes you manage.' + unclassifiedNote;
    case 'Needs sign-in':
      return 'This tenant wants you to sign in interactively (MFA, conditional access or consent) before it can be checked.';
    case 'Error':
      return 'This tenant could not be checked; the reason is shown with it.';
  }
}
