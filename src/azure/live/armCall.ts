import type {AuthenticationResult} from '@azure/msal-browser';
import type {TokenCredential} from '@azure/core-auth';
import type {Operation} from '../../pal/failures';
import {throttlingPolicy} from './throttling';
import {armFailure, RequestTimeoutError} from './toFailure';

export const REQUEST_TIMEOUT_SECONDS = 30;

/** Hands the SDK the token MSAL already acquired for this tenant. */
export function credentialFrom(token: AuthenticationResult): TokenCredential {
  return {
    getToken: async () => ({
      token: token.accessToken,
      expiresOnTimestamp: token.expiresOn?.getTime() ?? Date.now() + 5 * 60_000,
    }),
  };
}

/**
 * SDK client options: throttling is ours. A throttled answer is reported at once, with the
 * wait Azure asked for (throttling.ts), and the session's pacer (pacing.ts) waits, lowers
 * its concurrency and tries again; fewer, quicker retries than the SDK's for the rest.
 */
export const clientOptions = {
  retryOptions: {maxRetries: 2, retryDelayInMs: 500, maxRetryDelayInMs: 4000},
  additionalPolicies: [{policy: throttlingPolicy(0), position: 'perRetry' as const}],
};

/**
 * For lists read page by page (tenants, subscriptions): a throttled page is waited for and
 * asked again once within the list, so the pacer's retry does not read the earlier pages again.
 */
export const pagedClientOptions = {
  ...clientOptions,
  additionalPolicies: [{policy: throttlingPolicy(), position: 'perRetry' as const}],
};

/**
 * Runs one SDK call with our own timeout and turns any failure into a FailureError.
 * A plain timer (not AbortSignal.timeout) so tests can fast-forward it.
 */
export async function armCall<T>(operation: Operation, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, REQUEST_TIMEOUT_SECONDS * 1000);
  try {
    return await call(controller.signal);
  } catch (error) {
    throw armFailure(timedOut ? new RequestTimeoutError(REQUEST_TIMEOUT_SECONDS) : error, operation);
  } finally {
    clearTimeout(timer);
  }
}
