/**
 * A failure, described as data. The Azure layer turns MSAL and SDK errors into these;
 * `explainFailure` turns them into words. Nothing here knows about MSAL or HTTP clients.
 */

export type Operation =
  | 'sign-in'
  | 'sign-out'
  | 'token'
  | 'list-tenants'
  | 'read-link'
  | 'create-link'
  | 'change-link'
  | 'remove-link'
  | 'list-subscriptions'
  | 'list-role-assignments'
  | 'read-role-definition';

export type Failure =
  /** Entra ID sign-in or token failure. `code` is MSAL's error code, `aadsts` the AADSTS number if any. */
  | {
      kind: 'auth';
      operation: Operation;
      code: string;
      aadsts?: string;
      subCode?: string;
      message?: string;
      /** Entra ID throttled the token request: how often PAL Guide tried before it gave up. */
      throttledAttempts?: number;
    }
  /** Azure Resource Manager answered with an error status. */
  | {
      kind: 'arm';
      operation: Operation;
      status: number;
      code?: string;
      message?: string;
      /** The wait Azure asked for (Retry-After) in its last answer. */
      retryAfterSeconds?: number;
      /** Throttled: how long we waited before trying again; undefined when we gave up at once. */
      waitedSeconds?: number;
      /** Throttled: how many times the request was sent in all. */
      attempts?: number;
    }
  /** No answer at all. */
  | {kind: 'network'; operation: Operation; reason: 'offline' | 'timeout' | 'unreachable'; timeoutSeconds?: number}
  | {kind: 'unexpected'; operation: Operation; message: string};

export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind === 'unexpected' ? failure.message : `${failure.kind} failure during ${failure.operation}`);
    this.name = 'FailureError';
  }
}

export function isFailureError(error: unknown): error is FailureError {
  return error instanceof Error && error.name === 'FailureError' && 'failure' in error;
}

/** The failure behind anything thrown during `operation`; a stray error becomes 'unexpected'. */
export function failureOf(error: unknown, operation: Operation): Failure {
  return isFailureError(error)
    ? error.failure
    : {kind: 'unexpected', operation, message: error instanceof Error ? error.message : String(error)};
}

/** Finds `AADSTS50020` style codes in Entra ID error text. */
export function findAadsts(text: string | undefined): string | undefined {
  const match = text?.match(/AADSTS(\d{5,6})/);
  return match ? match[1] : undefined;
}

/** Parses a `Retry-After` header: seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
