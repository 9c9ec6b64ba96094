import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {setYourValue, useYourValues} from '../../hooks/useYourValues';
import {isGuid} from '../../pal/tenants';
import styles from './styles.module.css';

/**
 * Offers the chosen tenant as the reader's Tenant ID for code snippets, when it is a GUID
 * and differs from the one stored in Your values.
 */
export default function UseTenantInSnippets({tenant}: {tenant: string | null}): ReactNode {
  const values = useYourValues();
  const [applied, setApplied] = useState<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const tenantId = tenant && isGuid(tenant) ? tenant.trim().toLowerCase() : null;

  // The button disappears once used: move focus to the note that replaces it.
  useEffect(() => {
    if (applied) noteRef.current?.focus();
  }, [applied]);

  if (!tenantId) return null;
  if (values.tenantId === tenantId) {
    return applied === tenantId ? (
      <p ref={noteRef} tabIndex={-1} className={styles.snippetsNote}>
        Code snippets on every page now use tenant ID <code>{tenantId}</code>.
      </p>
    ) : null;
  }
  return (
    <div className={styles.snippetsOffer}>
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => {
          if (setYourValue('tenantId', tenantId).ok) setApplied(tenantId);
        }}>
        Use this tenant in my snippets
      </button>
    </div>
  );
}
