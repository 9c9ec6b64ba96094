import React, {type ReactNode} from 'react';
import type {DoctorRow} from '../../hooks/usePalDoctor';
import type {SignInWalk as Walk} from '../../state/doctorFlow';
import styles from './styles.module.css';

interface Props {
  rows: readonly DoctorRow[];
  walk: Walk | null;
  busy: boolean;
  onStart: () => void;
  onContinue: () => void;
}

function nameOf(rows: readonly DoctorRow[], tenantId: string | null): string {
  const row = rows.find((r) => r.tenant.tenantId === tenantId);
  return row ? (row.tenant.displayName ?? row.tenant.tenantId) : (tenantId ?? '');
}

/** "Sign in to these tenants": one sign-in window after another for every tenant that needs one. */
export default function SignInWalk({rows, walk, busy, onStart, onContinue}: Props): ReactNode {
  const waiting = rows.filter((r) => r.phase === 'done' && r.check?.verdict === 'Needs sign-in').length;
  const walking = !!walk?.current && !walk.paused;
  let said: string | null = null;
  if (walk?.current && walk.paused) {
    said = `The browser blocked the sign-in window for ${nameOf(rows, walk.current)}. Select Continue to open it.`;
  } else if (walk?.current) {
    said = `Signing in to ${nameOf(rows, walk.current)} (${walk.total - walk.queue.length} of ${walk.total}); finish or close the sign-in window.`;
  } else if (walk?.stopped) {
    said = `${walk.stopped} ${waiting} tenant${waiting === 1 ? '' : 's'} still need${waiting === 1 ? 's' : ''} sign-in.`;
  } else if (walk) {
    said = `Signed in to ${walk.signedIn} of ${walk.total} tenants that needed it; they are checked again.`;
  }
  if (waiting === 0 && !said) return null;
  return (
    <div className={styles.walk}>
      {waiting > 0 && !walk?.current && (
        <button type="button" className="button button--primary button--sm" onClick={onStart} disabled={busy}>
          Sign in to these tenants
        </button>
      )}
      {waiting > 0 && !walk?.current && (
        <span>
          {waiting} tenant{waiting === 1 ? '' : 's'} need{waiting === 1 ? 's' : ''} an interactive sign-in: one sign-in window each, one after
          another. Close a window to stop.
        </span>
      )}
      {walk?.current && walk.paused && (
        <button type="button" className="button button--primary button--sm" onClick={onContinue}>
          Continue: sign in to {nameOf(rows, walk.current)}
        </button>
      )}
      {said && (
        <span aria-live="polite" className={styles.line}>
          {said}
        </span>
      )}
      {walking && <span className={styles.pending}>Waiting for the sign-in window…</span>}
    </div>
  );
}
