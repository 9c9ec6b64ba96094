import type {BulkOutcome, TenantCheck} from '../azure/doctor';
import {explainError, type Explanation} from '../pal/errors';
import {planLink, type LinkPlan} from '../pal/linkPlan';
import {checkPartnerId} from '../pal/partnerId';
import {tenantLabel} from '../pal/tenants';
import type {SignedInAccount, TenantInfo} from '../pal/types';
import {verdictFor} from '../pal/verdict';
import {nextInWalk, type SignInWalk} from './signInWalk';
import {stay, type Settled, type Step} from './step';

export type {SignInWalk} from './signInWalk';

/**
 * The PAL doctor as a state machine: one row per tenant (queued → checking → done), bulk
 * linking with one confirmation and an outcome per row, and answers that no longer belong to
 * the table (another account, a row checked again since) dropped as they land.
 */

export interface DoctorRow {
  tenant: TenantInfo;
  /** `cancelled`: the reader cancelled the check before this row had its answer. */
  phase: 'queued' | 'checking' | 'done' | 'cancelled';
  /** The check the row waits for; the answer of any other check is dropped. */
  checkId?: number;
  check?: TenantCheck;
  selected: boolean;
  bulk?: {state: 'waiting' | 'working'} | {state: 'done'; outcome: BulkOutcome};
}

export interface BulkItem {
  tenantId: string;
  label: string;
  plan: LinkPlan;
}

export interface CheckItem {
  tenant: TenantInfo;
  checkId: number;
}

export interface DoctorState {
  account: string | null;
  homeTenantId: string | null;
  /** Bumped on every account change: work for an earlier account is dropped as it lands. */
  epoch: number;
  /** The last check ID handed out. */
  lastCheckId: number;
  rows: DoctorRow[];
  listing: boolean;
  error: Explanation | null;
  partnerIdProblem: string | null;
  /** Bulk linking waiting for the reader's confirmation. */
  pending: BulkItem[] | null;
  bulkRun: {total: number; done: number; finished: boolean} | null;
  /** The Partner ID the reader confirmed last; Retry links failed tenants to it. */
  bulkPartnerId: string | null;
  /** "Sign in to these tenants": one interactive sign-in after another. */
  walk: SignInWalk | null;
}


export const initialDoctor: DoctorState = {
  account: null,
  homeTenantId: null,
  epoch: 0,
  lastCheckId: 0,
  rows: [],
  listing: false,
  error: null,
  partnerIdProblem: null,
  pending: null,
  bulkRun: null,
  bulkPartnerId: null,
  walk: null,
};

export type DoctorEffect =
  | {kind: 'list-tenants'; epoch: number}
  | {kind: 'check'; epoch: number; items: CheckItem[]}
  /** `popupOnly`: a blocked window is reported, not replaced by a full-page redirect (the walk pauses instead). */
  | {kind: 'sign-in'; epoch: number; tenant: TenantInfo; popupOnly?: boolean}
  /** Stop the running check: nothing more is sent for it. */
  | {kind: 'cancel'; epoch: number}
  | {kind: 'link'; epoch: number; items: BulkItem[]};

export type DoctorEvent =
  | {type: 'account-changed'; account: SignedInAccount | null}
  | {type: 'check-requested'}
  | {type: 'tenants-listed'; epoch: number; result: Settled<TenantInfo[]>}
  | {type: 'row-started'; epoch: number; tenantId: string; checkId: number}
  | {type: 'row-checked'; epoch: number; tenantId: string; checkId: number; check: TenantCheck}
  | {type: 'recheck-requested'; tenantId: string}
  | {type: 'tenant-sign-in-requested'; tenantId: string}
  | {type: 'tenant-signed-in'; epoch: number; tenantId: string; result: Settled<boolean>}
  | {type: 'row-toggled'; tenantId: string; selected: boolean}
  | {type: 'rows-selected'; tenantIds: readonly string[]; selected: boolean}
  | {type: 'cancel-requested'}
  | {type: 'walk-requested'}
  | {type: 'walk-continued'}
  | {type: 'bulk-requested'; input: string}
  | {type: 'bulk-confirmed'}
  | {type: 'bulk-cancelled'}
  | {type: 'bulk-retry-requested'; tenantId: string}
  | {type: 'bulk-aborted'; epoch: number; error: unknown}
  | {type: 'bulk-item-started'; epoch: number; tenantId: string}
  | {type: 'bulk-item-done'; epoch: number; tenantId: string; outcome: BulkOutcome}
  | {type: 'partner-id-edited'};

export type DoctorStep = Step<DoctorState, DoctorEffect>;

/** Rows bulk linking may touch: checked, with a link read, and not a Lighthouse delegation. */
export function isSelectable(row: DoctorRow): boolean {
  return row.phase === 'done' && !!row.check && row.check.link !== undefined && !row.check.lighthouse;
}

function updateRows(state: DoctorState, change: (row: DoctorRow) => DoctorRow): DoctorState {
  let changed = false;
  const rows = state.rows.map((row) => {
    const next = change(row);
    if (next !== row) changed = true;
    return next;
  });
  return changed ? {...state, rows} : state;
}

function updateRow(state: DoctorState, tenantId: string, change: (row: DoctorRow) => DoctorRow): DoctorState {
  return updateRows(state, (row) => (row.tenant.tenantId === tenantId ? change(row) : row));
}

/** Queues rows for a (new) check; answers of any earlier check of those rows are dropped. */
function queueChecks(state: DoctorState, tenants: readonly TenantInfo[]): DoctorStep {
  let lastCheckId = state.lastCheckId;
  const items = tenants.map((tenant) => ({tenant, checkId: ++lastCheckId}));
  const ids = new Map(items.map((item) => [item.tenant.tenantId, item.checkId]));
  const next = updateRows({...state, lastCheckId}, (row) => {
    const checkId = ids.get(row.tenant.tenantId);
    return checkId === undefined ? row : {...row, phase: 'queued', checkId};
  });
  return {state: next, effects: items.length ? [{kind: 'check', epoch: state.epoch, items}] : []};
}

function startBulk(state: DoctorState, items: BulkItem[]): DoctorStep {
  const ids = new Set(items.map((item) => item.tenantId));
  let next = updateRows(state, (row) => (ids.has(row.tenant.tenantId) ? {...row, bulk: {state: 'waiting'}} : row));
  next = {...next, bulkRun: {total: items.length, done: 0, finished: false}};
  // Already linked to the ID: nothing to send, the row says so at once.
  for (const item of items) {
    if (item.plan.kind !== 'nothing') continue;
    const link = next.rows.find((row) => row.tenant.tenantId === item.tenantId)?.check?.link ?? null;
    next = applyBulkOutcome(next, item.tenantId, {status: 'unchanged', link});
  }
  const writes = items.filter((item) => item.plan.kind !== 'nothing');
  return {state: next, effects: writes.length ? [{kind: 'link', epoch: state.epoch, items: writes}] : []};
}

/** A bulk outcome on its row, and on every Lighthouse row when it is the home tenant's link. */
function applyBulkOutcome(state: DoctorState, tenantId: string, outcome: BulkOutcome): DoctorState {
  const homeLinked = tenantId === state.homeTenantId;
  const next = updateRows(state, (row) => {
    const own = row.tenant.tenantId === tenantId;
    if (!own && !(homeLinked && row.check?.lighthouse)) return row;
    const bulk = own ? ({state: 'done', outcome} as const) : row.bulk;
    const {check} = row;
    if (!check || outcome.status === 'failed') return {...row, bulk};
    const link = outcome.link;
    const verdict = check.verdict === 'Error' ? check.verdict : verdictFor({status: 'checked', link, assignments: check.assignments ?? []});
    return {...row, check: {...check, link, verdict}, bulk};
  });
  const run = state.bulkRun;
  if (!run) return next;
  const done = run.done + 1;
  return {...next, bulkRun: {...run, done, finished: done >= run.total}};
}

export function stepDoctor(state: DoctorState, event: DoctorEvent): DoctorStep {
  if ('epoch' in event && event.epoch !== state.epoch) return stay(state);
  switch (event.type) {
    case 'account-changed': {
      const account = event.account?.username ?? null;
      if (account === state.account) return stay(state);
      // Results belong to the account that produced them: another account starts a new table.
      return stay({...initialDoctor, account, homeTenantId: event.account?.homeTenantId ?? null, epoch: state.epoch + 1, lastCheckId: state.lastCheckId});
    }
    case 'check-requested':
      if (!state.account || state.listing) return stay(state);
      return {state: {...state, error: null, bulkRun: null, walk: null, listing: true}, effects: [{kind: 'list-tenants', epoch: state.epoch}]};
    case 'tenants-listed': {
      if (!event.result.ok) return stay({...state, listing: false, error: explainError(event.result.error, 'list-tenants')});
      const rows = event.result.value.map((tenant): DoctorRow => ({tenant, phase: 'queued', selected: false}));
      return queueChecks({...state, listing: false, rows}, event.result.value);
    }
    case 'row-started':
      return stay(updateRow(state, event.tenantId, (row) => (row.checkId === event.checkId && row.phase === 'queued' ? {...row, phase: 'checking'} : row)));
    case 'row-checked': {
      const {check} = event;
      return stay(
        updateRow(state, event.tenantId, (row) =>
          row.checkId !== event.checkId ? row : {...row, phase: 'done', checkId: undefined, check, selected: row.selected && check.link !== undefined},
        ),
      );
    }
    case 'recheck-requested': {
      const row = state.rows.find((r) => r.tenant.tenantId === event.tenantId);
      return row ? queueChecks(state, [row.tenant]) : stay(state);
    }
    case 'tenant-sign-in-requested': {
      const row = state.rows.find((r) => r.tenant.tenantId === event.tenantId);
      return row ? {state, effects: [{kind: 'sign-in', epoch: state.epoch, tenant: row.tenant}]} : stay(state);
    }
    case 'tenant-signed-in': {
      const walking = state.walk?.current === event.tenantId ? state.walk : null;
      if (event.result.ok) {
        const rechecked: DoctorStep = event.result.value ? stepDoctor(state, {type: 'recheck-requested', tenantId: event.tenantId}) : stay(state);
        if (!walking) return rechecked;
        // null: the page is leaving for a full-page sign-in; the walk cannot go on from here.
        if (!event.result.value) return stay({...rechecked.state, walk: {...walking, current: null, stopped: 'The browser left for the Microsoft sign-in page.'}});
        const next = nextInWalk(rechecked.state, {...walking, signedIn: walking.signedIn + 1});
        return {state: next.state, effects: [...rechecked.effects, ...next.effects]};
      }
      const {error} = event.result;
      const row = state.rows.find((r) => r.tenant.tenantId === event.tenantId);
      const problem = explainError(error, 'sign-in', {tenant: row ? tenantLabel(row.tenant) : undefined});
      const noted = updateRow(state, event.tenantId, (r) => (r.check ? {...r, check: {...r.check, problem}} : r));
      if (!walking) return stay(noted);
      if (problem.key === 'popup-blocked') return stay({...noted, walk: {...walking, paused: true}});
      if (problem.key === 'sign-in-cancelled' || problem.key === 'sign-in-timeout' || problem.key === 'sign-in-in-progress') {
        const name = row ? (row.tenant.displayName ?? row.tenant.tenantId) : event.tenantId;
        return stay({...noted, walk: {...walking, current: null, stopped: `Stopped at ${name}: ${problem.title}`}});
      }
      // Any other refusal stays on its row, and the walk goes on with the next tenant.
      return nextInWalk(noted, walking);
    }
    case 'walk-requested': {
      if (state.walk?.current) return stay(state);
      const queue = state.rows.filter((r) => r.phase === 'done' && r.check?.verdict === 'Needs sign-in').map((r) => r.tenant.tenantId);
      if (queue.length === 0) return stay(state);
      return nextInWalk(state, {current: null, queue, total: queue.length, signedIn: 0, paused: false, stopped: null});
    }
    case 'walk-continued': {
      const walk = state.walk;
      const row = walk?.paused && walk.current ? state.rows.find((r) => r.tenant.tenantId === walk.current) : undefined;
      if (!walk || !row) return stay(state);
      return {state: {...state, walk: {...walk, paused: false}}, effects: [{kind: 'sign-in', epoch: state.epoch, tenant: row.tenant, popupOnly: true}]};
    }
    case 'cancel-requested': {
      if (!state.rows.some((r) => r.phase === 'queued' || r.phase === 'checking')) return stay(state);
      const next = updateRows(state, (row) => (row.phase === 'queued' || row.phase === 'checking' ? {...row, phase: 'cancelled', checkId: undefined} : row));
      return {state: next, effects: [{kind: 'cancel', epoch: state.epoch}]};
    }
    case 'rows-selected': {
      const ids = new Set(event.tenantIds);
      return stay(updateRows(state, (row) => (ids.has(row.tenant.tenantId) && isSelectable(row) && row.selected !== event.selected ? {...row, selected: event.selected} : row)));
    }
    case 'row-toggled':
      return stay(updateRow(state, event.tenantId, (row) => (isSelectable(row) && row.selected !== event.selected ? {...row, selected: event.selected} : row)));
    case 'bulk-requested': {
      const check = checkPartnerId(event.input);
      if (!check.ok) return stay({...state, partnerIdProblem: check.problem});
      const items = state.rows
        .filter((row) => row.selected && isSelectable(row))
        .map((row) => ({tenantId: row.tenant.tenantId, label: tenantLabel(row.tenant), plan: planLink(row.check?.link ?? null, check.partnerId)}));
      if (items.length === 0) return stay({...state, partnerIdProblem: 'Select at least one tenant in the table first.'});
      return stay({...state, partnerIdProblem: null, bulkPartnerId: check.partnerId, pending: items});
    }
    case 'bulk-confirmed': {
      const items = state.pending;
      return items ? startBulk({...state, pending: null}, items) : stay(state);
    }
    case 'bulk-cancelled':
      return stay({...state, pending: null});
    case 'bulk-retry-requested': {
      const row = state.rows.find((r) => r.tenant.tenantId === event.tenantId);
      if (!row?.check || row.bulk?.state !== 'done' || row.bulk.outcome.status !== 'failed' || !state.bulkPartnerId) return stay(state);
      return startBulk(state, [{tenantId: event.tenantId, label: tenantLabel(row.tenant), plan: planLink(row.check.link ?? null, state.bulkPartnerId)}]);
    }
    case 'bulk-aborted': {
      const next = updateRows(state, (row) => (row.bulk && row.bulk.state !== 'done' ? {...row, bulk: undefined} : row));
      return stay({...next, bulkRun: null, error: explainError(event.error, 'create-link')});
    }
    case 'bulk-item-started':
      return stay(updateRow(state, event.tenantId, (row) => (row.bulk?.state === 'waiting' ? {...row, bulk: {state: 'working'}} : row)));
    case 'bulk-item-done':
      return stay(applyBulkOutcome(state, event.tenantId, event.outcome));
    case 'partner-id-edited':
      return stay(state.partnerIdProblem ? {...state, partnerIdProblem: null} : state);
  }
}
