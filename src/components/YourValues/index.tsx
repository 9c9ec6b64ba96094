import React, {lazy, Suspense, useCallback, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
// The panel's form loads on first open: pages that are only read do not pay for it.
const Panel = lazy(() => import('./Panel'));
import styles from './styles.module.css';

interface Props {
  /** Set when rendered in the mobile menu. */
  mobile?: boolean;
  className?: string;
}

/**
 * The navbar item (type `custom-yourValues`) that opens the Your values panel. Focus comes
 * back to it when the panel closes.
 */
export default function YourValuesNavbarItem({mobile = false, className}: Props): ReactNode {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closed = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  const item = (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={clsx(mobile ? 'menu__link' : 'navbar__item navbar__link', styles.navbarButton, className)}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}>
        Your values
      </button>
      {open && (
        <Suspense fallback={null}>
          <Panel onClosed={closed} />
        </Suspense>
      )}
    </>
  );
  return mobile ? <li className="menu__list-item">{item}</li> : item;
}
