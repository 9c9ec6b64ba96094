import React, {useEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import ErrorNotice from '../ErrorNotice';
import FramedNotice from '../FramedNotice';
import SessionHeader, {type SessionHeaderProps} from '../SessionHeader';
import styles from './styles.module.css';

interface Props extends SessionHeaderProps {
  className?: string;
  children: ReactNode;
}

/**
 * What every widget shares: the frame, the session header, sign-in failures, and loading
 * the session as soon as the reader reaches for the widget (hover, focus, touch). Inside
 * another page's frame, only the header and the way out (FramedNotice).
 */
export default function WidgetFrame({className, children, ...header}: Props): ReactNode {
  const {id, handle, signIn, busy} = header;
  // A failed sign-in here, or one that came back refused from a full-page redirect.
  const problem = signIn.error ?? handle.restoreError;
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
      <SessionHeader {...header} />
      {handle.framed ? (
        <FramedNotice />
      ) : (
        <>
          {problem && <ErrorNotice explanation={problem} />}
          {children}
        </>
      )}
    </section>
  );
}

/** Shared field, hint, problem and status styles for the widgets' own markup. */
export {styles as frameStyles};
