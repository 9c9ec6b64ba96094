import {useCallback, useEffect, useRef, useState} from 'react';
import {checkTenant, linkTenant, linkTenantOf, type BulkOutcome, type TenantCheck} from '../azure/doctor';
import type {SessionHandle} from './usePalSession';
import type {PalSession} from '../azure/session';
import {forEachLimited} from '../pal/concurrency';
import {explainError, type Explanation} from '../pal/errors';
import {planLink, type LinkPlan} from '../pal/linkPlan';
import {checkPartnerId} from '../pal/partnerId';
import {isLighthouseDelegation, tenantLabel} from '../pal/tenants';
import type {TenantInfo} from '../pal/types';
import {verdictFor} from '../pal/verdict';

/**
 * Tenants checked at once. Each tenant has its own ARM request limits, and ARM and Entra ID
 * answer over HTTP/2 (many requests share a connection), so this can be well above the six
 * connections a browser opens per host: 64 checks a typical partner's tenants in one wave.
 */
export const TENANT_CONCURRENCY = 64;

/** `?concurrency=1` on the page checks one tenant at a time: the benchmark's baseline. */
export function concurrencyFrom(search: string): number {
  const asked = Number(new URLSearchParams(search).get('concurrency'));
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, TENANT_CONCURRENCY) : TENANT_CONCURRENCY;
}

export interface DoctorRow {
  tenant: TenantInfo;
  phase: 'queued' | 'checking' | 'done';
  check?: TenantCheck;
  selected: boolean;
  bulk?: {state: 'waiting' | 'working'} | {state: 'done'; outcome: BulkOutcome};
}

export interface BulkItem {
  tenantId: string;
  label: string;
  plan: LinkPlan;
}

function selectable(row: DoctorRow): boolean {
  return row.phase === 'done' && !!row.check && row.check.link !== undefined && !row.check.lighthouse;
}

export function usePalDoctor(handle: SessionHandle, widgetId: string, concurrency: number = TENANT_CONCURRENCY) {
  const {ensure, account} = handle;
  const [rows, setRows] = useState<DoctorRow[]>([]);
  const [listing, setListing] = useState(false);
  const [error, setError] = useState<Explanation | null>(null);
  const [partnerIdProblem, setPartnerIdProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<BulkItem[] | null>(null);
  const [bulkRun, setBulkRun] = useState<{total: number; done: number; finished: boolean} | null>(null);
  /** The Partner ID the reader confirmed last; Retry links failed tenants to it. */
  const [bulkPartnerId, setBulkPartnerId] = useState<string | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  // Dozens of tenants answer within milliseconds of each other: apply their changes once per
  // frame, so the table lays out once per frame rather than once per answer.
  const queued = useRef<Array<(rows: DoctorRow[]) => DoctorRow[]>>([]);
  const frame = useRef(0);
  const schedule = useCallback((change: (rows: DoctorRow[]) => DoctorRow[]) => {
    queued.current.push(change);
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      const changes = queued.current;
      queued.current = [];
      frame.current = 0;
      setRows((current) => changes.reduce((rows, apply) => apply(rows), current));
    });
  }, []);
  const update = useCallback(
    (tenantId: string, change: (row: DoctorRow) => DoctorRow) =>
      schedule((current) => current.map((row) => (row.tenant.tenantId === tenantId ? change(row) : row))),
    [schedule],
  );

  // Results belong to the account that produced them: another account, or a sign-out, clears
  // the table, and work still running for the previous account is dropped as it lands.
  const generation = useRef(0);
  const accountKey = account?.username ?? null;
  useEffect(() => {
    generation.current += 1;
    queued.current = [];
    setRows([]);
    setError(null);
    setPending(null);
    setBulkRun(null);
    setBulkPartnerId(null);
  }, [accountKey]);

  const checkOne = useCallback(
    async (tenant: TenantInfo) => {
      const started = generation.current;
      update(tenant.tenantId, (row) => ({...row, phase: 'checking'}));
      let check: TenantCheck;
      try {
        const session = await ensure();
        check = await checkTenant(session, tenant, session.account()?.homeTenantId ?? '');
      } catch (err) {
        // checkTenant reports Azure's failures on the row itself. Anything else (the session
        // failing to load, a bug) still ends the row with a reason rather than leaving it checking.
        const problem = explainError(err, 'read-link', {tenant: tenantLabel(tenant)});
        check = {tenant, lighthouse: isLighthouseDelegation(tenant), verdict: 'Error', problem, checkedAt: new Date().toISOString()};
      }
      if (generation.current !== started) return;
      update(tenant.tenantId, (row) => ({...row, phase: 'done', check, selected: row.selected && check.link !== undefined}));
    },
    [ensure, update],
  );

  const checkAll = useCallback(async () => {
    setError(null);
    setBulkRun(null);
    setListing(true);
    const started = generation.current;
    let tenants: TenantInfo[];
    try {
      const session = await ensure();
      tenants = await session.listTenants();
    } catch (err) {
      setError(explainError(err, 'list-tenants'));
      setListing(false);
      return;
    }
    setListing(false);
    if (generation.current !== started) return;
    setRows(tenants.map((tenant) => ({tenant, phase: 'queued', selected: false})));
    await forEachLimited(tenants, concurrency, async (tenant) => {
      if (generation.current === started) await checkOne(tenant);
    });
  }, [checkOne, concurrency, ensure]);

  const signInToTenant = useCallback(
    async (tenant: TenantInfo) => {
      try {
        const session = await ensure();
        const done = await session.signInToTenant(tenant.tenantId, {returnTo: widgetId});
        if (done) await checkOne(tenant);
      } catch (err) {
        const problem = explainError(err, 'sign-in', {tenant: tenantLabel(tenant)});
        update(tenant.tenantId, (row) => (row.check ? {...row, check: {...row.check, problem}} : row));
      }
    },
    [checkOne, ensure, update, widgetId],
  );

  // The reader's own clicks apply at once, not on the next frame.
  const toggle = useCallback(
    (tenantId: string, selected: boolean) =>
      setRows((current) => current.map((row) => (row.tenant.tenantId === tenantId && selectable(row) ? {...row, selected} : row))),
    [],
  );

  /** Validates the ID and lists what linking the selected tenants would do, for confirmation. */
  const requestBulk = useCallback((input: string) => {
    const check = checkPartnerId(input);
    if (!check.ok) {
      setPartnerIdProblem(check.problem);
      return;
    }
    setPartnerIdProblem(null);
    const items = rowsRef.current
      .filter((row) => row.selected && selectable(row))
      .map((row) => ({
        tenantId: row.tenant.tenantId,
        label: tenantLabel(row.tenant),
        plan: planLink(row.check?.link ?? null, check.partnerId),
      }));
    if (items.length === 0) {
      setPartnerIdProblem('Select at least one tenant in the table first.');
      return;
    }
    setBulkPartnerId(check.partnerId);
    setPending(items);
  }, []);

  const runItems = useCallback(
    async (items: BulkItem[]) => {
      const started = generation.current;
      let session: PalSession;
      try {
        session = await ensure();
      } catch (err) {
        setError(explainError(err, 'create-link'));
        return;
      }
      const home = session.account()?.homeTenantId ?? '';
      for (const item of items) update(item.tenantId, (row) => ({...row, bulk: {state: 'waiting'}}));
      setBulkRun({total: items.length, done: 0, finished: false});
      await forEachLimited(items, 6, async (item) => {
        // Nothing is written for an account that has signed out since the confirmation.
        if (generation.current !== started) return;
        update(item.tenantId, (row) => ({...row, bulk: {state: 'working'}}));
        const row = rowsRef.current.find((r) => r.tenant.tenantId === item.tenantId);
        const target = row?.check ? linkTenantOf(row.check, home) : item.tenantId;
        const outcome: BulkOutcome =
          item.plan.kind === 'nothing' ? {status: 'unchanged', link: row?.check?.link ?? null} : await linkTenant(session, target, item.label, item.plan);
        if (generation.current !== started) return;
        // The row itself, and every Lighthouse row, whose link is the home tenant's.
        const affected = (current: DoctorRow) =>
          current.tenant.tenantId === item.tenantId || (target === home && !!current.check?.lighthouse);
        schedule((all) =>
          all.map((current) => {
            if (!affected(current)) return current;
            const own = current.tenant.tenantId === item.tenantId;
            const bulk = own ? ({state: 'done', outcome} as const) : current.bulk;
            const check = current.check;
            if (!check || outcome.status === 'failed') return {...current, bulk};
            const link = outcome.link;
            const verdict = check.verdict === 'Error' ? check.verdict : verdictFor({status: 'checked', link, assignments: check.assignments ?? []});
            return {...current, check: {...check, link, verdict}, bulk};
          }),
        );
        setBulkRun((run) => (run ? {...run, done: run.done + 1} : run));
      });
      setBulkRun((run) => (run ? {...run, finished: true} : run));
    },
    [ensure, schedule, update],
  );

  const confirmBulk = useCallback(async () => {
    const items = pending;
    setPending(null);
    if (items) await runItems(items);
  }, [pending, runItems]);

  const retry = useCallback(
    async (tenantId: string) => {
      const row = rowsRef.current.find((r) => r.tenant.tenantId === tenantId);
      if (!row || row.bulk?.state !== 'done' || row.bulk.outcome.status !== 'failed' || !row.check) return;
      if (!bulkPartnerId) return;
      await runItems([{tenantId, label: tenantLabel(row.tenant), plan: planLink(row.check.link ?? null, bulkPartnerId)}]);
    },
    [bulkPartnerId, runItems],
  );

  return {
    rows,
    listing,
    error,
    partnerIdProblem,
    pending,
    bulkRun,
    actions: {
      checkAll,
      recheck: checkOne,
      signInToTenant,
      toggle,
      requestBulk,
      confirmBulk,
      cancelBulk: () => setPending(null),
      retry,
      clearPartnerIdProblem: () => setPartnerIdProblem(null),
    },
    selectable,
  };
}
