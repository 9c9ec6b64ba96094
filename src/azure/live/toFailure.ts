import {AuthError} from '@azure/msal-browser';
import {isRestError} from '@azure/core-rest-pipeline';
import {isOffline} from '../../browser/offline';
import {throttlingOf} from './throttling';
import {findAadsts, FailureError, isFailureError, parseRetryAfter, type Failure, type Operation} from '../../pal/failures';

/** Set on an error thrown because our own request timer ran out. */
export class RequestTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`No answer within ${seconds} s`);
    this.name = 'RequestTimeoutError';
  }
}

/** MSAL errors → Failure. */
export function authFailure(error: unknown, operation: Operation): FailureError {
  if (isFailureError(error)) return error;
  if (isOffline()) return new FailureError({kind: 'network', operation, reason: 'offline'});
  if (error instanceof AuthError) {
    const text = `${error.errorMessage ?? ''} ${error.message ?? ''}`;
    return new FailureError({
      kind: 'auth',
      operation,
      code: error.errorCode,
      subCode: error.subError || undefined,
      aadsts: findAadsts(text),
      message: error.errorMessage,
    });
  }
  return new FailureError({kind: 'unexpected', operation, message: error instanceof Error ? error.message : String(error)});
}

/** Azure SDK errors → Failure. */
export function armFailure(error: unknown, operation: Operation): FailureError {
  if (isFailureError(error)) return error;
  if (error instanceof RequestTimeoutError) {
    return new FailureError({kind: 'network', operation, reason: 'timeout', timeoutSeconds: error.seconds});
  }
  if (isOffline()) return new FailureError({kind: 'network', operation, reason: 'offline'});
  const throttling = throttlingOf(error);
  if (throttling && isRestError(error)) {
    return new FailureError({kind: 'arm', operation, code: error.code, ...throttling});
  }
  if (isRestError(error)) {
    if (!error.statusCode) return new FailureError({kind: 'network', operation, reason: 'unreachable'});
    const failure: Failure = {
      kind: 'arm',
      operation,
      status: error.statusCode,
      code: error.code,
      message: error.message,
      retryAfterSeconds: parseRetryAfter(error.response?.headers.get('retry-after')),
    };
    return new FailureError(failure);
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when nothing answered (DNS, TLS, CORS, connection reset).
    return new FailureError({kind: 'network', operation, reason: 'unreachable'});
  }
  return new FailureError({kind: 'unexpected', operation, message: error instanceof Error ? error.message : String(error)});
}
