/** Sign-in failures (MSAL and Microsoft Entra ID), by AADSTS code first, then by MSAL error code. */
import {inTenant, type AuthRow} from './rows';

export const AUTH_ROWS: readonly AuthRow[] = [
  {
    kind: 'auth',
    key: 'sign-in-throttled',
    aadsts: ['90055'],
    msal: ['temporarily_unavailable'],
    title: ({throttledAttempts: tried}, context) =>
      `Microsoft Entra ID is throttling token requests${inTenant(context)}: too many arrived at once.${tried ? ` PAL Guide waited and tried ${tried} times, but it kept refusing.` : ''}`,
    action: 'Wait a minute, then select Retry. Nothing was changed.',
    retryable: true,
  },
  {
    kind: 'auth',
    key: 'consent-required',
    aadsts: ['65001'],
    msal: ['consent_required'],
    title: (_, context) => `PAL Guide needs consent to manage Azure on your behalf${inTenant(context)}, and none has been given yet.`,
    action:
      'Sign in again and accept the permission request. If your organisation only lets administrators consent, ask a Global Administrator or Cloud Application Administrator to grant consent for this app.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    key: 'consent-declined',
    aadsts: ['65004'],
    title: 'You declined the permission PAL Guide asked for, so it cannot read or change your link.',
    action: 'Select "Sign in" again and accept the request to manage Azure on your behalf. Nothing was changed.',
  },
  {
    kind: 'auth',
    key: 'admin-approval-required',
    aadsts: ['90094', '900941', '90095'],
    title: (_, context) => `An administrator must approve PAL Guide before you can use it${inTenant(context)}.`,
    action:
      'Request approval in the sign-in window, or ask a Global Administrator or Cloud Application Administrator of that tenant to grant admin consent. Then sign in again.',
  },
  {
    kind: 'auth',
    key: 'account-not-in-tenant',
    aadsts: ['50020', '90072'],
    title: (_, context) => `Your account is not a member or guest${inTenant(context)}, so it cannot sign in there.`,
    action:
      'Check that you typed the right tenant. If it is right, ask the customer to invite your account as a guest (and accept the invitation), or sign in with the account they created for you.',
  },
  {
    kind: 'auth',
    key: 'tenant-not-found',
    aadsts: ['90002', '900023'],
    title: (_, context) => `Microsoft Entra ID knows no tenant by that name${context.tenant ? ` (${context.tenant})` : ''}.`,
    action: 'Check the tenant ID or domain for typos; copy it from the customer\'s Microsoft Entra overview page.',
  },
  {
    kind: 'auth',
    key: 'app-not-found',
    aadsts: ['700016'],
    title: (_, context) => `The PAL Guide app registration is not available${inTenant(context)}.`,
    action:
      'The site owner must register the app as multi-tenant ("Accounts in any organizational directory"). If it already is, an administrator of that tenant may need to grant consent first.',
  },
  {
    kind: 'auth',
    key: 'mfa-required',
    aadsts: ['50076'],
    title: 'This tenant requires multi-factor authentication for your account.',
    action: 'Select "Sign in to this tenant" and complete the MFA prompt in the sign-in window.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    key: 'mfa-required',
    aadsts: ['50079'],
    title: 'This tenant asks you to register for multi-factor authentication first.',
    action: 'Select "Sign in to this tenant" and follow the MFA registration steps.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    key: 'mfa-required',
    aadsts: ['50158'],
    title: 'This tenant needs an extra security check (conditional access) before it issues a token.',
    action: 'Select "Sign in to this tenant" and complete the check in the sign-in window.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    key: 'conditional-access-blocked',
    aadsts: ['53003'],
    title: 'A conditional access policy in this tenant blocked the sign-in.',
    action:
      'Sign in from a device or network the tenant allows (for example a compliant or managed device), or ask the tenant administrator which policy applies.',
    needsTenantSignIn: false,
  },
  {
    kind: 'auth',
    key: 'mfa-required',
    aadsts: ['50074'],
    title: 'This tenant requires strong authentication for your account.',
    action: 'Select "Sign in to this tenant" and complete the prompt in the sign-in window.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    key: 'popup-blocked',
    msal: ['popup_window_error', 'empty_window_error'],
    title: 'The browser blocked the sign-in window.',
    action: 'Allow pop-ups for this site and select the button again, or continue when the page takes you to the Microsoft sign-in page.',
  },
  {
    kind: 'auth',
    key: 'sign-in-cancelled',
    msal: ['user_cancelled', 'access_denied'],
    title: 'Sign-in was cancelled: the sign-in window was closed before it finished.',
    action: 'Select "Sign in" again when you are ready. Nothing was changed.',
  },
  {
    kind: 'auth',
    key: 'sign-in-in-progress',
    msal: ['interaction_in_progress'],
    title: 'Another sign-in is still open in this browser.',
    action: 'Finish or close the other sign-in window, then try again.',
  },
  {
    kind: 'auth',
    key: 'interaction-required',
    msal: ['interaction_required', 'login_required', 'no_tokens_found', 'refresh_token_expired', 'bad_token', 'no_account_error'],
    title: (_, context) =>
      `Your sign-in${inTenant(context)} needs you to confirm it interactively (it expired, or the tenant asks for MFA or another check).`,
    action: 'Select "Sign in to this tenant" and complete the sign-in window.',
    needsTenantSignIn: true,
  },
  {
    kind: 'auth',
    // Browsers hide whether a sign-in window was closed, so a closed window ends as a timeout.
    key: 'sign-in-timeout',
    msal: ['timed_out', 'monitor_window_timeout'],
    title: 'The sign-in window was closed, or the sign-in did not finish in time.',
    action: 'Select "Sign in" again when you are ready; nothing was changed. If no sign-in window appeared, allow pop-ups for this site.',
    retryable: true,
  },
  {
    kind: 'auth',
    key: 'sign-in-unreachable',
    msal: ['no_network_connectivity', 'post_request_failed', 'get_request_failed', 'endpoints_resolution_error'],
    title: 'Microsoft Entra ID could not be reached to sign you in.',
    action: 'Check your internet connection (and any proxy that blocks login.microsoftonline.com), then try again.',
    retryable: true,
  },
  {
    kind: 'auth',
    key: 'sign-in-failed',
    title: ({aadsts}, context) => `Sign-in failed${inTenant(context)}${aadsts ? ` (AADSTS${aadsts})` : ''}.`,
    action: 'Try signing in again. If it keeps failing, note the AADSTS code and look it up in the Microsoft Entra error code reference.',
    retryable: true,
  },
];
