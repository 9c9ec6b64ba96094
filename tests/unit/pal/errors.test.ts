import {describe, expect, it} from 'vitest';
import {explainFailure} from '../../../src/pal/errors';
import {findAadsts, parseRetryAfter, type Failure} from '../../../src/pal/failures';

const auth = (code: string, message?: string): Failure => ({
  kind: 'auth',
  operation: 'sign-in',
  code,
  aadsts: findAadsts(message),
  message,
});
const arm = (status: number, code?: string, message?: string, operation: Failure['operation'] = 'read-link'): Failure => ({
  kind: 'arm',
  operation,
  status,
  code,
  message,
});

describe('explainFailure: sign-in', () => {
  it.each([
    ['popup_window_error', undefined, 'popup-blocked'],
    ['empty_window_error', undefined, 'popup-blocked'],
    ['user_cancelled', undefined, 'sign-in-cancelled'],
    ['interaction_required', undefined, 'interaction-required'],
    ['invalid_grant', 'AADSTS65001: The user or administrator has not consented', 'consent-required'],
    ['access_denied', 'AADSTS90094: An administrator of Contoso has set a policy', 'admin-approval-required'],
    ['invalid_request', "AADSTS50020: User account 'a@b.com' from identity provider does not exist in tenant", 'account-not-in-tenant'],
    ['invalid_request', 'AADSTS90072: User account needs to be added as an external user', 'account-not-in-tenant'],
    ['unauthorized_client', "AADSTS700016: Application with identifier 'x' was not found in the directory", 'app-not-found'],
    ['interaction_required', 'AADSTS50076: you must use multi-factor authentication', 'mfa-required'],
    ['interaction_required', 'AADSTS53003: Access has been blocked by Conditional Access policies', 'conditional-access-blocked'],
    ['invalid_request', "AADSTS90002: Tenant 'nosuch.example' not found", 'tenant-not-found'],
    ['no_network_connectivity', undefined, 'sign-in-unreachable'],
    ['timed_out', undefined, 'sign-in-timeout'],
    ['access_denied', 'AADSTS65004: User declined to consent to access the app.', 'consent-declined'],
    ['access_denied', undefined, 'sign-in-cancelled'],
  ])('%s %s → %s', (code, message, key) => {
    const explanation = explainFailure(auth(code, message));
    expect(explanation.key).toBe(key);
    expect(explanation.title.length).toBeGreaterThan(10);
    expect(explanation.action.length).toBeGreaterThan(10);
  });

  it('offers an interactive tenant sign-in for MFA and expired sessions but not for a blocked device', () => {
    expect(explainFailure(auth('interaction_required', 'AADSTS50076: mfa')).needsTenantSignIn).toBe(true);
    expect(explainFailure(auth('login_required')).needsTenantSignIn).toBe(true);
    expect(explainFailure(auth('interaction_required', 'AADSTS53003: blocked')).needsTenantSignIn).toBe(false);
  });

  it('names the tenant when it knows it', () => {
    const e = explainFailure(auth('invalid_request', 'AADSTS50020: nope'), {tenant: 'Fabrikam (fabrikam.com)'});
    expect(e.title).toContain('Fabrikam (fabrikam.com)');
  });
});

describe('explainFailure: Azure Resource Manager', () => {
  it('explains PartnerIdInvalid as help: the typed ID, typos, the location IDs in Partner Center', () => {
    const e = explainFailure(arm(400, 'PartnerIdInvalid', 'The Partner ID is not valid', 'create-link'), {partnerId: '4567890'});
    expect(e.key).toBe('partner-id-invalid');
    expect(e.title).toBe('Microsoft did not accept Partner ID 4567890.');
    expect(e.action).toContain('check the location IDs in Partner Center');
    expect(e.action).toContain('Associated Partner ID');
    // Microsoft publishes neither "a PGA ID is refused" nor "the first PLA ID is the PGA ID plus one".
    expect(e.action).not.toMatch(/plus one|try \d|is your PGA/);
  });

  it('says only "did not accept" when the typed ID is unknown', () => {
    const e = explainFailure(arm(400, 'PartnerIdInvalid', 'The Partner ID is not valid', 'create-link'), {});
    expect(e.title).toBe('Microsoft did not accept Partner ID.');
  });

  it('explains the CSP delegated-admin message with what to do to be recognised, whatever the status', () => {
    const message = 'The user does not have an account in this tenant. Please use an account in this tenant. You will not be able to link the Partner ID';
    for (const status of [400, 401, 403]) {
      const e = explainFailure(arm(status, 'BadRequest', message, 'create-link'));
      expect(e.key).toBe('csp-no-account');
      expect(e.title).toMatch(/DAP or GDAP/);
      expect(e.action).toMatch(/guest or directory account, or a service principal/);
      expect(e.action).toMatch(/eligible Azure role/);
      expect(e.action).toMatch(/Azure Lighthouse/);
      // Microsoft's PEC pages say PAL is one of the routes for CSP partners: never "nothing is needed".
      expect(e.action).not.toMatch(/already recognised|do not need PAL|nothing is needed/i);
    }
  });

  it.each([
    [401, undefined, 'read-link', 'unauthorized'],
    [403, 'AuthorizationFailed', 'create-link', 'forbidden'],
    [404, 'ManagementPartnerNotFound', 'change-link', 'link-gone'],
    [409, 'Conflict', 'create-link', 'conflict'],
    [429, 'TooManyRequests', 'read-link', 'throttled'],
    [500, undefined, 'read-link', 'server-error'],
    [503, undefined, 'remove-link', 'server-error'],
  ] as const)('%i %s during %s → %s', (status, code, operation, key) => {
    expect(explainFailure(arm(status, code, undefined, operation)).key).toBe(key);
  });

  it('says how long Azure asked to wait when throttling persists', () => {
    const e = explainFailure({kind: 'arm', operation: 'read-link', status: 429, retryAfterSeconds: 7});
    expect(e.title).toContain('7 s');
    expect(e.retryable).toBe(true);
  });

  it('warns after a 5xx that a change may or may not have happened', () => {
    expect(explainFailure(arm(502, undefined, undefined, 'create-link')).action).toMatch(/may or may not/);
  });
});

describe('explainFailure: no answer', () => {
  it('tells offline from timeout from unreachable', () => {
    expect(explainFailure({kind: 'network', operation: 'read-link', reason: 'offline'}).key).toBe('offline');
    const timeout = explainFailure({kind: 'network', operation: 'read-link', reason: 'timeout', timeoutSeconds: 20});
    expect(timeout.key).toBe('timeout');
    expect(timeout.title).toContain('20 seconds');
    expect(explainFailure({kind: 'network', operation: 'read-link', reason: 'unreachable'}).key).toBe('unreachable');
  });
});

describe('parsing helpers', () => {
  it('finds AADSTS codes in Entra error text', () => {
    expect(findAadsts('AADSTS700016: Application not found')).toBe('700016');
    expect(findAadsts('no code here')).toBeUndefined();
  });
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('12')).toBe(12);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
