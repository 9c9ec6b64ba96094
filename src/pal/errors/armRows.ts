/** Answers of Azure Resource Manager, by HTTP status (and ARM error code, operation or message). */
import type {Operation} from '../failures';
import {inTenant, type ArmFailure, type ArmRow} from './rows';

/** "45 s", "120 s (about 2 minutes)". */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return `${seconds} s (about ${minutes === 1 ? 'a minute' : `${minutes} minutes`})`;
}

/** What PAL Guide did about throttling (src/azure/live/pacing.ts): waited and tried again, or gave up. */
function throttledTitle({retryAfterSeconds: asked, waitedSeconds: waited, attempts}: ArmFailure): string {
  let happened = ' It did not say how long to wait, so PAL Guide gave up without trying again.';
  if (waited !== undefined && attempts !== undefined && attempts > 2) {
    const again = asked !== undefined ? ` and now asks to wait ${duration(asked)}` : '';
    happened = ` PAL Guide waited ${duration(waited)} in all and tried ${attempts} times, but Azure was still throttling${again}.`;
  } else if (waited !== undefined) {
    const again = asked !== undefined ? ` and now asks to wait ${duration(asked)}` : '';
    happened = ` It asked to wait ${duration(waited)}; PAL Guide waited and tried again, but Azure was still throttling${again}.`;
  } else if (asked !== undefined) {
    happened = ` It asked to wait ${duration(asked)}, longer than PAL Guide waits on a page, so it gave up without trying again.`;
  }
  return `Azure is throttling requests from your account (HTTP 429).${happened}`;
}

const READING_ROLES: readonly Operation[] = ['list-role-assignments', 'read-role-definition'];

export const ARM_ROWS: readonly ArmRow[] = [
  {
    kind: 'arm',
    key: 'csp-no-account',
    message: /does not have an account in this tenant/i,
    title: (_, context) =>
      `Azure says your account has no account of its own${inTenant(context)}. This happens when you reach a customer through CSP delegated admin rights (DAP or GDAP): you act from your partner tenant, so there is no identity of yours in the customer's directory to link.`,
    action:
      'To be recognised for work in this customer, use an identity that lives in their tenant (a guest or directory account, or a service principal), give it an eligible Azure role there and link it; or manage their resources through Azure Lighthouse and link the identity in your own tenant. For CSP partner earned credit, see "CSP partners and partner earned credit" on Understanding PAL.',
  },
  {
    kind: 'arm',
    key: 'partner-id-invalid',
    status: [400],
    code: 'PartnerIdInvalid',
    title: (_, context) => `Microsoft did not accept Partner ID ${context.partnerId ?? ''}`.trimEnd() + '.',
    action:
      'Check it for typing errors, then check the location IDs in Partner Center (Settings › Account settings › Identifiers): Microsoft asks for the Associated Partner ID on your partner profile, typically a location ID (PLA).',
  },
  {
    kind: 'arm',
    key: 'bad-request',
    status: [400],
    title: ({code}) => `Azure rejected the request${code ? ` (${code})` : ''}.`,
    action: 'Check the Partner ID and tenant, then try again.',
  },
  {
    kind: 'arm',
    key: 'unauthorized',
    status: [401],
    title: (_, context) => `Azure did not accept your sign-in token${inTenant(context)}: it may have expired or belong to another tenant.`,
    action: 'Sign out, sign in again and choose the tenant once more.',
    needsTenantSignIn: true,
  },
  {
    kind: 'arm',
    key: 'forbidden',
    status: [403],
    operations: READING_ROLES,
    title: (_, context) => `Your account may not read role assignments${inTenant(context)}.`,
    action: 'Without any role there it earns no recognition either. Ask the customer for an eligible role assignment, or check with their administrator.',
  },
  {
    kind: 'arm',
    key: 'forbidden',
    status: [403],
    title: ({code}, context) => `Azure refused the request${inTenant(context)}${code ? ` (${code})` : ''}.`,
    action:
      'Make sure you signed in to the customer tenant with the identity you use there. A policy in the tenant may also block it: ask the tenant administrator.',
  },
  {
    kind: 'arm',
    key: 'link-gone',
    status: [404],
    operations: ['change-link'],
    title: 'There is no link to change any more: it was removed after the status was read.',
    action: 'Check the status again, then link the Partner ID, which will create a new link.',
  },
  {
    kind: 'arm',
    key: 'not-found',
    status: [404],
    title: ({code}, context) => `Azure could not find what was asked for${inTenant(context)}${code ? ` (${code})` : ''}.`,
    action: 'Check the tenant and try again.',
  },
  {
    kind: 'arm',
    key: 'conflict',
    status: [409],
    title: 'Azure reported a conflict: the link changed while this request was running.',
    action: 'Check the status again to see the link as it is now, then decide whether to change it.',
    retryable: true,
  },
  {
    kind: 'arm',
    key: 'throttled',
    status: [429],
    title: throttledTitle,
    action: ({retryAfterSeconds: asked}) =>
      `${asked !== undefined ? `Wait ${duration(asked)}` : 'Wait a minute'}, then try again. Nothing was changed by the throttled request.`,
    retryable: true,
  },
  {
    kind: 'arm',
    key: 'server-error',
    status: {from: 500},
    title: ({status}) => `Azure Resource Manager had a problem of its own (HTTP ${status}).`,
    action: 'Try again in a few minutes; check Azure status if it persists. Check the status before linking again: a change may or may not have been made.',
    retryable: true,
  },
  {
    kind: 'arm',
    key: 'arm-error',
    title: ({status, code}) => `Azure answered with an error (HTTP ${status}${code ? `, ${code}` : ''}).`,
    action: 'Try again. If it keeps failing, check the status and the tenant.',
    retryable: true,
  },
];
