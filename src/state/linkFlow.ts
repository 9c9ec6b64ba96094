import {explainError, type Explanation} from '../pal/errors';
import type {Operation} from '../pal/failures';
import {isActiveLink, planLink} from '../pal/linkPlan';
import {checkPartnerId} from '../pal/partnerId';
import {linkStatusText} from '../pal/statusText';
import {isLighthouseDelegation, tenantLabel} from '../pal/tenants';
import type {PartnerLink, SignedInAccount, TenantInfo} from '../pal/types';
import {stay, type Settled, type Step} from './step';

/**
 * Check and link, as a state machine: read → plan → (confirm → re-read) → write → read back,
 * plus tenant choice, tenant sign-in and sign-out in the middle of any of it.
 */

export type PendingConfirmation = {kind: 'change'; from: PartnerLink; to: string} | {kind: 'remove'; link: PartnerLink};

export type Busy = null | 'sign-in' | 'reading' | 'linking' | 'removing';

/** A write: asked for (create) or confirmed (change, remove). */
export type LinkWrite = {kind: 'create'; partnerId: string} | {kind: 'change'; from: PartnerLink; to: string} | {kind: 'remove'; link: PartnerLink};

/** Why a link is read; each purpose continues the flow its own way. */
export type ReadPurpose =
  | {kind: 'show'}
  | {kind: 'plan'; partnerId: string}
  | {kind: 'recheck'; confirmed: PendingConfirmation}
  | {kind: 'read-back'; write: LinkWrite};

export interface LinkFlowState {
  /** The signed-in account's username, or null. */
  account: string | null;
  /** Bumped on every account change: answers that belong to an earlier account are dropped. */
  epoch: number;
  tenants: TenantInfo[] | null;
  tenant: string | null;
  /** undefined: not read yet; null: not linked. */
  link: PartnerLink | null | undefined;
  busy: Busy;
  error: Explanation | null;
  /** The result of the last action, in words ("Nothing changed.", "Removed…"). */
  outcome: string | null;
  /** A problem with the typed Partner ID, found before any request. */
  partnerIdProblem: string | null;
  confirmation: PendingConfirmation | null;
}

export const initialLinkFlow: LinkFlowState = {
  account: null,
  epoch: 0,
  tenants: null,
  tenant: null,
  link: undefined,
  busy: null,
  error: null,
  outcome: null,
  partnerIdProblem: null,
  confirmation: null,
};

export type LinkEffect =
  | {kind: 'start'; epoch: number; home: string}
  | {kind: 'read'; epoch: number; tenant: string; purpose: ReadPurpose}
  | {kind: 'write'; epoch: number; tenant: string; write: LinkWrite}
  | {kind: 'sign-in-to-tenant'; epoch: number; tenant: string};

export type LinkEvent =
  | {type: 'account-changed'; account: SignedInAccount | null}
  | {type: 'started'; epoch: number; home: string; tenants: Settled<TenantInfo[]>; link: Settled<PartnerLink | null>}
  | {type: 'tenant-chosen'; tenant: string}
  | {type: 'link-read'; epoch: number; tenant: string; purpose: ReadPurpose; result: Settled<PartnerLink | null>}
  | {type: 'link-written'; epoch: number; tenant: string; write: LinkWrite; result: Settled<void>}
  | {type: 'link-requested'; input: string}
  | {type: 'remove-requested'}
  | {type: 'confirmed'}
  | {type: 'cancelled'}
  | {type: 'tenant-sign-in-requested'}
  | {type: 'tenant-signed-in'; epoch: number; tenant: string; result: Settled<boolean>}
  | {type: 'partner-id-edited'};

type LinkStep = Step<LinkFlowState, LinkEffect>;

/** How the widget names a tenant: from Azure's list when it is there. */
export function labelOf(state: Pick<LinkFlowState, 'tenants'>, id: string | null): string {
  if (!id) return 'this tenant';
  const known = state.tenants?.find((t) => t.tenantId === id || t.defaultDomain === id);
  return known ? tenantLabel(known) : id;
}

export function isLighthouseTenant(state: Pick<LinkFlowState, 'tenants' | 'tenant'>): boolean {
  const info = state.tenants?.find((t) => t.tenantId === state.tenant);
  return !!info && isLighthouseDelegation(info);
}

const WRITE_OPERATION: Record<LinkWrite['kind'], Operation> = {create: 'create-link', change: 'change-link', remove: 'remove-link'};

function partnerIdOf(write: LinkWrite | PendingConfirmation): string {
  if (write.kind === 'create') return write.partnerId;
  return write.kind === 'change' ? write.to : write.link.partnerId;
}

function failed(state: LinkFlowState, error: unknown, operation: Operation, partnerId?: string): LinkFlowState {
  return {...state, busy: null, error: explainError(error, operation, {tenant: labelOf(state, state.tenant), partnerId})};
}

/** What the reader is told after a write, from the link read back. */
export function describeWrite(write: LinkWrite, after: PartnerLink | null, label: string): string {
  switch (write.kind) {
    case 'create':
      return isActiveLink(after)
        ? `Done: ${linkStatusText(after, label)}`
        : 'Azure accepted the request, but reading the link back shows no link. Check again in a minute.';
    case 'change':
      return after?.partnerId === write.to
        ? `Changed from ${write.from.partnerId} to ${write.to}: ${linkStatusText(after, label)}`
        : `Azure accepted the change, but the link now reads ${after ? after.partnerId : 'as not linked'}.`;
    case 'remove':
      return isActiveLink(after)
        ? `Azure accepted the removal, but the link still reads ${after.partnerId}. Check again in a minute.`
        : `Removed the link to Partner ID ${write.link.partnerId}.`;
  }
}

function chooseTenant(state: LinkFlowState, tenant: string): LinkStep {
  const next: LinkFlowState = {...state, tenant, link: undefined, error: null, outcome: null};
  // A Lighthouse delegation has no link of its own to read: the widget explains where it is.
  if (isLighthouseTenant(next)) return stay(next);
  return {state: {...next, busy: 'reading'}, effects: [{kind: 'read', epoch: state.epoch, tenant, purpose: {kind: 'show'}}]};
}

function linkRead(state: LinkFlowState, purpose: ReadPurpose, tenant: string, result: Settled<PartnerLink | null>): LinkStep {
  if (!result.ok) {
    const partnerId = purpose.kind === 'plan' ? purpose.partnerId : purpose.kind === 'recheck' ? partnerIdOf(purpose.confirmed) : purpose.kind === 'read-back' ? partnerIdOf(purpose.write) : undefined;
    return stay(failed(state, result.error, 'read-link', partnerId));
  }
  const link = result.value;
  const read: LinkFlowState = {...state, link};
  switch (purpose.kind) {
    case 'show':
      return stay({...read, busy: null});
    case 'plan': {
      // Decided on the link as it is now, not as it was when the page showed it.
      const plan = planLink(link, purpose.partnerId);
      if (plan.kind === 'nothing') return stay({...read, busy: null, outcome: `Already linked to Partner ID ${plan.partnerId}: nothing to do.`});
      if (plan.kind === 'change' && link) return stay({...read, busy: null, confirmation: {kind: 'change', from: link, to: plan.to}});
      return {state: read, effects: [{kind: 'write', epoch: state.epoch, tenant, write: {kind: 'create', partnerId: purpose.partnerId}}]};
    }
    case 'recheck': {
      // The reader confirmed the link they saw: if it has changed since, nothing is written.
      const {confirmed} = purpose;
      const seen = confirmed.kind === 'change' ? confirmed.from.partnerId : confirmed.link.partnerId;
      if (!isActiveLink(link) || link.partnerId !== seen) {
        const now = isActiveLink(link) ? `it is now Partner ID ${link.partnerId}` : 'there is no link any more';
        return stay({...read, busy: null, outcome: `The link changed while the confirmation was open: ${now}. Nothing was written; check it and try again.`});
      }
      const write: LinkWrite = confirmed.kind === 'change' ? {kind: 'change', from: confirmed.from, to: confirmed.to} : {kind: 'remove', link: confirmed.link};
      return {state: read, effects: [{kind: 'write', epoch: state.epoch, tenant, write}]};
    }
    case 'read-back':
      return stay({...read, busy: null, outcome: describeWrite(purpose.write, link, labelOf(state, tenant))});
  }
}

export function stepLinkFlow(state: LinkFlowState, event: LinkEvent): LinkStep {
  // Answers for another account, or for a tenant the reader has since left, are dropped.
  if ('epoch' in event && event.epoch !== state.epoch) return stay(state);
  switch (event.type) {
    case 'account-changed': {
      const account = event.account?.username ?? null;
      if (account === state.account) return stay(state);
      const epoch = state.epoch + 1;
      if (!event.account) return stay({...initialLinkFlow, epoch});
      const home = event.account.homeTenantId;
      return {state: {...initialLinkFlow, account, epoch, tenant: home, busy: 'reading'}, effects: [{kind: 'start', epoch, home}]};
    }
    case 'started': {
      let next: LinkFlowState = {...state, busy: null, tenants: event.tenants.ok ? event.tenants.value : state.tenants};
      if (state.tenant === event.home) {
        next = event.link.ok ? {...next, link: event.link.value} : failed(next, event.link.error, 'read-link');
      }
      if (!event.tenants.ok) next = failed(next, event.tenants.error, 'list-tenants');
      return stay(next);
    }
    case 'tenant-chosen':
      return chooseTenant(state, event.tenant);
    case 'link-read':
      if (event.tenant !== state.tenant) return stay(state);
      return linkRead(state, event.purpose, event.tenant, event.result);
    case 'link-written':
      if (event.tenant !== state.tenant) return stay(state);
      if (!event.result.ok) return stay(failed(state, event.result.error, WRITE_OPERATION[event.write.kind], partnerIdOf(event.write)));
      return {state, effects: [{kind: 'read', epoch: state.epoch, tenant: event.tenant, purpose: {kind: 'read-back', write: event.write}}]};
    case 'link-requested': {
      const cleared = {...state, error: null, outcome: null};
      const check = checkPartnerId(event.input);
      if (!check.ok) return stay({...cleared, partnerIdProblem: check.problem});
      if (!state.tenant) return stay({...cleared, partnerIdProblem: null});
      return {
        state: {...cleared, partnerIdProblem: null, busy: 'linking'},
        effects: [{kind: 'read', epoch: state.epoch, tenant: state.tenant, purpose: {kind: 'plan', partnerId: check.partnerId}}],
      };
    }
    case 'remove-requested': {
      const cleared = {...state, error: null, outcome: null};
      if (!state.tenant || !isActiveLink(state.link)) return stay(cleared);
      return stay({...cleared, confirmation: {kind: 'remove', link: state.link}});
    }
    case 'confirmed': {
      const confirmed = state.confirmation;
      const next = {...state, confirmation: null};
      if (!confirmed || !state.tenant) return stay(next);
      return {
        state: {...next, busy: confirmed.kind === 'change' ? 'linking' : 'removing'},
        effects: [{kind: 'read', epoch: state.epoch, tenant: state.tenant, purpose: {kind: 'recheck', confirmed}}],
      };
    }
    case 'cancelled':
      return stay({...state, confirmation: null, outcome: 'Cancelled. Nothing changed.'});
    case 'tenant-sign-in-requested':
      if (!state.tenant) return stay(state);
      return {state: {...state, error: null, busy: 'sign-in'}, effects: [{kind: 'sign-in-to-tenant', epoch: state.epoch, tenant: state.tenant}]};
    case 'tenant-signed-in': {
      const next: LinkFlowState = {...state, busy: null};
      if (!event.result.ok) return stay(failed(next, event.result.error, 'sign-in'));
      // false: the page is leaving for a full-page sign-in, which comes back to the widget.
      return event.result.value ? chooseTenant(next, event.tenant) : stay(next);
    }
    case 'partner-id-edited':
      return stay({...state, partnerIdProblem: null});
  }
}
