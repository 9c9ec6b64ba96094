import React, {useEffect, useId, useRef, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Marks the confirm button as destructive (removing a link). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, and the
 * buttons are always named "Confirm" and "Cancel".
 */
export default function ConfirmDialog({open, title, children, danger, onConfirm, onCancel}: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}>
      {open && (
        <>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          <div id={bodyId} className={styles.body}>
            {children}
          </div>
          <div className={styles.buttons}>
            <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" className={`button ${danger ? 'button--danger' : 'button--primary'}`} onClick={onConfirm}>
              Confirm
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
