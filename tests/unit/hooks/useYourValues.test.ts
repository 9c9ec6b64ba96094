import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

const TENANT = '8d3c5a1e-6f2b-4c7d-9e40-000000000001';
const KEY = 'pal-guide.your-values';

/** Just enough of a browser window: localStorage and the storage event. */
class FakeWindow extends EventTarget {
  items = new Map<string, string>();
  refuse = false;
  localStorage = {
    getItem: (key: string) => this.items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      this.items.set(key, value);
    },
    removeItem: (key: string) => {
      if (this.refuse) throw new DOMException('Blocked', 'SecurityError');
      this.items.delete(key);
    },
  };

  /** Another tab wrote to storage. */
  storageChangedElsewhere(key: string | null, value?: string) {
    if (key && value !== undefined) this.items.set(key, value);
    this.dispatchEvent(Object.assign(new Event('storage'), {key}));
  }
}

let fake: FakeWindow;
// A fresh module per test: the store keeps its listeners and cache at module level.
let store: typeof import('../../../src/hooks/useYourValues');
let NO_VALUES: object;

beforeEach(async () => {
  fake = new FakeWindow();
  vi.stubGlobal('window', fake);
  vi.resetModules();
  store = await import('../../../src/hooks/useYourValues');
  ({NO_VALUES} = await import('../../../src/pal/yourValues'));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('your values store', () => {
  it('stores a valid value under its key and tells subscribers', () => {
    const listener = vi.fn();
    store.yourValuesStore.subscribe(listener);
    expect(store.setYourValue('tenantId', TENANT.toUpperCase())).toEqual({ok: true, value: TENANT});
    expect(JSON.parse(fake.items.get(KEY) ?? '')).toEqual({tenantId: TENANT});
    expect(store.yourValuesStore.getSnapshot()).toEqual({tenantId: TENANT});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses an invalid value, withdraws the field and says why', () => {
    store.setYourValue('partnerId', '4567891');
    store.setYourValue('tenantId', TENANT);
    const check = store.setYourValue('tenantId', 'contoso.onmicrosoft.com');
    expect(check.ok).toBe(false);
    expect(JSON.parse(fake.items.get(KEY) ?? '')).toEqual({partnerId: '4567891'});
  });

  it('returns the same snapshot object until the stored text changes', () => {
    store.setYourValue('partnerId', '4567891');
    const first = store.yourValuesStore.getSnapshot();
    expect(store.yourValuesStore.getSnapshot()).toBe(first);
    store.setYourValue('partnerId', '4567892');
    expect(store.yourValuesStore.getSnapshot()).not.toBe(first);
  });

  it('clears every value and removes the storage entry', () => {
    store.setYourValue('partnerId', '4567891');
    store.clearYourValues();
    expect(fake.items.has(KEY)).toBe(false);
    expect(store.yourValuesStore.getSnapshot()).toBe(NO_VALUES);
  });

  it('follows changes made in other tabs, and ignores other keys', () => {
    const listener = vi.fn();
    const unsubscribe = store.yourValuesStore.subscribe(listener);
    fake.storageChangedElsewhere('some-other-key', 'x');
    expect(listener).not.toHaveBeenCalled();
    fake.storageChangedElsewhere(KEY, JSON.stringify({repository: 'contoso/pal-pipelines'}));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.yourValuesStore.getSnapshot()).toEqual({repository: 'contoso/pal-pipelines'});
    fake.items.clear();
    fake.storageChangedElsewhere(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.yourValuesStore.getSnapshot()).toBe(NO_VALUES);
    unsubscribe();
    fake.storageChangedElsewhere(KEY, '{}');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('ignores values edited by hand into an invalid state', () => {
    fake.items.set(KEY, JSON.stringify({tenantId: 'not-a-guid', partnerId: '4567891'}));
    expect(store.yourValuesStore.getSnapshot()).toEqual({partnerId: '4567891'});
  });

  it('keeps values for the page when the browser refuses storage', () => {
    fake.refuse = true;
    const listener = vi.fn();
    store.yourValuesStore.subscribe(listener);
    store.setYourValue('clientId', TENANT);
    expect(store.yourValuesStore.getSnapshot()).toEqual({clientId: TENANT});
    expect(listener).toHaveBeenCalledTimes(1);
    store.clearYourValues();
    expect(store.yourValuesStore.getSnapshot()).toBe(NO_VALUES);
  });

  it('gives no values as the server snapshot, whatever the browser has stored', () => {
    store.setYourValue('partnerId', '4567891');
    expect(store.yourValuesStore.getServerSnapshot()).toBe(NO_VALUES);
  });
});
