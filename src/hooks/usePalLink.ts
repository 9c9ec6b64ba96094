import {useCallback, useEffect, useMemo} from 'react';
import type {SessionHandle} from './usePalSession';
import {useStateMachine, type Dispatch} from './useStateMachine';
import type {PalSession} from '../azure/session';
import {settle} from '../state/step';
import {
  initialLinkFlow,
  isLighthouseTenant,
  labelOf,
  stepLinkFlow,
  type LinkEffect,
  type LinkEvent,
  type LinkFlowState,
} from '../state/linkFlow';

export type {Busy, PendingConfirmation} from '../state/linkFlow';

/** What the widget shows, and the reader's actions on it. */
export interface PalLinkState extends Omit<LinkFlowState, 'account' | 'epoch'> {
  lighthouse: boolean;
  label: (tenant: string | null) => string;
}

/** Carries out what the flow asks for (src/state/linkFlow.ts) and reports the answers back. */
function runLinkEffect(ensure: () => Promise<PalSession>, widgetId: string, effect: LinkEffect, dispatch: Dispatch<LinkEvent>): void {
  const {epoch} = effect;
  const session = settle(ensure());
  const withSession = <T,>(call: (s: PalSession) => Promise<T>) =>
    session.then((loaded) => (loaded.ok ? settle(call(loaded.value)) : loaded));
  switch (effect.kind) {
    case 'start': {
      const {home} = effect;
      void Promise.all([withSession((s) => s.listTenants()), withSession((s) => s.readLink(home))]).then(([tenants, link]) =>
        dispatch({type: 'started', epoch, home, tenants, link}),
      );
      return;
    }
    case 'read':
      void withSession((s) => s.readLink(effect.tenant)).then((result) =>
        dispatch({type: 'link-read', epoch, tenant: effect.tenant, purpose: effect.purpose, result}),
      );
      return;
    case 'write': {
      const {tenant, write} = effect;
      void withSession((s) =>
        write.kind === 'create'
          ? s.createLink(tenant, write.partnerId)
          : write.kind === 'change'
            ? s.changeLink(tenant, write.to)
            : s.removeLink(tenant, write.link.partnerId),
      ).then((result) => dispatch({type: 'link-written', epoch, tenant, write, result}));
      return;
    }
    case 'sign-in-to-tenant':
      void withSession((s) => s.signInToTenant(effect.tenant, {returnTo: widgetId})).then((result) =>
        dispatch({type: 'tenant-signed-in', epoch, tenant: effect.tenant, result: result.ok ? {ok: true, value: !!result.value} : result}),
      );
      return;
  }
}

export function usePalLink(handle: SessionHandle, widgetId: string) {
  const {ensure, account} = handle;
  const run = useCallback((effect: LinkEffect, dispatch: Dispatch<LinkEvent>) => runLinkEffect(ensure, widgetId, effect, dispatch), [ensure, widgetId]);
  const [flow, dispatch] = useStateMachine(initialLinkFlow, stepLinkFlow, run);

  // Whenever an account appears (here, in another widget, or restored on load), show its state;
  // a sign-out (or another account) drops whatever was still on its way.
  useEffect(() => dispatch({type: 'account-changed', account}), [account, dispatch]);

  const {tenants} = flow;
  const label = useCallback((id: string | null) => labelOf({tenants}, id), [tenants]);
  const actions = useMemo(
    () => ({
      signInToTenant: () => dispatch({type: 'tenant-sign-in-requested'}),
      chooseTenant: (tenant: string) => dispatch({type: 'tenant-chosen', tenant}),
      requestLink: (input: string) => dispatch({type: 'link-requested', input}),
      requestRemove: () => dispatch({type: 'remove-requested'}),
      confirm: () => dispatch({type: 'confirmed'}),
      cancel: () => dispatch({type: 'cancelled'}),
      clearPartnerIdProblem: () => dispatch({type: 'partner-id-edited'}),
    }),
    [dispatch],
  );
  const state: PalLinkState = {...flow, lighthouse: isLighthouseTenant(flow), label};
  return {state, actions};
}
