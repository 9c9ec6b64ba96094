import {FailureError, isFailureError} from '../../pal/failures';
import {Pacer, type PacerSettings} from '../../pal/pacer';

/**
 * How the live session paces its calls (src/pal/pacer.ts): one adaptive limit for Azure
 * Resource Manager, one for Entra ID's token endpoint. A throttled call waits what the
 * service asked for (only its own tenant or subscription waits; the rest carry on), and is
 * given up after five attempts or 20 s of waiting in all, whichever comes first.
 */
export const PACER_SETTINGS: PacerSettings = {
  hosts: {
    // ARM and Entra ID answer over HTTP/2 (many calls share a connection, servers allow about
    // 100 streams at once), and ARM's limits are per tenant and subscription: the doctor's 64
    // tenants at once start with a token each and then two ARM calls each.
    arm: {initial: 96, min: 2, max: 128},
    login: {initial: 64, min: 2, max: 64},
  },
  maxAttempts: 5,
  maxWaitSeconds: 20,
  fallbackWaitSeconds: 1,
  // Each start costs a few milliseconds of MSAL and SDK work: four per task keeps a burst of
  // starts from becoming one long task (eight gave tasks of about 100 ms at 500 tenants).
  startsPerTurn: 4,
};

/** Entra ID's answer when too many token requests arrive (AADSTS90055, or `temporarily_unavailable`). */
function authThrottled(failure: {code: string; aadsts?: string}): boolean {
  return failure.aadsts === '90055' || failure.code === 'temporarily_unavailable' || failure.code === '90055';
}

export function createPacer(settings: PacerSettings = PACER_SETTINGS): Pacer {
  return new Pacer(settings, {
    throttled(error) {
      if (!isFailureError(error)) return null;
      const {failure} = error;
      if (failure.kind === 'arm' && (failure.status === 429 || (failure.status === 503 && failure.retryAfterSeconds !== undefined))) {
        return {retryAfterSeconds: failure.retryAfterSeconds};
      }
      if (failure.kind === 'auth' && authThrottled(failure)) return {};
      return null;
    },
    giveUp(error, {attempts, waitedSeconds}) {
      if (!isFailureError(error)) return error;
      const {failure} = error;
      if (failure.kind === 'arm') return new FailureError({...failure, waitedSeconds: waitedSeconds || undefined, attempts});
      if (failure.kind === 'auth') return new FailureError({...failure, throttledAttempts: attempts});
      return error;
    },
  });
}
