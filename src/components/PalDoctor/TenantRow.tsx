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
  onRecheck: (tenantId: string) => void;
}

function category(row: DoctorRow): string | null {
  if (row.check?.lighthouse || row.tenant.category === 'ProjectedBy' || row.tenant.category === 'ManagedBy') return 'Lighthouse delegation';
  return row.tenant.category && row.tenant.category !== 'Home' ? row.tenant.category : null;
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

function LinkCell({row}: {row: DoctorRow}): ReactNode {
  const link = row.check?.link;
  if (row.phase !== 'done') return row.phase === 'cancelled' ? '—' : '…';
  if (link === undefined) return '—';
  if (link === null) return 'Not linked';
  return (
    <>
      {link.partnerId}
      {link.partnerName && <span className={styles.domain}>{link.partnerName}</span>}
    </>
  );
}

/** The verdict, what the reader can do about it at once, and the advice on demand. */
function VerdictCell({row, busy, onSignIn, onRecheck}: Pick<Props, 'row' | 'busy' | 'onSignIn' | 'onRecheck'>): ReactNode {
  const {check, tenant} = row;
  if (row.phase === 'queued') return <span className={styles.pending}>Waiting…</span>;
  if (row.phase === 'checking') return <span className={styles.pending}>Checking…</span>;
  if (row.phase === 'cancelled' || !check) {
    return (
      <>
        <span className={styles.pending}>Not checked: the check was cancelled.</span>
        <button type="button" className="button button--secondary button--sm" onClick={() => onRecheck(tenant.tenantId)} disabled={busy}>
          Check this tenant
        </button>
      </>
    );
  }
  const advice = check.problem
    ? `${check.problem.title} ${check.problem.action}`
    : adviceFor(check.verdict, {status: 'checked', link: check.link ?? null, assignments: check.assignments ?? []});
  return (
    <>
      <strong className={styles.verdict} data-verdict={check.verdict}>
        {check.verdict}
      </strong>
      {check.verdict === 'Needs sign-in' && (
        <button type="button" className="button button--primary button--sm" onClick={() => onSignIn(tenant.tenantId)} disabled={busy}>
          Sign in to this tenant
        </button>
      )}
      {check.verdict === 'Error' && check.problem?.retryable && (
        <button type="button" className="button button--secondary button--sm" onClick={() => onRecheck(tenant.tenantId)} disabled={busy}>
          Retry
        </button>
      )}
      <details className={styles.adviceBox}>
        <summary>{check.verdict === 'Error' ? 'What happened' : 'Advice'}</summary>
        <span className={styles.advice}>{advice}</span>
        {check.lighthouse && (
          <span className={styles.advice}>Links for delegated access are made in your own (managing) tenant; this shows that link.</span>
        )}
      </details>
    </>
  );
}

/**
 * One tenant in one compact row: name, link, eligible roles and verdict; the advice opens on
 * demand. Memoised: with hundreds of tenants answering, only the rows that changed re-render.
 */
export default memo(function TenantRow({row, selectable, busy, onToggle, onSignIn, onRetry, onRecheck}: Props): ReactNode {
  const {tenant, check} = row;
  const name = tenant.displayName ?? tenant.tenantId;
  const failedBulk = row.bulk?.state === 'done' && row.bulk.outcome.status === 'failed';
  const kind = category(row);
  const bulk = bulkText(row);
  return (
    <tr data-tenant={tenant.tenantId}>
      <td className={styles.selectCell}>
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
        {kind && <span className={styles.tag}>{kind}</span>}
      </th>
      <td data-label="Linked Partner ID">
        <LinkCell row={row} />
      </td>
      <td data-label="Eligible roles">{check?.assignments ? <AssignmentList assignments={check.assignments} /> : row.phase === 'done' ? '—' : '…'}</td>
      <td data-label="Verdict" className={styles.verdictCell}>
        <VerdictCell row={row} busy={busy} onSignIn={onSignIn} onRecheck={onRecheck} />
        {bulk && (
          <span className={styles.bulkResult} role={failedBulk ? 'alert' : undefined}>
            {bulk}
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
