import {useCallback, useEffect, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {isFramed} from '../browser/framed';
import {loadSession} from '../azure/load';
import {sessionIsWaiting, takeReturnTo} from '../azure/hints';
import type {PalSession, SessionSettings} from '../azure/session';
import {explainError, type Explanation} from '../pal/errors';
import {FailureError} from '../pal/failures';
import type {SignedInAccount} from '../pal/types';

export interface SessionHandle {
  /** Demo mode is known from the build settings, before anything loads. */
  demo: boolean;
  /** The page is inside another page's frame: nothing loads, signs in or writes. */
  framed: boolean;
  session: PalSession | null;
  account: SignedInAccount | null;
  /** The session is being restored for a reader who is already signed in. */
  restoring: boolean;
  /**
   * Why restoring failed: above all, a full-page redirect sign-in that came back refused or
   * cancelled. It stays until the reader tries again.
   */
  restoreError: Explanation | null;
  dismissRestoreError: () => void;
  /** Loads the session on first use; later calls get the same one. */
  ensure: () => Promise<PalSession>;
  /** Start loading early (hover, focus, touch) so a sign-in popup opens within the click. */
  preload: () => void;
  /** True once after a full-page redirect sign-in that started from this widget came back. */
  takeReturnTo: () => boolean;
}

/** The settings docusaurus.config.ts passes on from site-settings.ts (read at build time only). */
interface SessionCustomFields {
  palClientId: string;
  palAuthority: string;
}

function useSessionSettings(): SessionSettings {
  const {siteConfig} = useDocusaurusContext();
  const bridgePath = useBaseUrl('/auth/redirect.html');
  const fields = siteConfig.customFields as unknown as SessionCustomFields;
  return {
    clientId: fields.palClientId,
    authority: fields.palAuthority,
    redirectUri: typeof window === 'undefined' ? bridgePath : new URL(bridgePath, window.location.origin).href,
  };
}

/**
 * Shared by every widget: the session (MSAL and the Azure SDK, or the demo) loads when the
 * reader reaches for a widget (hover, focus, touch, click), or at once when the reader
 * already signed in earlier in this browser session.
 */
export function usePalSession(widgetId: string): SessionHandle {
  const settings = useSessionSettings();
  const [session, setSession] = useState<PalSession | null>(null);
  const [account, setAccount] = useState<SignedInAccount | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<Explanation | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const ensure = useCallback(async () => {
    // The widgets offer nothing that gets here while framed; this keeps it so.
    if (isFramed()) {
      throw new FailureError({kind: 'unexpected', operation: 'sign-in', message: 'This page is inside another page. Open it directly to sign in.'});
    }
    const loaded = await loadSession(settingsRef.current);
    setSession(loaded);
    setAccount(loaded.account());
    return loaded;
  }, []);

  const dismissRestoreError = useCallback(() => setRestoreError(null), []);

  const preload = useCallback(() => {
    if (isFramed()) return;
    ensure().catch(() => {
      // The action that needs the session reports the failure.
    });
  }, [ensure]);

  useEffect(() => {
    if (!session) return undefined;
    return session.subscribe(() => setAccount(session.account()));
  }, [session]);

  // A reader who signed in earlier in this browser session (on any page) sees their state
  // straight away; everyone else loads nothing until they reach for the widget.
  useEffect(() => {
    if (!sessionIsWaiting(widgetId) || isFramed()) return;
    setRestoring(true);
    ensure()
      .catch((error: unknown) => setRestoreError(explainError(error, 'sign-in')))
      .finally(() => setRestoring(false));
  }, [ensure, widgetId]);

  // Known only in the browser; the server-rendered widget is inert until hydration anyway.
  const framed = useIsBrowser() && isFramed();

  const takeThisReturn = useCallback(() => takeReturnTo(widgetId), [widgetId]);

  return {
    demo: !settings.clientId,
    framed,
    session,
    account,
    restoring,
    restoreError,
    dismissRestoreError,
    ensure,
    preload,
    takeReturnTo: takeThisReturn,
  };
}
