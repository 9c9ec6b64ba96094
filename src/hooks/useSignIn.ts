import {useCallback, useEffect, useState} from 'react';
import {takeMicrosoftSignOut} from '../azure/hints';
import type {SessionHandle} from './usePalSession';
import {explainError, type Explanation} from '../pal/errors';

/** What Sign out did, in words: the site's tokens go, the Microsoft sign-in stays. */
export const SIGNED_OUT =
  "Signed out of PAL Guide: this site's tokens were removed from this browser. " +
  'You are still signed in to Microsoft in this browser, so Microsoft may sign you in again without asking for your password. ' +
  'On a shared computer, sign out of Microsoft too.';
export const SIGNED_OUT_OF_DEMO = 'Signed out of the demo: its simulated session was removed from this browser. Nothing was sent to Microsoft.';
export const SIGNED_OUT_OF_MICROSOFT =
  "Signed out of Microsoft too: Microsoft's sign-out page ended your Microsoft sign-in session in this browser.";

/** Sign-in and sign-out for one widget, with what to tell the reader about them. */
export function useSignIn(handle: SessionHandle, widgetId: string) {
  const {ensure, dismissRestoreError} = handle;
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<Explanation | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** Offered after Sign out in live mode, until used or until the next sign-in. */
  const [microsoftSignOut, setMicrosoftSignOut] = useState<'offered' | 'running' | null>(null);

  // Back from a full-page sign-out redirect (popups blocked): say that it happened.
  useEffect(() => {
    if (takeMicrosoftSignOut()) setNote(SIGNED_OUT_OF_MICROSOFT);
  }, []);

  const signIn = useCallback(async () => {
    setError(null);
    dismissRestoreError();
    setNote(null);
    setMicrosoftSignOut(null);
    setSigningIn(true);
    try {
      const session = await ensure();
      const signedIn = await session.signIn({returnTo: widgetId});
      if (!signedIn) setNote('Taking you to the Microsoft sign-in page…');
    } catch (err) {
      setError(explainError(err, 'sign-in'));
    } finally {
      setSigningIn(false);
    }
  }, [dismissRestoreError, ensure, widgetId]);

  const signOut = useCallback(async () => {
    setNote(null);
    try {
      const session = await ensure();
      await session.signOut();
      setError(null);
      const live = session.mode === 'live';
      setNote(live ? SIGNED_OUT : SIGNED_OUT_OF_DEMO);
      setMicrosoftSignOut(live ? 'offered' : null);
    } catch (err) {
      setError(explainError(err, 'sign-out'));
    }
  }, [ensure]);

  const signOutOfMicrosoft = useCallback(async () => {
    setError(null);
    setMicrosoftSignOut('running');
    try {
      const session = await ensure();
      const done = await session.signOutOfMicrosoft();
      setNote(done ? SIGNED_OUT_OF_MICROSOFT : 'Taking you to the Microsoft sign-out page…');
      setMicrosoftSignOut(null);
    } catch (err) {
      setError(explainError(err, 'sign-out'));
      setMicrosoftSignOut('offered');
    }
  }, [ensure]);

  const clear = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);

  return {signingIn, error, note, microsoftSignOut, signIn, signOut, signOutOfMicrosoft, clear};
}

export type SignInControls = ReturnType<typeof useSignIn>;
