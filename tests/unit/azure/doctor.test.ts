import {beforeEach, describe, expect, it} from 'vitest';
import {checkTenant, linkTenant} from '../../../src/azure/doctor';
import type {PalSession} from '../../../src/azure/session';
import {SimulatedSession} from '../../../src/azure/simulated/simulatedSession';
import {DEMO_ACCOUNT} from '../../../src/azure/simulated/demoTenants';

function memoryStorage() {
  const data = new Map<string, string>();
  return {getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k)};
}

let session: PalSession;

beforeEach(async () => {
  session = new SimulatedSession({latencyMs: 0, storage: memoryStorage()});
  await session.signIn({returnTo: 'test'});
});

async function checkAll() {
  const tenants = await session.listTenants();
  return Promise.all(tenants.map((t) => checkTenant(session, t, DEMO_ACCOUNT.homeTenantId)));
}

describe('checkTenant over the demo tenants', () => {
  it('reaches every verdict, each on the right tenant', async () => {
    const results = await checkAll();
    const verdicts = Object.fromEntries(results.map((r) => [r.tenant.displayName, r.verdict]));
    expect(verdicts).toEqual({
      'Contoso Partner Ltd': 'Recognised',
      'Adventure Works': 'Linked, no eligible role',
      'Alpine Ski House': 'Recognised',
      'Fabrikam Inc': 'Recognised',
      Litware: 'Error',
      'Northwind Traders': 'Recognised',
      'Tailspin Toys': 'Eligible role, not linked',
      'Wide World Importers': 'Not linked, no eligible role',
      'Woodgrove Bank': 'Needs sign-in',
    });
  });

  it('keeps each tenant’s own identity and link', async () => {
    const results = await checkAll();
    const fabrikam = results.find((r) => r.tenant.displayName === 'Fabrikam Inc');
    const northwind = results.find((r) => r.tenant.displayName === 'Northwind Traders');
    expect(fabrikam?.identity?.tenantId).toBe(fabrikam?.tenant.tenantId);
    expect(northwind?.link?.partnerId).toBe('7654321');
    expect(fabrikam?.identity?.objectId).not.toBe(northwind?.identity?.objectId);
  });

  it('counts a group-inherited eligible role and names unclassified roles', async () => {
    const results = await checkAll();
    const northwind = results.find((r) => r.tenant.displayName === 'Northwind Traders');
    expect(northwind?.assignments).toEqual([
      expect.objectContaining({roleName: 'Support Request Contributor', eligibility: 'eligible', viaGroup: true}),
    ]);
    const adventure = results.find((r) => r.tenant.displayName === 'Adventure Works');
    expect(adventure?.assignments?.map((a) => [a.roleName, a.eligibility])).toEqual([
      ['Reader', 'not-eligible'],
      ['Adventure Works Operator (custom)', 'not-classified'],
    ]);
  });

  it('checks a Lighthouse delegation through the home tenant and only its own subscriptions', async () => {
    const results = await checkAll();
    const alpine = results.find((r) => r.tenant.displayName === 'Alpine Ski House');
    const home = results.find((r) => r.tenant.category === 'Home' && r.tenant.tenantId === DEMO_ACCOUNT.homeTenantId);
    expect(alpine?.lighthouse).toBe(true);
    expect(alpine?.link?.partnerId).toBe(home?.link?.partnerId);
    expect(alpine?.assignments?.every((a) => a.scope.includes('9999'))).toBe(true);
    expect(home?.assignments?.some((a) => a.scope.includes('9999'))).toBe(false);
  });

  it('reports the reason for an error and keeps what could be read', async () => {
    const results = await checkAll();
    const litware = results.find((r) => r.tenant.displayName === 'Litware');
    expect(litware?.problem?.key).toBe('forbidden');
    expect(litware?.link?.partnerId).toBe('4567891');
    const woodgrove = results.find((r) => r.tenant.displayName === 'Woodgrove Bank');
    expect(woodgrove?.problem?.needsTenantSignIn).toBe(true);
  });
});

describe('linkTenant', () => {
  it('creates where the check found no link and reads it back', async () => {
    const tenants = await session.listTenants();
    const tailspin = tenants.find((t) => t.displayName === 'Tailspin Toys')!;
    const outcome = await linkTenant(session, tailspin.tenantId, 'Tailspin', {kind: 'create', partnerId: '4567891'});
    expect(outcome).toEqual({status: 'linked', link: expect.objectContaining({partnerId: '4567891'})});
  });

  it('writes nothing when the link changed after the check', async () => {
    const tenants = await session.listTenants();
    const northwind = tenants.find((t) => t.displayName === 'Northwind Traders')!;
    // The reader confirmed a create, but the tenant is linked to another ID now.
    const outcome = await linkTenant(session, northwind.tenantId, 'Northwind', {kind: 'create', partnerId: '4567891'});
    expect(outcome.status).toBe('moved');
    expect((await session.readLink(northwind.tenantId))?.partnerId).toBe('7654321');
  });

  it('changes only with a confirmed change and explains failures', async () => {
    const tenants = await session.listTenants();
    const northwind = tenants.find((t) => t.displayName === 'Northwind Traders')!;
    const changed = await linkTenant(session, northwind.tenantId, 'Northwind', {kind: 'change', from: '7654321', to: '4567891'});
    expect(changed.status).toBe('changed');
    const wwi = tenants.find((t) => t.displayName === 'Wide World Importers')!;
    const failed = await linkTenant(session, wwi.tenantId, 'WWI', {kind: 'create', partnerId: '4567890'});
    expect(failed).toEqual({status: 'failed', problem: expect.objectContaining({key: 'partner-id-invalid'})});
  });
});
