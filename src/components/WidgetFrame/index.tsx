import React, {useEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import ErrorNotice from '../ErrorNotice';
import SessionHeader from '../SessionHeader';
import type {SessionHandle} from '../../hooks/usePalSession';
import type {SignInControls} from '../../hooks/useSignIn';
import styles from './styles.module.css';

interface Props {
  id: string;
  title: string;
  handle: SessionHandle;
  signIn: SignInControls;
  busy: boolean;
  /** See SessionHeader: a read-only widget lets the reader sign out while it reads. */
  signOutBlocked?: boolean;
  invitation: string;
  className?: string;
  children: ReactNode;
}

/**
 * What every widget shares: the frame, the session header, sign-in failures, and loading
 * the session as soon as the reader reaches for the widget (hover, focus, touch).
 */
export default function WidgetFrame({id, title, handle, signIn, busy, signOutBlocked, invitation, className, children}: Props): ReactNode {
  const frame = useRef<HTMLElement>(null);
  const {preload} = handle;
  // The pointer can reach the server-rendered widget before React attaches its handlers; that
  // pointerenter is gone, so look once at where the pointer (and focus) already are.
  useEffect(() => {
    const element = frame.current;
    if (element && (element.contains(document.activeElement) || element.matches(':hover'))) preload();
  }, [preload]);
  return (
    <section
      ref={frame}
      id={id}
      className={clsx(styles.frame, className)}
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onPointerEnter={handle.preload}
      onFocusCapture={handle.preload}
      onTouchStart={handle.preload}>
      <SessionHeader id={id} title={title} handle={handle} signIn={signIn} busy={busy} signOutBlocked={signOutBlocked} invitation={invitation} />
      {signIn.error && <ErrorNotice explanation={signIn.error} />}
      {children}
    </section>
  );
}

/** Shared field, hint, problem and status styles for the widgets' own markup. */
export {styles as frameStyles};
