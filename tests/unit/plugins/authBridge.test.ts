import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {refuseStaleBridge, STALE_BRIDGE} from '../../../src/plugins/authBridge';

describe('auth-bridge plugin', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'bridge-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'static', 'auth'), {recursive: true});
    return dir;
  }

  it('builds when no copy of the bridge is left in static/', () => {
    expect(() => refuseStaleBridge(site())).not.toThrow();
  });

  it('fails the build, saying what to delete, when an old static/auth/bridge.js would shadow the bundled one', () => {
    const dir = site();
    writeFileSync(join(dir, STALE_BRIDGE), '// old');
    expect(() => refuseStaleBridge(dir)).toThrow(/static\/auth\/bridge\.js is left over .* Delete it/);
  });
});
