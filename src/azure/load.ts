import {isOffline} from '../browser/offline';
import {FailureError} from '../pal/failures';
import type {PalSession, SessionSettings} from './session';

/**
 * The only way components reach a session. The implementation (MSAL and the Azure SDK, or
 * the demo) is a separate chunk fetched on first use; every widget on the page shares it.
 */
let pending: Promise<PalSession> | null = null;

export function loadSession(settings: SessionSettings): Promise<PalSession> {
  if (!pending) {
    pending = (
      settings.clientId
        ? import(/* webpackChunkName: "pal-live" */ './live/liveSession').then((m) => m.createLiveSession(settings))
        : import(/* webpackChunkName: "pal-demo" */ './simulated/simulatedSession').then((m) => m.createSimulatedSession())
    ).catch((error: unknown) => {
      pending = null;
      if (error instanceof FailureError) throw error;
      // A chunk that fails to download means the network is gone or the site was redeployed.
      throw new FailureError(
        isOffline()
          ? {kind: 'network', operation: 'sign-in', reason: 'offline'}
          : {kind: 'unexpected', operation: 'sign-in', message: `The sign-in code could not be loaded (${String(error)}). Reload the page.`},
      );
    });
  }
  return pending;
}
