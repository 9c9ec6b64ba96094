import {describe, expect, it} from 'vitest';
import {replay} from '../../../src/state/step';
import {FailureError} from '../../../src/pal/failures';
import type {PartnerLink, TenantInfo} from '../../../src/pal/types';
import {initialLinkFlow, stepLinkFlow, type LinkEffect, type LinkEvent, type LinkFlowState} from '../../../src/state/linkFlow';

const HOME = 'home-tenant';
const CUSTOMER = 'customer-tenant';
const ALPINE = 'alpine-tenant';
const TENANTS: TenantInfo[] = [
  {tenantId: HOME, displayName: 'Contoso', defaultDomain: 'contoso.test', category: 'Home'},
  {tenantId: CUSTOMER, displayName: 'Fabrikam', defaultDomain: 'fabrikam.test', category: 'Home'},
  {tenantId: ALPINE, displayName: 'Alpine', category: 'ProjectedBy'},
];
const link = (partnerId: string, state = 'Active'): PartnerLink => ({partnerId, partnerName: `Partner ${partnerId}`, state});
const ok = <T,>(value: T) => ({ok: true as const, value});
const no = (error: unknown) => ({ok: false as const, error});
const armError = (status: number, code?: string) => new FailureError({kind: 'arm', operation: 'read-link', status, code});

function play(state: LinkFlowState, ...events: LinkEvent[]) {
  return replay(stepLinkFlow, state, events);
}

/** Signed in, tenants listed, the home tenant's link read. */
function signedIn(homeLink: PartnerLink | null = link('111')): LinkFlowState {
  return play(initialLinkFlow, {type: 'account-changed', account: {username: 'sam@contoso.test', homeTenantId: HOME}}, {
    type: 'started',
    epoch: 1,
    home: HOME,
    tenants: ok(TENANTS),
    link: ok(homeLink),
  }).state;
}

/** The effect the last step asked for. */
function only(effects: LinkEffect[]): LinkEffect {
  expect(effects).toHaveLength(1);
  return effects[0];
}

describe('Check and link flow: sign-in and reading', () => {
  it('an account appearing starts one read of tenants and the home link, and shows both', () => {
    const start = play(initialLinkFlow, {type: 'account-changed', account: {username: 'sam@contoso.test', homeTenantId: HOME}});
    expect(only(start.effects)).toEqual({kind: 'start', epoch: 1, home: HOME});
    expect(start.state).toMatchObject({tenant: HOME, busy: 'reading', link: undefined});
    const state = signedIn();
    expect(state).toMatchObject({tenants: TENANTS, link: link('111'), busy: null, error: null});
  });

  it('the same account reported again changes nothing and reads nothing', () => {
    const state = signedIn();
    const again = stepLinkFlow(state, {type: 'account-changed', account: {username: 'sam@contoso.test', homeTenantId: HOME}});
    expect(again.state).toBe(state);
    expect(again.effects).toEqual([]);
  });

  it('a failed tenant list is explained, the home link still shown', () => {
    const {state} = play(initialLinkFlow, {type: 'account-changed', account: {username: 'sam', homeTenantId: HOME}}, {
      type: 'started',
      epoch: 1,
      home: HOME,
      tenants: no(armError(500)),
      link: ok(null),
    });
    expect(state.link).toBeNull();
    expect(state.error?.key).toBe('server-error');
    expect(state.busy).toBeNull();
  });

  it('choosing a tenant reads its link; an answer for the tenant left meanwhile is dropped', () => {
    let {state, effects} = play(signedIn(), {type: 'tenant-chosen', tenant: CUSTOMER});
    expect(only(effects)).toEqual({kind: 'read', epoch: 1, tenant: CUSTOMER, purpose: {kind: 'show'}});
    expect(state).toMatchObject({tenant: CUSTOMER, busy: 'reading', link: undefined});
    ({state} = play(state, {type: 'tenant-chosen', tenant: HOME}));
    const stale = play(state, {type: 'link-read', epoch: 1, tenant: CUSTOMER, purpose: {kind: 'show'}, result: ok(link('999'))});
    expect(stale.state).toBe(state);
    ({state} = play(state, {type: 'link-read', epoch: 1, tenant: HOME, purpose: {kind: 'show'}, result: ok(link('111'))}));
    expect(state).toMatchObject({tenant: HOME, link: link('111'), busy: null});
  });

  it('a read that fails is explained for that tenant, and the next tenant starts clean', () => {
    let {state} = play(signedIn(), {type: 'tenant-chosen', tenant: CUSTOMER}, {
      type: 'link-read',
      epoch: 1,
      tenant: CUSTOMER,
      purpose: {kind: 'show'},
      result: no(armError(403, 'AuthorizationFailed')),
    });
    expect(state.error?.title).toContain('Fabrikam (fabrikam.test)');
    expect(state.busy).toBeNull();
    ({state} = play(state, {type: 'tenant-chosen', tenant: HOME}));
    expect(state.error).toBeNull();
  });

  it('a Lighthouse delegation is not read: its link lives in the home tenant', () => {
    const {state, effects} = play(signedIn(), {type: 'tenant-chosen', tenant: ALPINE});
    expect(effects).toEqual([]);
    expect(state).toMatchObject({tenant: ALPINE, link: undefined, busy: null});
  });

  it('signing in to a tenant reads it afterwards; a refused sign-in is explained', () => {
    let {state, effects} = play(signedIn(), {type: 'tenant-chosen', tenant: CUSTOMER}, {type: 'tenant-sign-in-requested'});
    expect(effects.at(-1)).toEqual({kind: 'sign-in-to-tenant', epoch: 1, tenant: CUSTOMER});
    expect(state.busy).toBe('sign-in');
    const done = play(state, {type: 'tenant-signed-in', epoch: 1, tenant: CUSTOMER, result: ok(true)});
    expect(only(done.effects)).toMatchObject({kind: 'read', tenant: CUSTOMER, purpose: {kind: 'show'}});
    ({state} = play(state, {type: 'tenant-signed-in', epoch: 1, tenant: CUSTOMER, result: no(new FailureError({kind: 'auth', operation: 'sign-in', code: 'user_cancelled'}))}));
    expect(state.error?.key).toBe('sign-in-cancelled');
    expect(state.busy).toBeNull();
  });
});

describe('Check and link flow: linking', () => {
  it('refuses a malformed Partner ID before any request', () => {
    const {state, effects} = play(signedIn(), {type: 'link-requested', input: '45-67'});
    expect(effects).toEqual([]);
    expect(state.partnerIdProblem).toBeTruthy();
    expect(play(state, {type: 'partner-id-edited'}).state.partnerIdProblem).toBeNull();
  });

  it('create: reads the link as it is now, writes, reads back and says so', () => {
    let {state, effects} = play(signedIn(null), {type: 'link-requested', input: '4567891'});
    expect(only(effects)).toEqual({kind: 'read', epoch: 1, tenant: HOME, purpose: {kind: 'plan', partnerId: '4567891'}});
    expect(state.busy).toBe('linking');
    ({state, effects} = play(state, {type: 'link-read', epoch: 1, tenant: HOME, purpose: {kind: 'plan', partnerId: '4567891'}, result: ok(null)}));
    const write = only(effects);
    expect(write).toEqual({kind: 'write', epoch: 1, tenant: HOME, write: {kind: 'create', partnerId: '4567891'}});
    ({state, effects} = play(state, {type: 'link-written', epoch: 1, tenant: HOME, write: {kind: 'create', partnerId: '4567891'}, result: ok(undefined)}));
    expect(only(effects)).toMatchObject({kind: 'read', purpose: {kind: 'read-back'}});
    ({state} = play(state, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'read-back', write: {kind: 'create', partnerId: '4567891'}},
      result: ok(link('4567891')),
    }));
    expect(state.outcome).toBe('Done: Linked to Partner ID 4567891 (Partner 4567891) in Contoso (contoso.test).');
    expect(state).toMatchObject({busy: null, link: link('4567891'), error: null});
  });

  it('a link Azure reports as Deleted is no link: linking creates it', () => {
    const {effects} = play(signedIn(null), {type: 'link-requested', input: '4567891'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'plan', partnerId: '4567891'},
      result: ok(link('7654321', 'Deleted')),
    });
    expect(effects.at(-1)).toMatchObject({kind: 'write', write: {kind: 'create'}});
  });

  it('nothing to do: the same ID is already linked, nothing is written', () => {
    const {state, effects} = play(signedIn(), {type: 'link-requested', input: '111'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'plan', partnerId: '111'},
      result: ok(link('111')),
    });
    expect(effects.filter((e) => e.kind === 'write')).toEqual([]);
    expect(state.outcome).toBe('Already linked to Partner ID 111: nothing to do.');
    expect(state.busy).toBeNull();
  });

  it('change: asks for confirmation with both IDs, re-reads on Confirm, then PATCHes and reads back', () => {
    let {state, effects} = play(signedIn(), {type: 'link-requested', input: '222'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'plan', partnerId: '222'},
      result: ok(link('111')),
    });
    expect(effects.filter((e) => e.kind === 'write')).toEqual([]);
    expect(state.confirmation).toEqual({kind: 'change', from: link('111'), to: '222'});
    expect(state.busy).toBeNull();
    ({state, effects} = play(state, {type: 'confirmed'}));
    const confirmed = {kind: 'change' as const, from: link('111'), to: '222'};
    expect(only(effects)).toEqual({kind: 'read', epoch: 1, tenant: HOME, purpose: {kind: 'recheck', confirmed}});
    expect(state).toMatchObject({confirmation: null, busy: 'linking'});
    ({state, effects} = play(state, {type: 'link-read', epoch: 1, tenant: HOME, purpose: {kind: 'recheck', confirmed}, result: ok(link('111'))}));
    const change = {kind: 'change' as const, from: link('111'), to: '222'};
    expect(only(effects)).toEqual({kind: 'write', epoch: 1, tenant: HOME, write: change});
    ({state, effects} = play(state, {type: 'link-written', epoch: 1, tenant: HOME, write: change, result: ok(undefined)}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'read-back', write: change},
      result: ok(link('222')),
    }));
    expect(state.outcome).toBe('Changed from 111 to 222: Linked to Partner ID 222 (Partner 222) in Contoso (contoso.test).');
  });

  it('Cancel on the confirmation writes nothing', () => {
    const {state, effects} = play(signedIn(), {type: 'link-requested', input: '222'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'plan', partnerId: '222'},
      result: ok(link('111')),
    }, {type: 'cancelled'});
    expect(effects.filter((e) => e.kind === 'write')).toEqual([]);
    expect(state).toMatchObject({confirmation: null, outcome: 'Cancelled. Nothing changed.'});
  });

  it('the link changed while the confirmation was open: nothing is written', () => {
    const confirmed = {kind: 'change' as const, from: link('111'), to: '222'};
    const {state, effects} = play({...signedIn(), confirmation: confirmed}, {type: 'confirmed'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'recheck', confirmed},
      result: ok(link('777')),
    });
    expect(effects.filter((e) => e.kind === 'write')).toEqual([]);
    expect(state.outcome).toBe('The link changed while the confirmation was open: it is now Partner ID 777. Nothing was written; check it and try again.');
    expect(state).toMatchObject({busy: null, link: link('777')});
  });

  it('the link vanished while the confirmation was open: nothing is written', () => {
    const confirmed = {kind: 'remove' as const, link: link('111')};
    const {state, effects} = play({...signedIn(), confirmation: confirmed}, {type: 'confirmed'}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'recheck', confirmed},
      result: ok(null),
    });
    expect(effects.filter((e) => e.kind === 'write')).toEqual([]);
    expect(state.outcome).toContain('there is no link any more. Nothing was written');
  });

  it('remove: confirmation, re-read, DELETE, read back', () => {
    let {state, effects} = play(signedIn(), {type: 'remove-requested'});
    expect(state.confirmation).toEqual({kind: 'remove', link: link('111')});
    expect(effects).toEqual([]);
    ({state, effects} = play(state, {type: 'confirmed'}));
    expect(state.busy).toBe('removing');
    const confirmed = {kind: 'remove' as const, link: link('111')};
    ({state, effects} = play(state, {type: 'link-read', epoch: 1, tenant: HOME, purpose: {kind: 'recheck', confirmed}, result: ok(link('111'))}));
    const remove = {kind: 'remove' as const, link: link('111')};
    expect(only(effects)).toEqual({kind: 'write', epoch: 1, tenant: HOME, write: remove});
    ({state} = play(state, {type: 'link-written', epoch: 1, tenant: HOME, write: remove, result: ok(undefined)}, {
      type: 'link-read',
      epoch: 1,
      tenant: HOME,
      purpose: {kind: 'read-back', write: remove},
      result: ok(null),
    }));
    expect(state).toMatchObject({outcome: 'Removed the link to Partner ID 111.', link: null, busy: null});
  });

  it('Remove is not offered a confirmation when there is no link', () => {
    const {state} = play(signedIn(null), {type: 'remove-requested'});
    expect(state.confirmation).toBeNull();
  });

  it('a refused write is explained with the operation and Partner ID, and reads nothing back', () => {
    const change = {kind: 'change' as const, from: link('111'), to: '222'};
    const gone = new FailureError({kind: 'arm', operation: 'change-link', status: 404, code: 'ManagementPartnerNotFound'});
    const {state, effects} = play({...signedIn(), busy: 'linking'}, {type: 'link-written', epoch: 1, tenant: HOME, write: change, result: no(gone)});
    expect(effects).toEqual([]);
    expect(state.error?.key).toBe('link-gone');
    expect(state.busy).toBeNull();
  });
});

describe('Check and link flow: sign-out in the middle', () => {
  it('signing out clears everything, and answers still on their way are dropped as they land', () => {
    const {state: linking} = play(signedIn(null), {type: 'link-requested', input: '4567891'});
    const out = play(linking, {type: 'account-changed', account: null});
    expect(out.state).toEqual({...initialLinkFlow, epoch: 2});
    const late = play(out.state, {type: 'link-read', epoch: 1, tenant: HOME, purpose: {kind: 'plan', partnerId: '4567891'}, result: ok(null)});
    expect(late.state).toBe(out.state);
    expect(late.effects).toEqual([]);
    const lateList = play(out.state, {type: 'started', epoch: 1, home: HOME, tenants: ok(TENANTS), link: ok(null)});
    expect(lateList.state.tenants).toBeNull();
  });

  it('another account signing in meanwhile keeps its own state, not the late answers of the first', () => {
    const {state: reading} = play(signedIn(), {type: 'tenant-chosen', tenant: CUSTOMER});
    const alex = play(reading, {type: 'account-changed', account: null}, {type: 'account-changed', account: {username: 'alex@fabrikam.test', homeTenantId: CUSTOMER}});
    expect(alex.state.epoch).toBe(3);
    expect(alex.effects.at(-1)).toEqual({kind: 'start', epoch: 3, home: CUSTOMER});
    const late = play(alex.state, {type: 'link-read', epoch: 1, tenant: CUSTOMER, purpose: {kind: 'show'}, result: ok(link('999'))});
    expect(late.state.link).toBeUndefined();
    const late2 = play(alex.state, {type: 'tenant-signed-in', epoch: 1, tenant: CUSTOMER, result: no(new Error('late'))});
    expect(late2.state.error).toBeNull();
  });
});
