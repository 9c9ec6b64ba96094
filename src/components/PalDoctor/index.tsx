import React, {useState, type ReactNode} from 'react';
import ConfirmDialog from '../ConfirmDialog';
import ErrorNotice from '../ErrorNotice';
import PartnerIdField from '../PartnerIdField';
import WidgetFrame, {frameStyles} from '../WidgetFrame';
import {useLocation} from '@docusaurus/router';
import {concurrencyFrom, usePalDoctor} from '../../hooks/usePalDoctor';
import {usePalSession} from '../../hooks/usePalSession';
import {useSignIn} from '../../hooks/useSignIn';
import {attestationCsv, attestationJson} from '../../pal/attestation';
import {downloadText} from '../../browser/download';
import TenantRow from './TenantRow';
import styles from './styles.module.css';

/**
 * Every tenant the reader reaches, checked at once: link, eligible roles, verdict; then
 * bulk linking with one confirmation, and an attestation export made in the browser.
 */
export default function PalDoctor({id = 'pal-doctor'}: {id?: string}): ReactNode {
  const handle = usePalSession(id);
  const signIn = useSignIn(handle, id);
  const doctor = usePalDoctor(handle, id, concurrencyFrom(useLocation().search));
  const [partnerId, setPartnerId] = useState('');
  const {rows, bulkRun} = doctor;
  const checked = rows.filter((r) => r.phase === 'done' && r.check);
  const checking = doctor.listing || rows.some((r) => r.phase !== 'done');
  const linking = !!bulkRun && !bulkRun.finished;
  const busy = checking || linking || signIn.signingIn;
  const stamp = () => new Date().toISOString();
  const fileStem = () => `pal-attestation-${stamp().slice(0, 10)}`;

  const progress = doctor.listing
    ? 'Listing your tenants…'
    : rows.length === 0
      ? handle.account
        ? 'Select "Check all tenants" to start.'
        : 'Not signed in.'
      : checking
        ? `Checked ${checked.length} of ${rows.length} tenants…`
        : `Checked ${checked.length} of ${rows.length} tenants.`;

  const outcomes = rows.flatMap((r) => (r.bulk?.state === 'done' ? [r.bulk.outcome.status] : []));
  const summary =
    bulkRun?.finished &&
    [
      ['linked', 'linked'],
      ['changed', 'changed'],
      ['unchanged', 'already linked'],
      ['moved', 'changed by someone else since the check (nothing written)'],
      ['failed', 'failed'],
    ]
      .map(([status, words]) => [outcomes.filter((o) => o === status).length, words] as const)
      .filter(([count]) => count > 0)
      .map(([count, words]) => `${count} ${words}`)
      .join(', ');

  return (
    <WidgetFrame
      id={id}
      title="PAL doctor: every tenant at once"
      handle={handle}
      signIn={signIn}
      busy={busy}
      // Checking only reads, and its late answers are dropped: sign-out waits only for writes.
      signOutBlocked={linking || signIn.signingIn}
      invitation="Sign in to check every tenant your account reaches.">
      {doctor.error && <ErrorNotice explanation={doctor.error} />}

      {handle.account && (
        <div className={styles.toolbar}>
          <button type="button" className="button button--primary" onClick={doctor.actions.checkAll} disabled={busy}>
            Check all tenants
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={checked.length === 0 || busy}
            onClick={() => downloadText(`${fileStem()}.json`, 'application/json', attestationJson(checked.map((r) => r.check!), stamp()))}>
            Download JSON
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={checked.length === 0 || busy}
            onClick={() => downloadText(`${fileStem()}.csv`, 'text/csv', attestationCsv(checked.map((r) => r.check!)))}>
            Download CSV
          </button>
        </div>
      )}

      <p role="status" className={frameStyles.status}>
        {progress}
        {signIn.note && <span className={styles.line}>{signIn.note}</span>}
        {summary && <span className={styles.line}>Bulk link finished: {summary}.</span>}
      </p>

      {rows.length > 0 && (
        <div className={styles.tableWrap} role="region" aria-label="PAL status per tenant" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Select</th>
                <th scope="col">Tenant</th>
                <th scope="col">Category</th>
                <th scope="col">Linked Partner ID</th>
                <th scope="col">Eligible assignments</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <TenantRow
                  key={row.tenant.tenantId}
                  row={row}
                  selectable={doctor.selectable(row)}
                  busy={busy}
                  onToggle={doctor.actions.toggle}
                  onSignIn={doctor.actions.signInToTenant}
                  onRetry={doctor.actions.retry}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {rows.some((r) => r.check?.lighthouse) && (
        <p className={styles.note}>
          Tenants marked <em>Lighthouse delegation</em> delegate resources to you through Azure Lighthouse. Your identities stay in
          your own tenant, so the link for that work is the one in your own (managing) tenant; link there, not in the customer's.
        </p>
      )}

      {checked.length > 0 && (
        <form
          className={styles.bulk}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            doctor.actions.requestBulk(partnerId);
          }}>
          <h4 className={styles.bulkTitle}>Link the selected tenants</h4>
          <PartnerIdField
            idPrefix={id}
            value={partnerId}
            problem={doctor.partnerIdProblem}
            note="Only the tenants you select are touched; Lighthouse rows are linked through your own tenant."
            onChange={(value) => {
              setPartnerId(value);
              doctor.actions.clearPartnerIdProblem();
            }}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            Link selected
          </button>
          {bulkRun && (
            <div className={styles.progress}>
              <label htmlFor={`${id}-progress`}>Linking progress</label>
              <progress id={`${id}-progress`} max={bulkRun.total} value={bulkRun.done}>
                {bulkRun.done} of {bulkRun.total}
              </progress>
              <span>
                {bulkRun.done} of {bulkRun.total} tenants done
              </span>
            </div>
          )}
        </form>
      )}

      <ConfirmDialog
        open={!!doctor.pending}
        title="Link the selected tenants?"
        onConfirm={doctor.actions.confirmBulk}
        onCancel={doctor.actions.cancelBulk}>
        <p>Each tenant below is linked as shown. Nothing else is touched.</p>
        <ul className={styles.plan}>
          {doctor.pending?.map((item) => (
            <li key={item.tenantId} data-tenant={item.tenantId}>
              <strong>{item.label}</strong>:{' '}
              {item.plan.kind === 'create' && `link ${item.plan.partnerId}`}
              {item.plan.kind === 'change' && `change ${item.plan.from} → ${item.plan.to}`}
              {item.plan.kind === 'nothing' && `already linked to ${item.plan.partnerId}, nothing to do`}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </WidgetFrame>
  );
}
