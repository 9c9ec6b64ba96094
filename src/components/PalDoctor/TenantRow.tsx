import React, {memo, type ReactNode} from 'react';
import type {DoctorRow} from '../../hooks/usePalDoctor';
import {adviceFor} from '../../pal/verdict';
import AssignmentList from './AssignmentList';
import styles from './styles.module.css';

interface Props {
  row: DoctorRow;
  selectable: boolean;
  busy: boolean;
  onToggle: (tenantId: string, selected: boolean) => void;
  onSignIn: (tenantId: string) => void;
  onRetry: (tenantId: string) => void;
}

function category(row: DoctorRow): string {
  if (row.check?.lighthouse) return 'Lighthouse delegation';
  return row.tenant.category === 'Home' || !row.tenant.category ? 'Home' : row.tenant.category;
}

function bulkText(row: DoctorRow): string | null {
  const bulk = row.bulk;
  if (!bulk) return null;
  if (bulk.state !== 'done') return bulk.state === 'waiting' ? 'Waiting to link…' : 'Linking…';
  const outcome = bulk.outcome;
  switch (outcome.status) {
    case 'linked':
      return `Linked to ${outcome.link?.partnerId}.`;
    case 'changed':
      return `Changed to ${outcome.link?.partnerId}.`;
    case 'unchanged':
      return 'Already linked to this ID: nothing to do.';
    case 'moved':
      return outcome.message;
    case 'failed':
      return `Failed: ${outcome.problem.title} ${outcome.problem.action}`;
  }
}

/**
 * One tenant: what was found there, the verdict, and what the reader can do next.
 * Memoised: with dozens of tenants answering at once, only the row that changed re-renders.
 */
export default memo(function TenantRow({row, selectable, busy, onToggle, onSignIn, onRetry}: Props): ReactNode {
  const {tenant, check} = row;
  const name = tenant.displayName ?? tenant.tenantId;
  const failedBulk = row.bulk?.state === 'done' && row.bulk.outcome.status === 'failed';
  const link = check?.link;
  return (
    <tr data-tenant={tenant.tenantId}>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={row.selected}
          disabled={!selectable || busy}
          onChange={(event) => onToggle(tenant.tenantId, event.target.checked)}
        />
      </td>
      <th scope="row">
        {name}
        {tenant.defaultDomain && <span className={styles.domain}>{tenant.defaultDomain}</span>}
      </th>
      <td>{category(row)}</td>
      <td>
        {row.phase !== 'done' && '…'}
        {row.phase === 'done' && link === undefined && '—'}
        {row.phase === 'done' && link === null && 'Not linked'}
        {link && (
          <>
            {link.partnerId}
            {link.partnerName && <span className={styles.domain}>{link.partnerName}</span>}
          </>
        )}
      </td>
      <td>{check?.assignments ? <AssignmentList assignments={check.assignments} /> : row.phase === 'done' ? '—' : '…'}</td>
      <td>
        {row.phase === 'queued' && <span className={styles.pending}>Waiting…</span>}
        {row.phase === 'checking' && <span className={styles.pending}>Checking…</span>}
        {row.phase === 'done' && check && (
          <>
            <strong className={styles.verdict} data-verdict={check.verdict}>
              {check.verdict}
            </strong>
            <span className={styles.advice}>
              {check.problem ? `${check.problem.title} ${check.problem.action}` : adviceFor(check.verdict, {status: 'checked', link: check.link ?? null, assignments: check.assignments ?? []})}
            </span>
            {check.lighthouse && (
              <span className={styles.advice}>Links for delegated access are made in your own (managing) tenant; this shows that link.</span>
            )}
            {check.verdict === 'Needs sign-in' && (
              <button type="button" className="button button--primary button--sm" onClick={() => onSignIn(tenant.tenantId)} disabled={busy}>
                Sign in to this tenant
              </button>
            )}
          </>
        )}
        {bulkText(row) && (
          <span className={styles.bulkResult} role={failedBulk ? 'alert' : undefined}>
            {bulkText(row)}
          </span>
        )}
        {failedBulk && (
          <button type="button" className="button button--secondary button--sm" onClick={() => onRetry(tenant.tenantId)} disabled={busy}>
            Retry
          </button>
        )}
      </td>
    </tr>
  );
});
