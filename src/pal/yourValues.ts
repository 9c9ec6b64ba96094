/**
 * "Your values": the reader's own identifiers, written into code snippets in place of the
 * five reader placeholders. Identifiers only; there is deliberately no field for a secret.
 */
import {checkPartnerId} from './partnerId';
import {isGuid} from './tenants';

export const VALUE_FIELDS = ['partnerId', 'tenantId', 'clientId', 'subscriptionId', 'repository'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** Only valid, non-empty values are ever present. */
export type YourValues = Readonly<Partial<Record<ValueField, string>>>;

export const NO_VALUES: YourValues = Object.freeze({});

export const FIELD_LABELS: Readonly<Record<ValueField, string>> = {
  partnerId: 'Partner ID',
  tenantId: 'Tenant ID',
  clientId: 'Client ID',
  subscriptionId: 'Subscription ID',
  repository: 'Repository',
};

export const placeholderOf = (field: ValueField): string => `<${field}>`;

/** An empty check result (value '') means "no value": the placeholder stays in snippets. */
export type ValueCheck = {ok: true; value: string} | {ok: false; problem: string};

const GUID_PROBLEMS: Readonly<Record<'tenantId' | 'clientId' | 'subscriptionId', string>> = {
  tenantId: 'A Tenant ID is a GUID such as 8d3c5a1e-6f2b-4c7d-9e40-000000000001 (Microsoft Entra ID, Overview).',
  clientId:
    'A Client ID is the application (client) ID, a GUID such as 8d3c5a1e-6f2b-4c7d-9e40-000000000002. Never paste a client secret here.',
  subscriptionId: 'A Subscription ID is a GUID such as 8d3c5a1e-6f2b-4c7d-9e40-000000000003.',
};

// GitHub's rules: an owner has letters, digits and single hyphens inside (at most 39 characters);
// a repository name has letters, digits, dots, hyphens and underscores (at most 100 characters).
const OWNER = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;
const REPOSITORY_NAME = /^[a-z0-9._-]{1,100}$/i;
const GITHUB_URL = /^(?:https?:\/\/)?(?:www\.)?github\.com\//i;

function checkRepository(value: string): ValueCheck {
  if (GITHUB_URL.test(value)) {
    return {ok: false, problem: 'Enter just owner/name (for example contoso/pal-pipelines), not the URL of the repository.'};
  }
  const parts = value.split('/');
  const [owner, name] = parts;
  if (parts.length === 2 && OWNER.test(owner) && REPOSITORY_NAME.test(name) && name !== '.' && name !== '..') {
    return {ok: true, value};
  }
  return {
    ok: false,
    problem:
      'A repository is owner/name, for example contoso/pal-pipelines: the owner has letters, digits and single hyphens; ' +
      'the name has letters, digits, dots, hyphens and underscores.',
  };
}

export function checkValue(field: ValueField, input: string): ValueCheck {
  const value = input.trim();
  if (value === '') return {ok: true, value: ''};
  switch (field) {
    case 'partnerId': {
      const check = checkPartnerId(value);
      return check.ok ? {ok: true, value: check.partnerId} : check;
    }
    case 'repository':
      return checkRepository(value);
    default:
      return isGuid(value) ? {ok: true, value: value.toLowerCase()} : {ok: false, problem: GUID_PROBLEMS[field]};
  }
}

/**
 * What typing `input` into a field does to the applied values. A valid value applies at once;
 * an empty or invalid one withdraws the field, so snippets never show a value that differs
 * from what the panel shows.
 */
export function applyInput(values: YourValues, field: ValueField, input: string): {values: YourValues; check: ValueCheck} {
  const check = checkValue(field, input);
  const next: Partial<Record<ValueField, string>> = {...values};
  if (check.ok && check.value !== '') next[field] = check.value;
  else delete next[field];
  return {values: values[field] === next[field] ? values : next, check};
}

/** Whether a field's text already stands for the applied value (an invalid text stands for none). */
export function draftRepresents(field: ValueField, draft: string, applied: string | undefined): boolean {
  const check = checkValue(field, draft);
  if (!check.ok) return applied === undefined;
  return check.value === (applied ?? '');
}

/** Stored values are re-checked: anything edited by hand or left by an older version is dropped. */
export function parseStoredValues(raw: string | null): YourValues {
  if (!raw) return NO_VALUES;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return NO_VALUES;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return NO_VALUES;
  const values: Partial<Record<ValueField, string>> = {};
  for (const field of VALUE_FIELDS) {
    const stored = (data as Record<string, unknown>)[field];
    if (typeof stored !== 'string') continue;
    const check = checkValue(field, stored);
    if (check.ok && check.value !== '') values[field] = check.value;
  }
  return Object.keys(values).length === 0 ? NO_VALUES : values;
}

/** null when there is nothing to keep, so the storage entry can be removed. */
export function serializeValues(values: YourValues): string | null {
  const kept = VALUE_FIELDS.filter((field) => values[field]);
  if (kept.length === 0) return null;
  return JSON.stringify(Object.fromEntries(kept.map((field) => [field, values[field]])));
}

/** Where a value was written into the text: [start, end) offsets in the filled text. */
export interface FilledRange {
  start: number;
  end: number;
  field: ValueField;
}

export interface FilledText {
  text: string;
  ranges: FilledRange[];
}

const PLACEHOLDER = new RegExp(`<(${VALUE_FIELDS.join('|')})>`, 'g');

/** Whether a text holds a placeholder the reader's values can fill (such as `<tenantId>`). */
export function hasPlaceholders(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

/** Replaces each placeholder that has a value; placeholders without a value stay as they are. */
export function fillPlaceholders(text: string, values: YourValues): FilledText {
  const ranges: FilledRange[] = [];
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const field = match[1] as ValueField;
    const value = values[field];
    if (!value) continue;
    out += text.slice(from, match.index);
    ranges.push({start: out.length, end: out.length + value.length, field});
    out += value;
    from = match.index + match[0].length;
  }
  if (ranges.length === 0) return {text, ranges};
  return {text: out + text.slice(from), ranges};
}
