import React, {useMemo, useState, type ReactNode} from 'react';
import ErrorNotice from '../ErrorNotice';
import WidgetFrame, {frameStyles} from '../WidgetFrame';
import {useLocation} from '@docusaurus/router';
import {concurrencyFrom, usePalDoctor} from '../../hooks/usePalDoctor';
import {usePalSession} from '../../hooks/usePalSession';
import {useSignIn} from '../../hooks/useSignIn';
import {ALL_VERDICTS, nextSort, pageOf, progressLine, verdictCounts, viewRows, type Sort, type VerdictFilter} from '../../state/doctorView';
import BulkLink from './BulkLink';
import CheckProgress from './CheckProgress';
import DoctorTable from './DoctorTable';
import Exports from './Exports';
import SignInWalk from './SignInWalk';
import TableControls from './TableControls';
import styles from './styles.module.css';

const OUTCOME_WORDS = [
  ['linked', 'linked'],
  ['changed', 'changed'],
  ['unchanged', 'already linked'],
  ['moved', 'changed by someone else since the check (nothing written)'],
  ['failed', 'failed'],
] as const;

/**
 * Every tenant the reader reaches, checked at once: link, eligible roles, verdict; a table to
 * filter, sort and page through; bulk linking with one confirmation; the tenants that need an
 * interactive sign-in one after another; and an attestation export made in the browser.
 */
export default function PalDoctor({id = 'pal-doctor'}: {id?: string}): ReactNode {
  const handle = usePalSession(id);
  const signIn = useSignIn(handle, id);
  const doctor = usePalDoctor(handle, id, concurrencyFrom(useLocation().search));
  const [verdict, setVerdict] = useState<VerdictFilter>(ALL_VERDICTS);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<Sort | null>(null);
  const [pageIndex, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  const {rows, bulkRun, walk} = doctor;

  const done = rows.filter((r) => r.phase === 'done').length;
  const cancelled = rows.filter((r) => r.phase === 'cancelled').length;
  const checking = doctor.listing || rows.some((r) => r.phase === 'queued' || r.phase === 'checking');
  const linking = !!bulkRun && !bulkRun.finished;
  const walking = !!walk?.current && !walk.paused;
  const busy = checking || linking || signIn.signingIn || walking;

  const shown = useMemo(() => viewRows(rows, {verdict, text, sort}), [rows, verdict, text, sort]);
  const counts = useMemo(() => verdictCounts(rows), [rows]);
  const page = pageOf(shown, pageIndex, pageSize);
  const selectableShown = shown.filter(doctor.selectable);
  const filterBy = (next: VerdictFilter) => {
    setVerdict(next);
    setPage(0);
  };

  let status: string;
  if (doctor.listing) status = 'Listing your tenants…';
  else if (rows.length === 0) status = handle.account ? 'Select "Check all tenants" to start.' : 'Not signed in.';
  else if (checking) status = `Checking ${rows.length} tenants…`;
  else if (cancelled > 0) status = `Cancelled: ${done} of ${rows.length} tenants checked, ${cancelled} not checked.`;
  else status = progressLine(done, rows.length, undefined);

  const outcomes = rows.flatMap((r) => (r.bulk?.state === 'done' ? [r.bulk.outcome.status] : []));
  const summary =
    bulkRun?.finished &&
    OUTCOME_WORDS.map(([kind, words]) => [outcomes.filter((o) => o === kind).length, words] as const)
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
          <Exports rows={rows} disabled={rows.length === 0 || busy} />
        </div>
      )}

      <p role="status" className={frameStyles.status}>
        {status}
        {signIn.note && <span className={styles.line}>{signIn.note}</span>}
        {summary && <span className={styles.line}>Bulk link finished: {summary}.</span>}
      </p>

      {rows.length > 0 && (
        <>
          <CheckProgress done={done} total={rows.length} running={checking} onCancel={doctor.actions.cancelCheck} />
          <SignInWalk rows={rows} walk={walk} busy={busy} onStart={doctor.actions.signInToAll} onContinue={doctor.actions.continueSignIn} />
          <TableControls
            id={id}
            verdict={verdict}
            text={text}
            counts={counts}
            selectableShown={selectableShown.length}
            selected={rows.filter((r) => r.selected).length}
            busy={busy}
            onVerdict={filterBy}
            onText={(value) => {
              setText(value);
              setPage(0);
            }}
            onSelectShown={() => doctor.actions.selectRows(selectableShown.map((r) => r.tenant.tenantId))}
          />
          <DoctorTable
            id={id}
            page={page}
            shown={shown.length}
            pageSize={pageSize}
            sort={sort}
            busy={busy}
            selectable={doctor.selectable}
            onSort={(column) => setSort(nextSort(sort, column))}
            onPage={setPage}
            onPageSize={(size) => {
              setPageSize(size);
              setPage(0);
            }}
            actions={doctor.actions}
          />
        </>
      )}

      {rows.some((r) => r.check?.lighthouse) && (
        <p className={styles.note}>
          Tenants marked <em>Lighthouse delegation</em> delegate resources to you through Azure Lighthouse. Your identities stay in
          your own tenant, so the link for that work is the one in your own (managing) tenant; link there, not in the customer's.
        </p>
      )}

      {done > 0 && (
        <BulkLink
          id={id}
          busy={busy}
          problem={doctor.partnerIdProblem}
          pending={doctor.pending}
          run={bulkRun}
          onRequest={doctor.actions.requestBulk}
          onEdited={doctor.actions.clearPartnerIdProblem}
          onConfirm={doctor.actions.confirmBulk}
          onCancel={doctor.actions.cancelBulk}
        />
      )}
    </WidgetFrame>
  );
}
