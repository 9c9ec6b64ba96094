import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import ConfirmDialog from '../ConfirmDialog';
import PartnerIdField from '../PartnerIdField';
import WidgetFrame, {frameStyles} from '../WidgetFrame';
import ErrorNotice from '../ErrorNotice';
import {usePalSession} from '../../hooks/usePalSession';
import {usePalLink, type PalLinkState} from '../../hooks/usePalLink';
import {useSignIn} from '../../hooks/useSignIn';
import {isActiveLink} from '../../pal/linkPlan';
import {linkStatusText} from '../../pal/statusText';
import LinkDetails from './LinkDetails';
import TenantPicker from './TenantPicker';
import UseTenantInSnippets from './UseTenantInSnippets';
import styles from './styles.module.css';

interface Props {
  /** Element ID; a redirect sign-in returns the reader to it. One widget per page. */
  id?: string;
  title?: string;
}

function statusText(state: PalLinkState, signedIn: boolean, restoring: boolean, signingIn: boolean): string {
  if (!signedIn) {
    if (restoring) return 'Restoring your sign-in…';
    if (signingIn) return 'Waiting for you to finish signing in…';
    return 'Not signed in. Sign in to see your PAL link.';
  }
  const tenant = state.label(state.tenant);
  if (state.busy === 'reading') return `Checking the link in ${tenant}…`;
  if (state.lighthouse) {
    return `${tenant} delegates resources to you through Azure Lighthouse. Links for delegated work are made in your own tenant: choose it in the list.`;
  }
  if (state.link === undefined) return state.error ? `The link in ${tenant} could not be read.` : `Choose a tenant to see its link.`;
  return linkStatusText(state.link, tenant);
}

/**
 * Check and fix the reader's own PAL link in one tenant. Thin: the flow lives in
 * usePalLink, the rules in src/pal, Azure behind the session.
 */
export default function PalWidget({id = 'pal-widget', title = 'Check and link your PAL'}: Props): ReactNode {
  const handle = usePalSession(id);
  const {state, actions} = usePalLink(handle, id);
  const [partnerId, setPartnerId] = useState('');
  const signIn = useSignIn(handle, id);
  const {account, restoring} = handle;
  const busy = state.busy !== null || signIn.signingIn;
  const linked = isActiveLink(state.link);

  return (
    <WidgetFrame
      id={id}
      title={title}
      handle={handle}
      signIn={signIn}
      busy={busy}
      // Reading only, and its late answers are dropped: sign-out waits only for sign-ins and writes.
      signOutBlocked={signIn.signingIn || (state.busy !== null && state.busy !== 'reading')}
      invitation="Sign in with the work account you use in your customers' tenants.">

      {account && (
        <TenantPicker
          idPrefix={id}
          tenants={state.tenants}
          homeTenantId={account.homeTenantId}
          value={state.tenant}
          disabled={busy}
          onChoose={(tenant) => actions.chooseTenant(tenant)}
        />
      )}

      {account && <UseTenantInSnippets tenant={state.tenant} />}

      <p role="status" className={clsx(frameStyles.status, linked && styles.statusLinked)}>
        <span className={clsx(styles.state, linked && styles.linked)}>{statusText(state, !!account, restoring, signIn.signingIn)}</span>
        {(state.outcome ?? signIn.note) && <span className={styles.outcome}> {state.outcome ?? signIn.note}</span>}
      </p>

      {state.error && (
        <ErrorNotice explanation={state.error}>
          {state.error.needsTenantSignIn && account && (
            <button type="button" className="button button--primary button--sm" onClick={actions.signInToTenant} disabled={busy}>
              Sign in to this tenant
            </button>
          )}
        </ErrorNotice>
      )}

      {account && linked && state.link && <LinkDetails link={state.link} />}

      {account && (
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            actions.requestLink(partnerId);
          }}>
          <PartnerIdField
            idPrefix={id}
            value={partnerId}
            problem={state.partnerIdProblem}
            onChange={(value) => {
              setPartnerId(value);
              actions.clearPartnerIdProblem();
            }}
          />
          <div className={styles.buttons}>
            <button type="submit" className="button button--primary" disabled={busy || !state.tenant || state.lighthouse}>
              Link Partner ID
            </button>
            <button type="button" className="button button--outline button--danger" disabled={busy || !linked} onClick={actions.requestRemove}>
              Remove link
            </button>
          </div>
        </form>
      )}

      <ConfirmDialog
        open={state.confirmation?.kind === 'change'}
        title="Change the linked Partner ID?"
        onConfirm={actions.confirm}
        onCancel={actions.cancel}>
        {state.confirmation?.kind === 'change' && (
          <>
            <p>
              Your identity in {state.label(state.tenant)} is linked to another Partner ID. Changing it moves recognition for this
              identity in this tenant to the new ID from now on.
            </p>
            <dl className={styles.compare}>
              <dt>Current Partner ID</dt>
              <dd data-field="current">
                {state.confirmation.from.partnerId}
                {state.confirmation.from.partnerName ? ` (${state.confirmation.from.partnerName})` : ''}
              </dd>
              <dt>New Partner ID</dt>
              <dd data-field="new">{state.confirmation.to}</dd>
            </dl>
          </>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={state.confirmation?.kind === 'remove'}
        title="Remove the PAL link?"
        danger
        onConfirm={actions.confirm}
        onCancel={actions.cancel}>
        {state.confirmation?.kind === 'remove' && (
          <>
            <p>
              This removes the link between your identity in {state.label(state.tenant)} and Partner ID{' '}
              <strong>{state.confirmation.link.partnerId}</strong>
              {state.confirmation.link.partnerName ? ` (${state.confirmation.link.partnerName})` : ''}. From then on, nothing this
              identity does in this tenant is recognised for a partner.
            </p>
            <dl className={styles.compare}>
              <dt>Partner ID to remove</dt>
              <dd data-field="remove">{state.confirmation.link.partnerId}</dd>
              <dt>Object ID</dt>
              <dd>
                <code>{state.confirmation.link.objectId ?? '—'}</code>
              </dd>
            </dl>
          </>
        )}
      </ConfirmDialog>
    </WidgetFrame>
  );
}
