import {describe, expect, it} from 'vitest';
import {replay} from '../../../src/state/step';
import type {BulkOutcome, TenantCheck} from '../../../src/azure/doctor';
import {FailureError} from '../../../src/pal/failures';
import {classifyAssignments} from '../../../src/pal/roles';
import type {PartnerLink, TenantInfo} from '../../../src/pal/types';
import {initialDoctor, isSelectable, stepDoctor, type DoctorEvent, type DoctorState} from '../../../src/state/doctorFlow';

const HOME: TenantInfo = {tenantId: 'home', displayName: 'Contoso', defaultDomain: 'contoso.test', category: 'Home'};
const FABRIKAM: TenantInfo = {tenantId: 'fabrikam', displayName: 'Fabrikam', defaultDomain: 'fabrikam.test', category: 'Home'};
const NORTHWIND: TenantInfo = {tenantId: 'northwind', displayName: 'Northwind', category: 'Home'};
const ALPINE: TenantInfo = {tenantId: 'alpine', displayName: 'Alpine', category: 'ProjectedBy'};
const TENANTS = [HOME, FABRIKAM, NORTHWIND, ALPINE];

const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const link = (partnerId: string): PartnerLink => ({partnerId, state: 'Active'});
const eligible = (objectId: string) => classifyAssignments([{roleId: CONTRIBUTOR, scope: '/subscriptions/1', principalId: objectId}], objectId);

function checked(tenant: TenantInfo, found: PartnerLink | null | undefined, verdict: TenantCheck['verdict'] = 'Recognised'): TenantCheck {
  return {tenant, lighthouse: tenant.category === 'ProjectedBy', link: found, assignments: eligible('me'), verdict, checkedAt: '2026-01-01T00:00:00Z'};
}

function play(state: DoctorState, ...events: DoctorEvent[]) {
  return replay(stepDoctor, state, events);
}

const signedIn = () => play(initialDoctor, {type: 'account-changed', account: {username: 'sam', homeTenantId: HOME.tenantId}}).state;

/** Checked rows: home linked to 111, Fabrikam not linked, Northwind linked to 222, Alpine (Lighthouse) shows the home link. */
function checkedTable(): DoctorState {
  let {state, effects} = play(signedIn(), {type: 'check-requested'}, {type: 'tenants-listed', epoch: 1, result: {ok: true, value: TENANTS}});
  const check = effects.find((e) => e.kind === 'check');
  if (check?.kind !== 'check') throw new Error('no check');
  const found: Record<string, [PartnerLink | null, TenantCheck['verdict']]> = {
    home: [link('111'), 'Recognised'],
    fabrikam: [null, 'Eligible role, not linked'],
    northwind: [link('222'), 'Recognised'],
    alpine: [link('111'), 'Recognised'],
  };
  for (const {tenant, checkId} of check.items) {
    const [l, verdict] = found[tenant.tenantId];
    ({state} = play(state, {type: 'row-checked', epoch: 1, tenantId: tenant.tenantId, checkId, check: checked(tenant, l, verdict)}));
  }
  return state;
}

const rowOf = (state: DoctorState, tenantId: string) => state.rows.find((r) => r.tenant.tenantId === tenantId)!;

describe('PAL doctor flow: checking', () => {
  it('lists the tenants, queues a row for each and asks for one check per row', () => {
    const {state, effects} = play(signedIn(), {type: 'check-requested'});
    expect(state.listing).toBe(true);
    expect(effects).toEqual([{kind: 'list-tenants', epoch: 1}]);
    const listed = play(state, {type: 'tenants-listed', epoch: 1, result: {ok: true, value: TENANTS}});
    expect(listed.state.listing).toBe(false);
    expect(listed.state.rows.map((r) => [r.tenant.tenantId, r.phase])).toEqual(TENANTS.map((t) => [t.tenantId, 'queued']));
    const [check] = listed.effects;
    expect(check).toMatchObject({kind: 'check', epoch: 1});
    if (check.kind !== 'check') return;
    expect(check.items.map((i) => i.tenant)).toEqual(TENANTS);
    expect(new Set(check.items.map((i) => i.checkId)).size).toBe(TENANTS.length);
  });

  it('a failed tenant list is explained and leaves no rows', () => {
    const {state} = play(signedIn(), {type: 'check-requested'}, {type: 'tenants-listed', epoch: 1, result: {ok: false, error: new FailureError({kind: 'network', operation: 'list-tenants', reason: 'offline'})}});
    expect(state.error?.key).toBe('offline');
    expect(state.rows).toEqual([]);
    expect(state.listing).toBe(false);
  });

  it('a row goes queued → checking → done with its check', () => {
    let {state, effects} = play(signedIn(), {type: 'check-requested'}, {type: 'tenants-listed', epoch: 1, result: {ok: true, value: [FABRIKAM]}});
    const item = effects.find((e) => e.kind === 'check');
    if (item?.kind !== 'check') throw new Error('no check');
    const {checkId} = item.items[0];
    ({state} = play(state, {type: 'row-started', epoch: 1, tenantId: 'fabrikam', checkId}));
    expect(rowOf(state, 'fabrikam').phase).toBe('checking');
    ({state} = play(state, {type: 'row-checked', epoch: 1, tenantId: 'fabrikam', checkId, check: checked(FABRIKAM, null, 'Eligible role, not linked')}));
    expect(rowOf(state, 'fabrikam')).toMatchObject({phase: 'done', check: {verdict: 'Eligible role, not linked'}});
  });

  it('drops the answer of an earlier check once the row is checked again', () => {
    const table = checkedTable();
    const first = play(table, {type: 'recheck-requested', tenantId: 'fabrikam'});
    const second = play(first.state, {type: 'recheck-requested', tenantId: 'fabrikam'});
    const [a] = first.effects;
    const [b] = second.effects;
    if (a.kind !== 'check' || b.kind !== 'check') throw new Error('no check');
    const late = play(second.state, {type: 'row-checked', epoch: 1, tenantId: 'fabrikam', checkId: a.items[0].checkId, check: checked(FABRIKAM, link('999'))});
    expect(rowOf(late.state, 'fabrikam').phase).toBe('queued');
    const current = play(late.state, {type: 'row-checked', epoch: 1, tenantId: 'fabrikam', checkId: b.items[0].checkId, check: checked(FABRIKAM, link('333'))});
    expect(rowOf(current.state, 'fabrikam').check?.link?.partnerId).toBe('333');
  });

  it('a sign-out clears the table, and results still on their way are dropped as they land', () => {
    const running = play(signedIn(), {type: 'check-requested'}, {type: 'tenants-listed', epoch: 1, result: {ok: true, value: TENANTS}});
    const check = running.effects.find((e) => e.kind === 'check');
    if (check?.kind !== 'check') throw new Error('no check');
    const out = play(running.state, {type: 'account-changed', account: null});
    expect(out.state.rows).toEqual([]);
    expect(out.state.epoch).toBe(2);
    const {checkId} = check.items[0];
    const late = play(out.state, {type: 'row-checked', epoch: 1, tenantId: 'home', checkId, check: checked(HOME, link('111'))});
    expect(late.state).toBe(out.state);
    const lateList = play(out.state, {type: 'tenants-listed', epoch: 1, result: {ok: true, value: TENANTS}});
    expect(lateList.state.rows).toEqual([]);
    expect(lateList.effects).toEqual([]);
  });

  it('a tenant sign-in checks the row again, or puts the refusal on the row', () => {
    const table = checkedTable();
    const asked = play(table, {type: 'tenant-sign-in-requested', tenantId: 'fabrikam'});
    expect(asked.effects).toEqual([{kind: 'sign-in', epoch: 1, tenant: FABRIKAM}]);
    const done = play(table, {type: 'tenant-signed-in', epoch: 1, tenantId: 'fabrikam', result: {ok: true, value: true}});
    expect(done.effects).toMatchObject([{kind: 'check', items: [{tenant: FABRIKAM}]}]);
    expect(rowOf(done.state, 'fabrikam').phase).toBe('queued');
    const leaving = play(table, {type: 'tenant-signed-in', epoch: 1, tenantId: 'fabrikam', result: {ok: true, value: false}});
    expect(leaving.effects).toEqual([]);
    const refused = play(table, {
      type: 'tenant-signed-in',
      epoch: 1,
      tenantId: 'fabrikam',
      result: {ok: false, error: new FailureError({kind: 'auth', operation: 'sign-in', code: 'access_denied', aadsts: '53003'})},
    });
    expect(rowOf(refused.state, 'fabrikam').check?.problem?.key).toBe('conditional-access-blocked');
  });
});

describe('PAL doctor flow: selection and bulk linking', () => {
  it('only checked rows with a link read, and no Lighthouse row, can be selected', () => {
    const table = checkedTable();
    expect(isSelectable(rowOf(table, 'fabrikam'))).toBe(true);
    expect(isSelectable(rowOf(table, 'alpine'))).toBe(false);
    const {state} = play(table, {type: 'row-toggled', tenantId: 'alpine', selected: true}, {type: 'row-toggled', tenantId: 'fabrikam', selected: true});
    expect(rowOf(state, 'alpine').selected).toBe(false);
    expect(rowOf(state, 'fabrikam').selected).toBe(true);
  });

  it('a selected row whose link can no longer be read after a new check is unselected', () => {
    const {state, effects} = play(checkedTable(), {type: 'row-toggled', tenantId: 'fabrikam', selected: true}, {type: 'recheck-requested', tenantId: 'fabrikam'});
    const [check] = effects;
    if (check.kind !== 'check') throw new Error('no check');
    const after = play(state, {type: 'row-checked', epoch: 1, tenantId: 'fabrikam', checkId: check.items[0].checkId, check: checked(FABRIKAM, undefined, 'Error')});
    expect(rowOf(after.state, 'fabrikam').selected).toBe(false);
  });

  it('refuses a malformed ID or an empty selection before asking for confirmation', () => {
    const table = checkedTable();
    expect(play(table, {type: 'bulk-requested', input: 'abc'}).state.partnerIdProblem).toMatch(/not a Partner ID/);
    const none = play(table, {type: 'bulk-requested', input: '111'}).state;
    expect(none.partnerIdProblem).toBe('Select at least one tenant in the table first.');
    expect(none.pending).toBeNull();
  });

  it('plans each selected tenant for the confirmation: create, change, nothing to do', () => {
    const {state, effects} = play(
      checkedTable(),
      {type: 'row-toggled', tenantId: 'home', selected: true},
      {type: 'row-toggled', tenantId: 'fabrikam', selected: true},
      {type: 'row-toggled', tenantId: 'northwind', selected: true},
      {type: 'bulk-requested', input: '111'},
    );
    expect(effects).toEqual([]);
    expect(state.pending?.map((i) => [i.tenantId, i.plan])).toEqual([
      ['home', {kind: 'nothing', partnerId: '111'}],
      ['fabrikam', {kind: 'create', partnerId: '111'}],
      ['northwind', {kind: 'change', from: '222', to: '111'}],
    ]);
    expect(play(state, {type: 'bulk-cancelled'}).state.pending).toBeNull();
  });

  it('Confirm sends only the writes; a tenant already linked is reported at once', () => {
    const {state, effects} = play(
      checkedTable(),
      {type: 'row-toggled', tenantId: 'home', selected: true},
      {type: 'row-toggled', tenantId: 'fabrikam', selected: true},
      {type: 'bulk-requested', input: '111'},
      {type: 'bulk-confirmed'},
    );
    expect(effects).toEqual([{kind: 'link', epoch: 1, items: [{tenantId: 'fabrikam', label: 'Fabrikam (fabrikam.test)', plan: {kind: 'create', partnerId: '111'}}]}]);
    expect(rowOf(state, 'home').bulk).toEqual({state: 'done', outcome: {status: 'unchanged', link: link('111')}});
    expect(rowOf(state, 'fabrikam').bulk).toEqual({state: 'waiting'});
    expect(state.bulkRun).toEqual({total: 2, done: 1, finished: false});
    expect(state.pending).toBeNull();
  });

  function linking(): DoctorState {
    return play(
      checkedTable(),
      {type: 'row-toggled', tenantId: 'home', selected: true},
      {type: 'row-toggled', tenantId: 'fabrikam', selected: true},
      {type: 'row-toggled', tenantId: 'northwind', selected: true},
      {type: 'bulk-requested', input: '333'},
      {type: 'bulk-confirmed'},
    ).state;
  }

  const outcomes: Array<[string, BulkOutcome, string | undefined]> = [
    ['linked', {status: 'linked', link: link('333')}, '333'],
    ['changed', {status: 'changed', link: link('333')}, '333'],
    ['unchanged', {status: 'unchanged', link: link('333')}, '333'],
    ['moved', {status: 'moved', link: link('444'), message: 'The link changed after the check'}, '444'],
  ];
  for (const [name, outcome, shown] of outcomes) {
    it(`a ${name} outcome lands on its row with the link read back and a new verdict`, () => {
      let state = play(linking(), {type: 'bulk-item-started', epoch: 1, tenantId: 'fabrikam'}).state;
      expect(rowOf(state, 'fabrikam').bulk).toEqual({state: 'working'});
      state = play(state, {type: 'bulk-item-done', epoch: 1, tenantId: 'fabrikam', outcome}).state;
      const row = rowOf(state, 'fabrikam');
      expect(row.bulk).toEqual({state: 'done', outcome});
      expect(row.check?.link?.partnerId).toBe(shown);
      expect(row.check?.verdict).toBe('Recognised');
      expect(state.bulkRun).toEqual({total: 3, done: 1, finished: false});
    });
  }

  it('a failed outcome keeps the row as it was and offers Retry with the confirmed ID', () => {
    const failed: BulkOutcome = {status: 'failed', problem: {key: 'server-error', title: 'Boom', action: 'Try again', retryable: true}};
    let {state} = play(linking(), {type: 'bulk-item-done', epoch: 1, tenantId: 'fabrikam', outcome: failed});
    expect(rowOf(state, 'fabrikam').check?.link).toBeNull();
    expect(rowOf(state, 'fabrikam').check?.verdict).toBe('Eligible role, not linked');
    ({state} = play(state, {type: 'bulk-item-done', epoch: 1, tenantId: 'home', outcome: {status: 'changed', link: link('333')}}, {type: 'bulk-item-done', epoch: 1, tenantId: 'northwind', outcome: {status: 'changed', link: link('333')}}));
    expect(state.bulkRun).toEqual({total: 3, done: 3, finished: true});
    const retry = play(state, {type: 'bulk-retry-requested', tenantId: 'fabrikam'});
    expect(retry.effects).toEqual([{kind: 'link', epoch: 1, items: [{tenantId: 'fabrikam', label: 'Fabrikam (fabrikam.test)', plan: {kind: 'create', partnerId: '333'}}]}]);
    expect(retry.state.bulkRun).toEqual({total: 1, done: 0, finished: false});
    expect(play(state, {type: 'bulk-retry-requested', tenantId: 'home'}).effects).toEqual([]);
  });

  it('linking the home tenant updates the Lighthouse rows, whose link is the home tenant’s', () => {
    const {state} = play(linking(), {type: 'bulk-item-done', epoch: 1, tenantId: 'home', outcome: {status: 'changed', link: link('333')}});
    expect(rowOf(state, 'alpine').check?.link?.partnerId).toBe('333');
    expect(rowOf(state, 'alpine').bulk).toBeUndefined();
    expect(rowOf(state, 'northwind').check?.link?.partnerId).toBe('222');
  });

  it('an error verdict stays an error whatever the link becomes', () => {
    const table = checkedTable();
    const errorRow = {...table, rows: table.rows.map((r) => (r.tenant.tenantId === 'fabrikam' ? {...r, check: {...r.check!, verdict: 'Error' as const}} : r))};
    const {state} = play(errorRow, {type: 'row-toggled', tenantId: 'fabrikam', selected: true}, {type: 'bulk-requested', input: '333'}, {type: 'bulk-confirmed'}, {
      type: 'bulk-item-done',
      epoch: 1,
      tenantId: 'fabrikam',
      outcome: {status: 'linked', link: link('333')},
    });
    expect(rowOf(state, 'fabrikam').check?.verdict).toBe('Error');
  });

  it('a session that cannot load ends the bulk run with an explanation', () => {
    const {state} = play(linking(), {type: 'bulk-aborted', epoch: 1, error: new Error('chunk failed')});
    expect(state.bulkRun).toBeNull();
    expect(state.error?.key).toBe('unexpected');
    expect(rowOf(state, 'fabrikam').bulk).toBeUndefined();
  });

  it('outcomes that land after a sign-out write nothing into the new table', () => {
    const out = play(linking(), {type: 'account-changed', account: null});
    const late = play(out.state, {type: 'bulk-item-done', epoch: 1, tenantId: 'fabrikam', outcome: {status: 'linked', link: link('333')}});
    expect(late.state).toBe(out.state);
    expect(out.state.bulkRun).toBeNull();
    expect(out.state.bulkPartnerId).toBeNull();
  });
});
