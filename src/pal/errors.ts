import {failureOf, type Failure, type Operation} from './failures';

/** What the reader sees: what happened, and what to do next. */
export interface Explanation {
  /** Stable identifier of the case, for tests and analytics-free debugging. */
  key: string;
  /** What happened, in one sentence. */
  title: string;
  /** What the reader can do next. */
  action: string;
  /** The tenant needs an interactive sign-in before anything else works there. */
  needsTenantSignIn?: boolean;
  /** Trying the same thing again later may work. */
  retryable?: boolean;
}

export interface FailureContext {
  /** How to name the tenant to the reader, e.g. "Fabrikam (fabrikam.onmicrosoft.com)". */
  tenant?: string;
  partnerId?: string;
}

const CSP_NO_ACCOUNT = /does not have an account in this tenant/i;

const INTERACTIVE_AADSTS: Record<string, {title: string; action: string}> = {
  '50076': {
    title: 'This tenant requires multi-factor authentication for your account.',
    action: 'Select "Sign in to this tenant" and complete the MFA prompt in the sign-in window.',
  },
  '50079': {
    title: 'This tenant asks you to register for multi-factor authentication first.',
    action: 'Select "Sign in to this tenant" and follow the MFA registration steps.',
  },
  '50158': {
    title: 'This tenant needs an extra security check (conditional access) before it issues a token.',
    action: 'Select "Sign in to this tenant" and complete the check in the sign-in window.',
  },
  '53003': {
    title: 'A conditional access policy in this tenant blocked the sign-in.',
    action:
      'Sign in from a device or network the tenant allows (for example a compliant or managed device), or ask the tenant administrator which policy applies.',
  },
  '50074': {
    title: 'This tenant requires strong authentication for your account.',
    action: 'Select "Sign in to this tenant" and complete the prompt in the sign-in window.',
  },
};

/** "45 s", "120 s (about 2 minutes)". */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return `${seconds} s (about ${minutes === 1 ? 'a minute' : `${minutes} minutes`})`;
}

function inTenant(context: FailureContext): string {
  return context.tenant ? ` in ${context.tenant}` : '';
}

function explainAuth(failure: Extract<Failure, {kind: 'auth'}>, context: FailureContext): Explanation {
  const {code, aadsts} = failure;
  if (aadsts === '90055' || code === 'temporarily_unavailable') {
    const tried = failure.throttledAttempts ? ` PAL Guide waited and tried ${failure.throttledAttempts} times, but it kept refusing.` : '';
    return {
      key: 'sign-in-throttled',
      title: `Microsoft Entra ID is throttling token requests${inTenant(context)}: too many arrived at once.${tried}`,
      action: 'Wait a minute, then select Retry. Nothing was changed.',
      retryable: true,
    };
  }
  if (aadsts === '65001' || code === 'consent_required') {
    return {
      key: 'consent-required',
      title: `PAL Guide needs consent to manage Azure on your behalf${inTenant(context)}, and none has been given yet.`,
      action:
        'Sign in again and accept the permission request. If your organisation only lets administrators consent, ask a Global Administrator or Cloud Application Administrator to grant consent for this app.',
      needsTenantSignIn: true,
    };
  }
  if (aadsts === '65004') {
    return {
      key: 'consent-declined',
      title: 'You declined the permission PAL Guide asked for, so it cannot read or change your link.',
      action: 'Select "Sign in" again and accept the request to manage Azure on your behalf. Nothing was changed.',
    };
  }
  if (aadsts === '90094' || aadsts === '900941' || aadsts === '90095') {
    return {
      key: 'admin-approval-required',
      title: `An administrator must approve PAL Guide before you can use it${inTenant(context)}.`,
      action:
        'Request approval in the sign-in window, or ask a Global Administrator or Cloud Application Administrator of that tenant to grant admin consent. Then sign in again.',
    };
  }
  if (aadsts === '50020' || aadsts === '90072') {
    return {
      key: 'account-not-in-tenant',
      title: `Your account is not a member or guest${inTenant(context)}, so it cannot sign in there.`,
      action:
        'Check that you typed the right tenant. If it is right, ask the customer to invite your account as a guest (and accept the invitation), or sign in with the account they created for you.',
    };
  }
  if (aadsts === '90002' || aadsts === '900023') {
    return {
      key: 'tenant-not-found',
      title: `Microsoft Entra ID knows no tenant by that name${context.tenant ? ` (${context.tenant})` : ''}.`,
      action: 'Check the tenant ID or domain for typos; copy it from the customer\'s Microsoft Entra overview page.',
    };
  }
  if (aadsts === '700016') {
    return {
      key: 'app-not-found',
      title: `The PAL Guide app registration is not available${inTenant(context)}.`,
      action:
        'The site owner must register the app as multi-tenant ("Accounts in any organizational directory"). If it already is, an administrator of that tenant may need to grant consent first.',
    };
  }
  if (aadsts && INTERACTIVE_AADSTS[aadsts]) {
    const known = INTERACTIVE_AADSTS[aadsts];
    return {key: aadsts === '53003' ? 'conditional-access-blocked' : 'mfa-required', ...known, needsTenantSignIn: aadsts !== '53003'};
  }
  switch (code) {
    case 'popup_window_error':
    case 'empty_window_error':
      return {
        key: 'popup-blocked',
        title: 'The browser blocked the sign-in window.',
        action: 'Allow pop-ups for this site and select the button again, or continue when the page takes you to the Microsoft sign-in page.',
      };
    case 'user_cancelled':
    case 'access_denied':
      return {
        key: 'sign-in-cancelled',
        title: 'Sign-in was cancelled: the sign-in window was closed before it finished.',
        action: 'Select "Sign in" again when you are ready. Nothing was changed.',
      };
    case 'interaction_in_progress':
      return {
        key: 'sign-in-in-progress',
        title: 'Another sign-in is still open in this browser.',
        action: 'Finish or close the other sign-in window, then try again.',
      };
    case 'interaction_required':
    case 'login_required':
    case 'no_tokens_found':
    case 'refresh_token_expired':
    case 'bad_token':
    case 'no_account_error':
      return {
        key: 'interaction-required',
        title: `Your sign-in${inTenant(context)} needs you to confirm it interactively (it expired, or the tenant asks for MFA or another check).`,
        action: 'Select "Sign in to this tenant" and complete the sign-in window.',
        needsTenantSignIn: true,
      };
    case 'timed_out':
    case 'monitor_window_timeout':
      // Browsers hide whether a sign-in window was closed, so a closed window ends as a timeout.
      return {
        key: 'sign-in-timeout',
        title: 'The sign-in window was closed, or the sign-in did not finish in time.',
        action: 'Select "Sign in" again when you are ready; nothing was changed. If no sign-in window appeared, allow pop-ups for this site.',
        retryable: true,
      };
    case 'no_network_connectivity':
    case 'post_request_failed':
    case 'get_request_failed':
    case 'endpoints_resolution_error':
      return {
        key: 'sign-in-unreachable',
        title: 'Microsoft Entra ID could not be reached to sign you in.',
        action: 'Check your internet connection (and any proxy that blocks login.microsoftonline.com), then try again.',
        retryable: true,
      };
    default:
      return {
        key: 'sign-in-failed',
        title: `Sign-in failed${inTenant(context)}${aadsts ? ` (AADSTS${aadsts})` : ''}.`,
        action: 'Try signing in again. If it keeps failing, note the AADSTS code and look it up in the Microsoft Entra error code reference.',
        retryable: true,
      };
  }
}

function explainArm(failure: Extract<Failure, {kind: 'arm'}>, context: FailureContext): Explanation {
  const {status, code, message, operation} = failure;
  if (message && CSP_NO_ACCOUNT.test(message)) {
    return {
      key: 'csp-no-account',
      title: `Azure says your account has no account of its own${inTenant(context)}. This happens when you reach a customer through CSP delegated admin rights (DAP or GDAP): you act from your partner tenant, so there is no identity of yours in the customer's directory to link.`,
      action:
        'To be recognised for work in this customer, use an identity that lives in their tenant (a guest or directory account, or a service principal), give it an eligible Azure role there and link it; or manage their resources through Azure Lighthouse and link the identity in your own tenant. For CSP partner earned credit, see "CSP partners and partner earned credit" on Understanding PAL.',
    };
  }
  if (status === 400 && code === 'PartnerIdInvalid') {
    return {
      key: 'partner-id-invalid',
      title: `Microsoft did not accept Partner ID ${context.partnerId ?? ''}`.trimEnd() + '.',
      action:
        'Check it for typing errors, then check the location IDs in Partner Center (Settings › Account settings › Identifiers): Microsoft asks for the Associated Partner ID on your partner profile, typically a location ID (PLA).',
    };
  }
  if (status === 400) {
    return {
      key: 'bad-request',
      title: `Azure rejected the request${code ? ` (${code})` : ''}.`,
      action: 'Check the Partner ID and tenant, then try again.',
    };
  }
  if (status === 401) {
    return {
      key: 'unauthorized',
      title: `Azure did not accept your sign-in token${inTenant(context)}: it may have expired or belong to another tenant.`,
      action: 'Sign out, sign in again and choose the tenant once more.',
      needsTenantSignIn: true,
    };
  }
  if (status === 403) {
    return {
      key: 'forbidden',
      title:
        operation === 'list-role-assignments' || operation === 'read-role-definition'
          ? `Your account may not read role assignments${inTenant(context)}.`
          : `Azure refused the request${inTenant(context)}${code ? ` (${code})` : ''}.`,
      action:
        operation === 'list-role-assignments' || operation === 'read-role-definition'
          ? 'Without any role there it earns no recognition either. Ask the customer for an eligible role assignment, or check with their administrator.'
          : 'Make sure you signed in to the customer tenant with the identity you use there. A policy in the tenant may also block it: ask the tenant administrator.',
    };
  }
  if (status === 404 && operation === 'change-link') {
    return {
      key: 'link-gone',
      title: 'There is no link to change any more: it was removed after the status was read.',
      action: 'Check the status again, then link the Partner ID, which will create a new link.',
    };
  }
  if (status === 404) {
    return {
      key: 'not-found',
      title: `Azure could not find what was asked for${inTenant(context)}${code ? ` (${code})` : ''}.`,
      action: 'Check the tenant and try again.',
    };
  }
  if (status === 409) {
    return {
      key: 'conflict',
      title: 'Azure reported a conflict: the link changed while this request was running.',
      action: 'Check the status again to see the link as it is now, then decide whether to change it.',
      retryable: true,
    };
  }
  if (status === 429) {
    const {retryAfterSeconds: asked, waitedSeconds: waited, attempts} = failure;
    // Say what PAL Guide did (src/azure/live/pacing.ts): waited and tried again, or gave up.
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
    return {
      key: 'throttled',
      title: `Azure is throttling requests from your account (HTTP 429).${happened}`,
      action: `${asked !== undefined ? `Wait ${duration(asked)}` : 'Wait a minute'}, then try again. Nothing was changed by the throttled request.`,
      retryable: true,
    };
  }
  if (status >= 500) {
    return {
      key: 'server-error',
      title: `Azure Resource Manager had a problem of its own (HTTP ${status}).`,
      action: 'Try again in a few minutes; check Azure status if it persists. Check the status before linking again: a change may or may not have been made.',
      retryable: true,
    };
  }
  return {
    key: 'arm-error',
    title: `Azure answered with an error (HTTP ${status}${code ? `, ${code}` : ''}).`,
    action: 'Try again. If it keeps failing, check the status and the tenant.',
    retryable: true,
  };
}

export function explainFailure(failure: Failure, context: FailureContext = {}): Explanation {
  switch (failure.kind) {
    case 'auth':
      return explainAuth(failure, context);
    case 'arm':
      return explainArm(failure, context);
    case 'network':
      if (failure.reason === 'offline') {
        return {
          key: 'offline',
          title: 'Your browser is offline, so Azure could not be reached.',
          action: 'Reconnect to the internet and try again. Nothing was changed.',
          retryable: true,
        };
      }
      if (failure.reason === 'timeout') {
        return {
          key: 'timeout',
          title: `Azure did not answer within ${failure.timeoutSeconds ?? 30} seconds.`,
          action: 'Try again. If you were changing the link, check the status first: the change may have been made.',
          retryable: true,
        };
      }
      return {
        key: 'unreachable',
        title: 'Azure Resource Manager could not be reached.',
        action: 'Check your connection and any proxy or firewall that blocks management.azure.com, then try again.',
        retryable: true,
      };
    case 'unexpected':
      return {
        key: 'unexpected',
        title: 'Something unexpected went wrong.',
        action: `Try again, or reload the page. Details: ${failure.message}`,
        retryable: true,
      };
  }
}

/** Explains anything thrown while doing `operation`. */
export function explainError(error: unknown, operation: Operation, context: FailureContext = {}): Explanation {
  return explainFailure(failureOf(error, operation), context);
}
