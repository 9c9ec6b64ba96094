import {useCallback, useState} from 'react';
import type {SessionHandle} from './usePalSession';
import {explainError, type Explanation} from '../pal/errors';

/** Sign-in and sign-out for one widget, with what to tell the reader about them. */
export function useSignIn(handle: SessionHandle, widgetId: string) {
  const {ensure, dismissRestoreError} = handle;
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<Explanation | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const signIn = useCallback(async () => {
    setError(null);
    dismissRestoreError();
    setNote(null);
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
      setNote('Signed out. Your sign-in and tokens were removed from this browser.');
    } catch (err) {
      setError(explainError(err, 'sign-out'));
    }
  }, [ensure]);

  const clear = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);

  return {signingIn, error, note, signIn, signOut, clear};
}

export type SignInControls = ReturnType<typeof useSignIn>;
