import React, {useEffect, useRef, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {SessionHandle} from '../../hooks/usePalSession';
import type {SignInControls} from '../../hooks/useSignIn';
import styles from './styles.module.css';

export interface SessionHeaderProps {
  id: string;
  title: string;
  handle: SessionHandle;
  signIn: SignInControls;
  /** Another action of the widget is running. */
  busy: boolean;
  /** Sign-out waits while this is true; by default while anything runs. */
  signOutBlocked?: boolean;
  /** What the widget offers once signed in, shown next to "Sign in". */
  invitation: string;
}

/** Title, demo label and the account line every widget starts with. */
export default function SessionHeader({id, title, handle, signIn, busy, signOutBlocked = busy, invitation}: SessionHeaderProps): ReactNode {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Server-rendered HTML has no handlers yet: keep "Sign in" disabled until React runs.
  const hydrated = useIsBrowser();
  const {account, demo, restoring, restoreError, framed, takeReturnTo} = handle;

  // Back from a full-page redirect sign-in, signed in or refused: bring the reader to the
  // widget they started from.
  useEffect(() => {
    if ((account || restoreError) && takeReturnTo()) {
      document.getElementById(id)?.scrollIntoView({block: 'start'});
      headingRef.current?.focus();
    }
  }, [account, restoreError, id, takeReturnTo]);

  return (
    <>
      <div className={styles.header}>
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className={styles.title}>
          {title}
        </h3>
        {demo && <span className={styles.demoBadge}>Demo mode</span>}
      </div>
      {demo && (
        <p className={styles.demoNote}>
          Demo mode: a simulated account with simulated tenants. Nothing is sent to Microsoft Entra ID or Azure.
        </p>
      )}
      <div className={styles.account}>
        {account ? (
          <>
            <span>
              Signed in as <strong>{account.username}</strong>
            </span>
            <button type="button" className="button button--secondary button--sm" onClick={signIn.signOut} disabled={signOutBlocked}>
              Sign out
            </button>
          </>
        ) : (
          <>
            <span>{invitation}</span>
            <button
              type="button"
              className="button button--primary"
              onClick={signIn.signIn}
              disabled={!hydrated || framed || busy || restoring || signIn.signingIn}>
              Sign in
            </button>
            {signIn.microsoftSignOut && (
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={signIn.signOutOfMicrosoft}
                disabled={signIn.microsoftSignOut === 'running' || signIn.signingIn}>
                Sign out of Microsoft too
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}
