import {useCallback, useEffect, useMemo, useRef} from 'react';
import {checkTenant, checkThatFailed, linkTenant, newCheckRun} from '../azure/doctor';
import type {SessionHandle} from './usePalSession';
import {useStateMachine, type Dispatch} from './useStateMachine';
import type {PalSession} from '../azure/session';
import {forEachLimited} from '../pal/concurrency';
import {initialDoctor, isSelectable, stepDoctor, type DoctorEffect, type DoctorEvent} from '../state/doctorFlow';
import {settle} from '../state/step';

export type {BulkItem, DoctorRow} from '../state/doctorFlow';

/**
 * Tenants checked at once. Each tenant has its own ARM request limits, and ARM and Entra ID
 * answer over HTTP/2 (many requests share a connection), so this can be well above the six
 * connections a browser opens per host: 64 checks a typical partner's tenants in one wave.
 */
export const TENANT_CONCURRENCY = 64;

/**
 * Tenants linked at once. Each is a read, a write and a read back in its own tenant; a handful
 * at a time finishes a typical selection in a few rounds, and the outcomes appear row by row.
 */
export const BULK_LINK_CONCURRENCY = 6;

/** `?concurrency=1` on the page checks one tenant at a time: the benchmark's baseline. */
export function concurrencyFrom(search: string): number {
  const asked = Number(new URLSearchParams(search).get('concurrency'));
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, TENANT_CONCURRENCY) : TENANT_CONCURRENCY;
}

/** Carries out what the doctor's flow (src/state/doctorFlow.ts) asks for; answers come back batched per frame. */
function runDoctorEffect(
  ensure: () => Promise<PalSession>,
  widgetId: string,
  concurrency: number,
  running: Set<AbortController>,
  effect: DoctorEffect,
  dispatch: Dispatch<DoctorEvent>,
): void {
  const {epoch} = effect;
  switch (effect.kind) {
    case 'cancel':
      for (const controller of running) controller.abort();
      running.clear();
      return;
    case 'list-tenants':
      void settle(ensure().then((session) => session.listTenants())).then((result) => dispatch({type: 'tenants-listed', epoch, result}));
      return;
    case 'check': {
      const controller = new AbortController();
      running.add(controller);
      const run = newCheckRun(controller.signal);
      void forEachLimited(effect.items, concurrency, async ({tenant, checkId}, index) => {
        // Cancelled: the rows left say so already; nothing more is requested.
        if (controller.signal.aborted) return;
        const tenantId = tenant.tenantId;
        dispatch.batched({type: 'row-started', epoch, tenantId, checkId});
        const check = await ensure()
          .then((session) => checkTenant(session, tenant, session.account()?.homeTenantId ?? '', run, index))
          .catch((error: unknown) => checkThatFailed(tenant, error));
        dispatch.batched({type: 'row-checked', epoch, tenantId, checkId, check});
      }).finally(() => running.delete(controller));
      return;
    }
    case 'sign-in':
      void settle(ensure().then((session) => session.signInToTenant(effect.tenant.tenantId, {returnTo: widgetId, popupOnly: effect.popupOnly}))).then((result) =>
        dispatch({type: 'tenant-signed-in', epoch, tenantId: effect.tenant.tenantId, result: result.ok ? {ok: true, value: !!result.value} : result}),
      );
      return;
    case 'link':
      void ensure().then(
        async (session) => {
          await forEachLimited(effect.items, BULK_LINK_CONCURRENCY, async (item) => {
            dispatch.batched({type: 'bulk-item-started', epoch, tenantId: item.tenantId});
            const outcome = await linkTenant(session, item.tenantId, item.label, item.plan);
            dispatch.batched({type: 'bulk-item-done', epoch, tenantId: item.tenantId, outcome});
          });
        },
        (error: unknown) => dispatch({type: 'bulk-aborted', epoch, error}),
      );
      return;
  }
}

export function usePalDoctor(handle: SessionHandle, widgetId: string, concurrency: number = TENANT_CONCURRENCY) {
  const {ensure, account} = handle;
  const running = useRef(new Set<AbortController>()).current;
  const run = useCallback(
    (effect: DoctorEffect, dispatch: Dispatch<DoctorEvent>) => runDoctorEffect(ensure, widgetId, concurrency, running, effect, dispatch),
    [concurrency, ensure, running, widgetId],
  );
  const [state, dispatch] = useStateMachine(initialDoctor, stepDoctor, run);

  // Another account, or a sign-out, clears the table; work still running for it is dropped.
  useEffect(() => dispatch({type: 'account-changed', account}), [account, dispatch]);

  const actions = useMemo(
    () => ({
      checkAll: () => dispatch({type: 'check-requested'}),
      recheck: (tenantId: string) => dispatch({type: 'recheck-requested', tenantId}),
      signInToTenant: (tenantId: string) => dispatch({type: 'tenant-sign-in-requested', tenantId}),
      toggle: (tenantId: string, selected: boolean) => dispatch({type: 'row-toggled', tenantId, selected}),
      selectRows: (tenantIds: readonly string[]) => dispatch({type: 'rows-selected', tenantIds, selected: true}),
      cancelCheck: () => dispatch({type: 'cancel-requested'}),
      signInToAll: () => dispatch({type: 'walk-requested'}),
      continueSignIn: () => dispatch({type: 'walk-continued'}),
      requestBulk: (input: string) => dispatch({type: 'bulk-requested', input}),
      confirmBulk: () => dispatch({type: 'bulk-confirmed'}),
      cancelBulk: () => dispatch({type: 'bulk-cancelled'}),
      retry: (tenantId: string) => dispatch({type: 'bulk-retry-requested', tenantId}),
      clearPartnerIdProblem: () => dispatch({type: 'partner-id-edited'}),
    }),
    [dispatch],
  );
  return {...state, actions, selectable: isSelectable};
}
