import {explainError, type Explanation} from '../pal/errors';
import {planLink, type LinkPlan} from '../pal/linkPlan';
import {classifyAssignments, type ClassifiedAssignment} from '../pal/roles';
import {isLighthouseDelegation, tenantLabel} from '../pal/tenants';
import type {PartnerLink, RoleAssignment, Subscription, TenantInfo} from '../pal/types';
import {verdictFor, type TenantFindings, type Verdict} from '../pal/verdict';
import {forEachLimited} from '../pal/concurrency';
import type {CallOptions, PalSession, TenantIdentity} from './session';

/**
 * Role assignment reads in flight per tenant. The session paces calls across all tenants;
 * this keeps one tenant with a thousand subscriptions (a Lighthouse home tenant) from
 * queueing them all at once ahead of the other tenants' calls.
 */
export const SUBSCRIPTION_CONCURRENCY = 8;

/**
 * What the checks of one run share: the signal that cancels them, and reads of the same
 * tenant made once (every Lighthouse row reads the home tenant's link, identity and
 * subscriptions; with 200 delegating customers that is 200 times the same three calls).
 */
export interface CheckRun {
  signal?: AbortSignal;
  shared: Map<string, Promise<unknown>>;
}

export function newCheckRun(signal?: AbortSignal): CheckRun {
  return {signal, shared: new Map()};
}

function once<T>(run: CheckRun, key: string, read: () => Promise<T>): Promise<T> {
  let found = run.shared.get(key) as Promise<T> | undefined;
  if (!found) {
    found = read();
    found.catch(() => undefined);
    run.shared.set(key, found);
  }
  return found;
}

/**
 * The PAL doctor's work for one tenant, over the session interface: who am I there, is that
 * identity linked, which roles does it hold (directly or through groups), and the verdict.
 * Every value in a result comes from a token for that tenant (or, for a Lighthouse
 * delegation, for the reader's own tenant, where such links live).
 */
export interface TenantCheck {
  tenant: TenantInfo;
  /** Resources delegated through Azure Lighthouse: link and identity are the home tenant's. */
  lighthouse: boolean;
  identity?: TenantIdentity;
  /** undefined: not read; null: not linked. */
  link?: PartnerLink | null;
  assignments?: ClassifiedAssignment[];
  verdict: Verdict;
  problem?: Explanation;
  checkedAt: string;
}

function key(a: RoleAssignment): string {
  return `${a.roleId}|${a.scope.toLowerCase()}|${a.principalId.toLowerCase()}`;
}

async function assignmentsOf(
  session: PalSession,
  tokenTenant: string,
  resourceTenant: string,
  objectId: string,
  listed: Promise<Subscription[]>,
  options: CallOptions,
): Promise<ClassifiedAssignment[]> {
  const subscriptions = (await listed).filter(
    // A token for the home tenant also lists Lighthouse-delegated subscriptions: each belongs to its own row.
    (s) => (s.tenantId ?? tokenTenant).toLowerCase() === resourceTenant.toLowerCase(),
  );
  const lists: RoleAssignment[][] = [];
  await forEachLimited(subscriptions, SUBSCRIPTION_CONCURRENCY, async (s, index) => {
    lists[index] = await session.listRoleAssignments(tokenTenant, `/subscriptions/${s.subscriptionId}`, objectId, options);
  });
  // Assignments inherited from a management group show up under every subscription.
  const unique = new Map<string, RoleAssignment>();
  for (const a of lists.flat()) unique.set(key(a), a);
  const classified = classifyAssignments([...unique.values()], objectId);
  // Roles outside the PEC table keep their real name, so the reader can judge them.
  const unnamed = [...new Set(classified.filter((a) => !a.roleName).map((a) => a.roleId))];
  const names = new Map(
    await Promise.all(
      unnamed.map(async (roleId) => {
        const scope = classified.find((a) => a.roleId === roleId)?.scope ?? '/';
        const name = await session.roleName(tokenTenant, scope, roleId, options).catch(() => undefined);
        return [roleId, name] as const;
      }),
    ),
  );
  return classified.map((a) => (a.roleName ? a : {...a, roleName: names.get(a.roleId) ?? `Unknown role ${a.roleId}`}));
}

/**
 * Checks one tenant. `priority` orders its calls among the run's (lower first: the table's
 * first rows finish first); `run` shares reads across the rows of one run and cancels them.
 */
export async function checkTenant(
  session: PalSession,
  tenant: TenantInfo,
  homeTenantId: string,
  run: CheckRun = newCheckRun(),
  priority = 0,
): Promise<TenantCheck> {
  const lighthouse = isLighthouseDelegation(tenant);
  const tokenTenant = lighthouse ? homeTenantId : tenant.tenantId;
  const context = {tenant: tenantLabel(tenant)};
  const result: TenantCheck = {tenant, lighthouse, verdict: 'Error', checkedAt: new Date().toISOString()};
  const finish = (findings: TenantFindings, problem?: Explanation): TenantCheck => ({
    ...result,
    verdict: verdictFor(findings),
    problem,
    checkedAt: new Date().toISOString(),
  });

  // Started together: they share one token request for the tenant, and neither the link nor
  // the subscriptions wait for the identity (only the role assignments need its object ID).
  const options: CallOptions = {signal: run.signal, priority};
  const key = tokenTenant.toLowerCase();
  const identity = once(run, `identity|${key}`, () => session.identityIn(tokenTenant, options));
  const linkRead = once(run, `link|${key}`, () => session.readLink(tokenTenant, options));
  const subscriptions = once(run, `subscriptions|${key}`, () => session.listSubscriptions(tokenTenant, options));
  try {
    result.identity = await identity;
  } catch (error) {
    const problem = explainError(error, 'read-link', context);
    return finish({status: problem.needsTenantSignIn ? 'needs-sign-in' : 'error'}, problem);
  }
  const objectId = result.identity.objectId;
  const [link, assignments] = await Promise.allSettled([linkRead, assignmentsOf(session, tokenTenant, tenant.tenantId, objectId, subscriptions, options)]);
  if (link.status === 'fulfilled') result.link = link.value;
  if (assignments.status === 'fulfilled') result.assignments = assignments.value;
  const failed = [link, assignments].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    const problem = explainError(failed.reason, 'read-link', context);
    return finish({status: problem.needsTenantSignIn ? 'needs-sign-in' : 'error'}, problem);
  }
  return finish({status: 'checked', link: result.link ?? null, assignments: result.assignments ?? []});
}

/**
 * A check that could not run at all (the session failed to load, a bug): the row still ends
 * with a reason rather than staying "checking". Azure's own failures are reported by checkTenant.
 */
export function checkThatFailed(tenant: TenantInfo, error: unknown): TenantCheck {
  const problem = explainError(error, 'read-link', {tenant: tenantLabel(tenant)});
  return {tenant, lighthouse: isLighthouseDelegation(tenant), verdict: 'Error', problem, checkedAt: new Date().toISOString()};
}

export type BulkOutcome =
  | {status: 'linked' | 'changed' | 'unchanged'; link: PartnerLink | null}
  | {status: 'moved'; link: PartnerLink | null; message: string}
  | {status: 'failed'; problem: Explanation};

/**
 * Links one tenant as confirmed. The link is read again first: if it no longer matches what
 * the reader confirmed, nothing is written. Afterwards the link is read back.
 */
export async function linkTenant(session: PalSession, tenantId: string, label: string, confirmed: LinkPlan): Promise<BulkOutcome> {
  const partnerId = confirmed.kind === 'change' ? confirmed.to : confirmed.partnerId;
  try {
    const current = await session.readLink(tenantId);
    const plan = planLink(current, partnerId);
    if (plan.kind === 'nothing') return {status: 'unchanged', link: current};
    const same = plan.kind === confirmed.kind && (plan.kind !== 'change' || (confirmed.kind === 'change' && plan.from === confirmed.from));
    if (!same) {
      return {
        status: 'moved',
        link: current,
        message: `The link changed after the check (it is now ${current ? current.partnerId : 'not linked'}). Nothing was written: check again and confirm.`,
      };
    }
    if (plan.kind === 'create') await session.createLink(tenantId, partnerId);
    else await session.changeLink(tenantId, partnerId);
    const after = await session.readLink(tenantId);
    if (after?.partnerId !== partnerId) {
      return {status: 'moved', link: after, message: `Azure accepted the request, but the link reads ${after ? after.partnerId : 'as not linked'}.`};
    }
    return {status: plan.kind === 'create' ? 'linked' : 'changed', link: after};
  } catch (error) {
    return {status: 'failed', problem: explainError(error, confirmed.kind === 'change' ? 'change-link' : 'create-link', {tenant: label, partnerId})};
  }
}
