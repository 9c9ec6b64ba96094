import React, {useState, type ReactNode} from 'react';
import ConfirmDialog from '../ConfirmDialog';
import PartnerIdField from '../PartnerIdField';
import type {BulkItem} from '../../hooks/usePalDoctor';
import styles from './styles.module.css';

interface Props {
  id: string;
  busy: boolean;
  problem: string | null;
  pending: BulkItem[] | null;
  run: {total: number; done: number; finished: boolean} | null;
  onRequest: (partnerId: string) => void;
  onEdited: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Link the selected tenants: the Partner ID, one confirmation listing every change, and the progress. */
export default function BulkLink({id, busy, problem, pending, run, onRequest, onEdited, onConfirm, onCancel}: Props): ReactNode {
  const [partnerId, setPartnerId] = useState('');
  return (
    <>
      <form
        className={styles.bulk}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onRequest(partnerId);
        }}>
        <h4 className={styles.bulkTitle}>Link the selected tenants</h4>
        <PartnerIdField
          idPrefix={id}
          value={partnerId}
          problem={problem}
          note="Only the tenants you select are touched; Lighthouse rows are linked through your own tenant."
          onChange={(value) => {
            setPartnerId(value);
            onEdited();
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          Link selected
        </button>
        {run && (
          <div className={styles.progress}>
            <label htmlFor={`${id}-progress`}>Linking progress</label>
            <progress id={`${id}-progress`} max={run.total} value={run.done}>
              {run.done} of {run.total}
            </progress>
            <span>
              {run.done} of {run.total} tenants done
            </span>
          </div>
        )}
      </form>
      <ConfirmDialog open={!!pending} title="Link the selected tenants?" onConfirm={onConfirm} onCancel={onCancel}>
        <p>Each tenant below is linked as shown. Nothing else is touched.</p>
        <ul className={styles.plan}>
          {pending?.map((item) => (
            <li key={item.tenantId} data-tenant={item.tenantId}>
              <strong>{item.label}</strong>:{' '}
              {item.plan.kind === 'create' && `link ${item.plan.partnerId}`}
              {item.plan.kind === 'change' && `change ${item.plan.from} → ${item.plan.to}`}
              {item.plan.kind === 'nothing' && `already linked to ${item.plan.partnerId}, nothing to do`}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
