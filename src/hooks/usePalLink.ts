import {useCallback, useEffect, useRef, useState} from 'react';
import type {SessionHandle} from './usePalSession';
import {explainError, type Explanation} from '../pal/errors';
import type {Operation} from '../pal/failures';
import {isActiveLink, planLink} from '../pal/linkPlan';
import {checkPartnerId} from '../pal/partnerId';
import {linkStatusText} from '../pal/statusText';
import {isLighthouseDelegation, tenantLabel} from '../pal/tenants';
import type {PartnerLink, TenantInfo} from '../pal/types';

export type PendingConfirmation =
  | {kind: 'change'; from: PartnerLink; to: string}
  | {kind: 'remove'; link: PartnerLink};

export type Busy = null | 'sign-in' | 'reading' | 'linking' | 'removing';

/** What the widget shows, and the reader's actions on it. */
export interface PalLinkState {
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
  lighthouse: boolean;
  label: (tenant: string | null) => string;
}

export function usePalLink(handle: SessionHandle, widgetId: string) {
  const {ensure, account} = handle;
  const [tenants, setTenants] = useState<TenantInfo[] | null>(null);
  const [tenant, setTenant] = useState<string | null>(null);
  const [link, setLink] = useState<PartnerLink | null | undefined>(undefined);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<Explanation | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [partnerIdProblem, setPartnerIdProblem] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<PendingConfirmation | null>(null);
  // Answers for a tenant the reader has since left are dropped.
  const currentTenant = useRef<string | null>(null);
  // Answers belong to the account that asked: after a sign-out (or another account), what
  // was still on its way is dropped as it lands. Bumped on every account change.
  const generation = useRef(0);

  // Read through a ref so the callbacks below stay stable while the tenant list fills in.
  const tenantsRef = useRef(tenants);
  tenantsRef.current = tenants;
  const label = useCallback((id: string | null) => {
    if (!id) return 'this tenant';
    const known = tenantsRef.current?.find((t) => t.tenantId === id || t.defaultDomain === id);
    return known ? tenantLabel(known) : id;
  }, []);
  const tenantInfo = tenants?.find((t) => t.tenantId === tenant) ?? null;
  const lighthouse = !!tenantInfo && isLighthouseDelegation(tenantInfo);

  const fail = useCallback(
    (err: unknown, partnerId?: string, operation: Operation = 'read-link') =>
      setError(explainError(err, operation, {tenant: label(currentTenant.current), partnerId})),
    [label],
  );

  const read = useCallback(
    async (id: string) => {
      const started = generation.current;
      const session = await ensure();
      const found = await session.readLink(id);
      if (currentTenant.current === id && generation.current === started) setLink(found);
      return found;
    },
    [ensure],
  );

  const chooseTenant = useCallback(
    async (id: string) => {
      const started = generation.current;
      const current = () => currentTenant.current === id && generation.current === started;
      currentTenant.current = id;
      setTenant(id);
      setLink(undefined);
      setError(null);
      setOutcome(null);
      const info = tenantsRef.current?.find((t) => t.tenantId === id);
      if (info && isLighthouseDelegation(info)) return;
      setBusy('reading');
      try {
        await read(id);
      } catch (err) {
        if (current()) fail(err);
      } finally {
        if (current()) setBusy(null);
      }
    },
    [fail, read],
  );

  /** After sign-in: tenants and the home tenant's link, in parallel. */
  const start = useCallback(async () => {
    const started = generation.current;
    const session = await ensure();
    const me = session.account();
    if (!me || generation.current !== started) return;
    currentTenant.current = me.homeTenantId;
    setTenant(me.homeTenantId);
    setBusy('reading');
    const [listed, home] = await Promise.allSettled([session.listTenants(), session.readLink(me.homeTenantId)]);
    // Signed out (or another account) meanwhile: none of this is the reader's any more.
    if (generation.current !== started) return;
    if (listed.status === 'fulfilled') setTenants(listed.value);
    if (currentTenant.current === me.homeTenantId) {
      if (home.status === 'fulfilled') setLink(home.value);
      else fail(home.reason);
    }
    if (listed.status === 'rejected') fail(listed.reason, undefined, 'list-tenants');
    setBusy(null);
  }, [ensure, fail]);

  // Whenever an account appears (here, in another widget, or restored on load), show its state.
  const accountKey = account?.username ?? null;
  useEffect(() => {
    generation.current += 1;
    const started = generation.current;
    if (!accountKey) {
      setTenants(null);
      setTenant(null);
      setLink(undefined);
      setBusy(null);
      setError(null);
      setOutcome(null);
      setConfirmation(null);
      currentTenant.current = null;
      return;
    }
    start().catch((err: unknown) => {
      if (generation.current === started) fail(err);
    });
    // Only a new account restarts the flow; start and fail are stable.
  }, [accountKey, start, fail]);

  const signInToTenant = useCallback(async () => {
    if (!tenant) return;
    setError(null);
    setBusy('sign-in');
    try {
      const session = await ensure();
      const done = await session.signInToTenant(tenant, {returnTo: widgetId});
      setBusy(null);
      if (done) await chooseTenant(tenant);
    } catch (err) {
      fail(err, undefined, 'sign-in');
      setBusy(null);
    }
  }, [chooseTenant, ensure, fail, tenant, widgetId]);

  const applyAndReadBack = useCallback(
    async (id: string, change: () => Promise<void>, describe: (after: PartnerLink | null) => string, partnerId: string) => {
      try {
        await change();
        const after = await read(id);
        setOutcome(describe(after));
      } catch (err) {
        fail(err, partnerId);
      } finally {
        setBusy(null);
      }
    },
    [fail, read],
  );

  const requestLink = useCallback(
    async (input: string) => {
      setError(null);
      setOutcome(null);
      const check = checkPartnerId(input);
      if (!check.ok) {
        setPartnerIdProblem(check.problem);
        return;
      }
      setPartnerIdProblem(null);
      if (!tenant) return;
      const id = tenant;
      setBusy('linking');
      let current: PartnerLink | null;
      try {
        // Decide on the link as it is now, not as it was when the page showed it.
        current = await read(id);
      } catch (err) {
        fail(err, check.partnerId);
        setBusy(null);
        return;
      }
      const plan = planLink(current, check.partnerId);
      if (plan.kind === 'nothing') {
        setOutcome(`Already linked to Partner ID ${plan.partnerId}: nothing to do.`);
        setBusy(null);
        return;
      }
      if (plan.kind === 'change' && current) {
        setConfirmation({kind: 'change', from: current, to: plan.to});
        setBusy(null);
        return;
      }
      await applyAndReadBack(
        id,
        async () => (await ensure()).createLink(id, check.partnerId),
        (after) => (isActiveLink(after) ? `Done: ${linkStatusText(after, label(id))}` : 'Azure accepted the request, but reading the link back shows no link. Check again in a minute.'),
        check.partnerId,
      );
    },
    [applyAndReadBack, ensure, fail, label, read, tenant],
  );

  const requestRemove = useCallback(async () => {
    setError(null);
    setOutcome(null);
    if (!tenant || !isActiveLink(link)) return;
    setConfirmation({kind: 'remove', link});
  }, [link, tenant]);

  const confirm = useCallback(async () => {
    const pending = confirmation;
    setConfirmation(null);
    if (!pending || !tenant) return;
    const id = tenant;
    const confirmed = pending.kind === 'change' ? pending.from.partnerId : pending.link.partnerId;
    setBusy(pending.kind === 'change' ? 'linking' : 'removing');
    // The reader confirmed the link they saw: if it has changed since, write nothing.
    try {
      const now = await read(id);
      if (!isActiveLink(now) || now.partnerId !== confirmed) {
        setOutcome(
          `The link changed while the confirmation was open: ${isActiveLink(now) ? `it is now Partner ID ${now.partnerId}` : 'there is no link any more'}. Nothing was written; check it and try again.`,
        );
        setBusy(null);
        return;
      }
    } catch (err) {
      fail(err, pending.kind === 'change' ? pending.to : confirmed);
      setBusy(null);
      return;
    }
    if (pending.kind === 'change') {
      await applyAndReadBack(
        id,
        async () => (await ensure()).changeLink(id, pending.to),
        (after) =>
          after?.partnerId === pending.to
            ? `Changed from ${pending.from.partnerId} to ${pending.to}: ${linkStatusText(after, label(id))}`
            : `Azure accepted the change, but the link now reads ${after ? after.partnerId : 'as not linked'}.`,
        pending.to,
      );
    } else {
      await applyAndReadBack(
        id,
        async () => (await ensure()).removeLink(id, pending.link.partnerId),
        (after) =>
          isActiveLink(after)
            ? `Azure accepted the removal, but the link still reads ${after.partnerId}. Check again in a minute.`
            : `Removed the link to Partner ID ${pending.link.partnerId}.`,
        pending.link.partnerId,
      );
    }
  }, [applyAndReadBack, confirmation, ensure, fail, label, read, tenant]);

  const cancel = useCallback(() => {
    setConfirmation(null);
    setOutcome('Cancelled. Nothing changed.');
  }, []);

  const state: PalLinkState = {
    tenants,
    tenant,
    link,
    busy,
    error,
    outcome,
    partnerIdProblem,
    confirmation,
    lighthouse,
    label,
  };
  return {
    state,
    actions: {signInToTenant, chooseTenant, requestLink, requestRemove, confirm, cancel, clearPartnerIdProblem: () => setPartnerIdProblem(null)},
  };
}
