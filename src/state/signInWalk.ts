import type {DoctorState, DoctorStep} from './doctorFlow';
import {stay} from './step';

/**
 * "Sign in to these tenants": the PAL doctor opens one interactive sign-in after another for
 * the tenants whose verdict is Needs sign-in, in table order. The flow (doctorFlow.ts) moves
 * it on after each answer: next tenant, a pause when the browser blocked the window, or the
 * end when the reader closed one.
 */
export interface SignInWalk {
  /** The tenant whose sign-in window is open (or, when paused, is next). */
  current: string | null;
  /** Tenants still to come, in table order. */
  queue: string[];
  total: number;
  signedIn: number;
  /** The browser blocked the window: the walk waits for the reader's click to go on. */
  paused: boolean;
  /** Why the walk ended early, for the reader. */
  stopped: string | null;
}

/** The walk's next tenant: its sign-in window, or the end of the walk. */
export function nextInWalk(state: DoctorState, walk: SignInWalk): DoctorStep {
  const [current, ...queue] = walk.queue;
  const row = current ? state.rows.find((r) => r.tenant.tenantId === current) : undefined;
  if (!row) return stay({...state, walk: {...walk, current: null, queue: []}});
  return {
    state: {...state, walk: {...walk, current, queue, paused: false}},
    effects: [{kind: 'sign-in', epoch: state.epoch, tenant: row.tenant, popupOnly: true}],
  };
}

