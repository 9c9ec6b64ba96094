import {describe, expect, it} from 'vitest';
import {replay} from '../../../src/state/step';
import type {TenantCheck} from '../../../src/azure/doctor';
import {FailureError} from '../../../src/pal/failures';
import type {TenantInfo} from '../../../src/pal/types';
import {VERDICTS, type Verdict} from '../../../src/pal/verdict';
import {initialDoctor, stepDoctor, type DoctorEvent, type DoctorRow, type DoctorState} from '../../../src/state/doctorFlow';
import {
  ALL_VERDICTS,
  ariaSort,
  matchesText,
  nextSort,
  pageOf,
  progressLine,
  secondsLeft,
  verdictCounts,
  viewRows,
} from '../../../src/state/doctorView';

/** The doctor at scale: Cancel, the walk through tenants that need sign-in, Select all shown, and the table's view. */

const tenant = (n: number, category: TenantInfo['category'] = 'Home'): TenantInfo => ({
  tenantId: `t${n}`,
  displayName: `Customer ${String(n).padStart(3, '0')}`,
  defaultDomain: `customer${n}.test`,
  category,
});

function play(state: DoctorState, ...events: DoctorEvent[]) {
  return replay(stepDoctor, state, events);
}

const check = (t: TenantInfo, verdict: Verdict): TenantCheck => ({
  tenant: t,
  lighthouse: false,
  link: verdict === 'Needs sign-in' ? undefined : null,
  assignments: [],
  verdict,
  checkedAt: '2026-01-01T00:00:00Z',
});

/** A running check of `count` tenants; `answered` of them answered with the verdict `verdictOf(n)`. */
function running(count: number, answered: number, verdictOf: (n: number) => Verdict = () => 'Eligible role, not linked') {
  const tenants = Array.from({length: count}, (_, i) => tenant(i));
  let {state, effects} = play(
    initialDoctor,
    {type: 'account-changed', account: {username: 'sam', homeTenantId: 't0'}},
    {type: 'check-requested'},
    {type: 'tenants-listed', epoch: 1, result: {ok: true, value: tenants}},
  );
  const item = effects.find((e) => e.kind === 'check');
  if (item?.kind !== 'check') throw new Error('no check');
  for (const {tenant: t, checkId} of item.items.slice(0, answered)) {
    ({state} = play(state, {type: 'row-checked', epoch: 1, tenantId: t.tenantId, checkId, check: check(t, verdictOf(Number(t.tenantId.slice(1))))}));
  }
  return {state, items: item.items};
}

const row = (state: DoctorState, id: string) => state.rows.find((r) => r.tenant.tenantId === id)!;

describe('Cancel', () => {
  it('rows already checked keep their verdicts, the others are marked not checked, and the runner is told to stop', () => {
    const {state, items} = running(5, 2);
    const started = play(state, {type: 'row-started', epoch: 1, tenantId: 't2', checkId: items[2].checkId});
    const cancelled = play(started.state, {type: 'cancel-requested'});
    expect(cancelled.effects).toEqual([{kind: 'cancel', epoch: 1}]);
    expect(cancelled.state.rows.map((r) => r.phase)).toEqual(['done', 'done', 'cancelled', 'cancelled', 'cancelled']);
    expect(row(cancelled.state, 't0').check?.verdict).toBe('Eligible role, not linked');
    // An answer that lands after Cancel is dropped.
    const late = play(cancelled.state, {type: 'row-checked', epoch: 1, tenantId: 't2', checkId: items[2].checkId, check: check(tenant(2), 'Recognised')});
    expect(row(late.state, 't2').phase).toBe('cancelled');
  });

  it('does nothing when nothing is running', () => {
    const {state} = running(3, 3);
    expect(play(state, {type: 'cancel-requested'})).toEqual({state, effects: []});
  });

  it('a cancelled tenant can be checked again', () => {
    const {state} = running(3, 1);
    const cancelled = play(state, {type: 'cancel-requested'}).state;
    const again = play(cancelled, {type: 'recheck-requested', tenantId: 't2'});
    expect(row(again.state, 't2').phase).toBe('queued');
    expect(again.effects).toMatchObject([{kind: 'check', items: [{tenant: {tenantId: 't2'}}]}]);
  });
});

describe('Sign in to these tenants', () => {
  const needsSignIn = (n: number): Verdict => (n % 2 === 1 ? 'Needs sign-in' : 'Recognised');
  const table = () => running(6, 6, needsSignIn).state;
  const signedIn = (tenantId: string): DoctorEvent => ({type: 'tenant-signed-in', epoch: 1, tenantId, result: {ok: true, value: true}});
  const refused = (tenantId: string, code: string): DoctorEvent => ({
    type: 'tenant-signed-in',
    epoch: 1,
    tenantId,
    result: {ok: false, error: new FailureError({kind: 'auth', operation: 'sign-in', code})},
  });

  it('opens one sign-in window at a time, in table order, re-checking each tenant signed in to', () => {
    const first = play(table(), {type: 'walk-requested'});
    expect(first.effects).toEqual([{kind: 'sign-in', epoch: 1, tenant: tenant(1), popupOnly: true}]);
    expect(first.state.walk).toMatchObject({current: 't1', queue: ['t3', 't5'], total: 3, signedIn: 0});
    const second = play(first.state, signedIn('t1'));
    expect(second.effects).toMatchObject([{kind: 'check', items: [{tenant: {tenantId: 't1'}}]}, {kind: 'sign-in', tenant: {tenantId: 't3'}}]);
    const last = play(second.state, signedIn('t3'));
    expect(last.effects.filter((e) => e.kind === 'sign-in')).toMatchObject([{tenant: {tenantId: 't5'}}]);
    const end = play(last.state, signedIn('t5'));
    expect(end.state.walk).toMatchObject({current: null, queue: [], signedIn: 3, stopped: null});
    expect(end.effects.filter((e) => e.kind === 'sign-in')).toEqual([]);
  });

  it('stops when the reader closes a sign-in window, saying where', () => {
    const walk = play(table(), {type: 'walk-requested'}, signedIn('t1'));
    const stopped = play(walk.state, refused('t3', 'user_cancelled'));
    expect(stopped.effects).toEqual([]);
    expect(stopped.state.walk).toMatchObject({current: null, signedIn: 1});
    expect(stopped.state.walk?.stopped).toMatch(/^Stopped at Customer 003: Sign-in was cancelled/);
  });

  it('a refusal in one tenant stays on its row and the walk goes on', () => {
    const walk = play(table(), {type: 'walk-requested'});
    const next = play(walk.state, {
      type: 'tenant-signed-in',
      epoch: 1,
      tenantId: 't1',
      result: {ok: false, error: new FailureError({kind: 'auth', operation: 'sign-in', code: 'access_denied', aadsts: '53003'})},
    });
    expect(row(next.state, 't1').check?.problem?.key).toBe('conditional-access-blocked');
    expect(next.effects).toEqual([{kind: 'sign-in', epoch: 1, tenant: tenant(3), popupOnly: true}]);
  });

  it('a blocked window pauses the walk until the reader continues it', () => {
    const walk = play(table(), {type: 'walk-requested'});
    const paused = play(walk.state, refused('t1', 'popup_window_error'));
    expect(paused.effects).toEqual([]);
    expect(paused.state.walk).toMatchObject({current: 't1', paused: true});
    const resumed = play(paused.state, {type: 'walk-continued'});
    expect(resumed.effects).toEqual([{kind: 'sign-in', epoch: 1, tenant: tenant(1), popupOnly: true}]);
    expect(resumed.state.walk?.paused).toBe(false);
  });

  it('does nothing when no tenant needs sign-in', () => {
    const state = running(2, 2).state;
    expect(play(state, {type: 'walk-requested'}).effects).toEqual([]);
  });
});

describe('Select all shown', () => {
  it('selects the rows given that bulk linking may touch, and no others', () => {
    const {state} = running(4, 3, (n) => (n === 1 ? 'Needs sign-in' : 'Eligible role, not linked'));
    const selected = play(state, {type: 'rows-selected', tenantIds: ['t0', 't1', 't2', 't3'], selected: true}).state;
    expect(selected.rows.map((r) => r.selected)).toEqual([true, false, true, false]);
  });
});

describe('the table view', () => {
  const rows: DoctorRow[] = [
    {tenant: {tenantId: 'aaa', displayName: 'Northwind', defaultDomain: 'northwind.test'}, phase: 'done', selected: false, check: check(tenant(0), 'Recognised')},
    {tenant: {tenantId: 'bbb', displayName: 'fabrikam', defaultDomain: 'fabrikam.test'}, phase: 'done', selected: false, check: check(tenant(1), 'Error')},
    {tenant: {tenantId: 'ccc', displayName: 'Contoso', defaultDomain: 'contoso.test'}, phase: 'checking', selected: false},
    {tenant: {tenantId: 'ddd', displayName: 'Adatum', defaultDomain: 'adatum.test'}, phase: 'done', selected: false, check: check(tenant(2), 'Recognised')},
  ];
  const names = (shown: DoctorRow[]) => shown.map((r) => r.tenant.displayName);

  it('filters by verdict and by name, domain or tenant ID, in any case', () => {
    expect(names(viewRows(rows, {verdict: 'Recognised', text: '', sort: null}))).toEqual(['Northwind', 'Adatum']);
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: 'FABRIK', sort: null}))).toEqual(['fabrikam']);
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: 'adatum.test', sort: null}))).toEqual(['Adatum']);
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: 'ccc', sort: null}))).toEqual(['Contoso']);
    expect(names(viewRows(rows, {verdict: 'Recognised', text: 'north', sort: null}))).toEqual(['Northwind']);
    expect(matchesText(rows[0], '  ')).toBe(true);
  });

  it('sorts by tenant name ignoring case, and by verdict in the order of the verdict list with unchecked rows last', () => {
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: '', sort: {column: 'tenant', direction: 'ascending'}}))).toEqual(['Adatum', 'Contoso', 'fabrikam', 'Northwind']);
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: '', sort: {column: 'tenant', direction: 'descending'}}))).toEqual(['Northwind', 'fabrikam', 'Contoso', 'Adatum']);
    expect(names(viewRows(rows, {verdict: ALL_VERDICTS, text: '', sort: {column: 'verdict', direction: 'ascending'}}))).toEqual(['Adatum', 'Northwind', 'fabrikam', 'Contoso']);
    expect(viewRows(rows, {verdict: ALL_VERDICTS, text: '', sort: null})).toEqual(rows);
  });

  it('header clicks go ascending, descending, ascending; aria-sort names the sorted column only', () => {
    const first = nextSort(null, 'tenant');
    expect(first).toEqual({column: 'tenant', direction: 'ascending'});
    expect(nextSort(first, 'tenant')).toEqual({column: 'tenant', direction: 'descending'});
    expect(nextSort(nextSort(first, 'tenant'), 'tenant').direction).toBe('ascending');
    expect(nextSort(first, 'verdict')).toEqual({column: 'verdict', direction: 'ascending'});
    expect([ariaSort(first, 'tenant'), ariaSort(first, 'verdict'), ariaSort(null, 'tenant')]).toEqual(['ascending', 'none', 'none']);
  });

  it('counts every verdict, in the order of the verdict list, zeros included', () => {
    const counts = verdictCounts(rows);
    expect(counts.map((c) => c.verdict)).toEqual([...VERDICTS]);
    expect(Object.fromEntries(counts.map((c) => [c.verdict, c.count]))).toMatchObject({Recognised: 2, Error: 1, 'Needs sign-in': 0});
  });

  it('pages: the slice, the positions shown, and a page past the end clamped to the last', () => {
    const items = Array.from({length: 120}, (_, i) => i);
    expect(pageOf(items, 1, 50)).toMatchObject({page: 1, pages: 3, first: 51, last: 100});
    expect(pageOf(items, 9, 50)).toMatchObject({page: 2, first: 101, last: 120, items: items.slice(100)});
    expect(pageOf([], 0, 50)).toMatchObject({page: 0, pages: 1, first: 0, last: 0});
  });

  it('estimates the time left from the pace so far, and says so in one line', () => {
    expect(secondsLeft(2, 500, 1000)).toBeUndefined();
    expect(secondsLeft(312, 500, 33_000)).toBe(20);
    expect(secondsLeft(500, 500, 60_000)).toBeUndefined();
    expect(progressLine(312, 500, 20)).toBe('312 of 500 tenants checked, about 20 s left');
    expect(progressLine(10, 500, 600)).toBe('10 of 500 tenants checked, about 10 min left');
    expect(progressLine(2, 500, undefined)).toBe('2 of 500 tenants checked…');
    expect(progressLine(8, 8, undefined)).toBe('8 of 8 tenants checked.');
  });
});
