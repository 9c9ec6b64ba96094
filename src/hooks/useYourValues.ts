import {useSyncExternalStore} from 'react';
import {
  NO_VALUES,
  applyInput,
  parseStoredValues,
  serializeValues,
  type ValueCheck,
  type ValueField,
  type YourValues,
} from '../pal/yourValues';

/**
 * The reader's values, kept in localStorage so they survive reloads and shared by every
 * component and every open tab. They are identifiers, not secrets.
 */
export const YOUR_VALUES_KEY = 'pal-guide.your-values';

const listeners = new Set<() => void>();
let cached: {raw: string | null; values: YourValues} = {raw: null, values: NO_VALUES};
// Set when the browser refuses storage (blocked, full): values then last until the page reloads.
let inMemory: {raw: string | null} | null = null;

function readRaw(): string | null {
  if (inMemory) return inMemory.raw;
  try {
    return window.localStorage.getItem(YOUR_VALUES_KEY);
  } catch {
    return null;
  }
}

function getSnapshot(): YourValues {
  const raw = readRaw();
  // The same object for the same stored text, as useSyncExternalStore requires.
  if (raw !== cached.raw) cached = {raw, values: parseStoredValues(raw)};
  return cached.values;
}

/** The server, and the first render in the browser, show the placeholders. */
function getServerSnapshot(): YourValues {
  return NO_VALUES;
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab changed the values (or cleared all storage: key null).
function onStorage(event: StorageEvent): void {
  if (event.key === YOUR_VALUES_KEY || event.key === null) notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function write(values: YourValues): void {
  const raw = serializeValues(values);
  try {
    if (raw === null) window.localStorage.removeItem(YOUR_VALUES_KEY);
    else window.localStorage.setItem(YOUR_VALUES_KEY, raw);
    inMemory = null;
  } catch {
    inMemory = {raw};
  }
  notify();
}

/** The store behind the hook, in the shape useSyncExternalStore takes. */
export const yourValuesStore = {subscribe, getSnapshot, getServerSnapshot};

export function useYourValues(): YourValues {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/** Applies what the reader typed: a valid value is stored, an empty or invalid one withdraws the field. */
export function setYourValue(field: ValueField, input: string): ValueCheck {
  const current = getSnapshot();
  const {values, check} = applyInput(current, field, input);
  if (values !== current) write(values);
  return check;
}

export function clearYourValues(): void {
  write(NO_VALUES);
}
