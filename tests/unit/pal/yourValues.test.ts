import {describe, expect, it} from 'vitest';
import {
  NO_VALUES,
  applyInput,
  checkValue,
  draftRepresents,
  fillPlaceholders,
  parseStoredValues,
  serializeValues,
  type YourValues,
} from '../../../src/pal/yourValues';

const TENANT = '8d3c5a1e-6f2b-4c7d-9e40-000000000001';
const CLIENT = '8d3c5a1e-6f2b-4c7d-9e40-000000000002';

describe('checkValue', () => {
  it('treats an empty field as "no value"', () => {
    expect(checkValue('tenantId', '   ')).toEqual({ok: true, value: ''});
    expect(checkValue('partnerId', '')).toEqual({ok: true, value: ''});
  });

  it('accepts a numeric Partner ID of any length, with the Partner ID rules', () => {
    expect(checkValue('partnerId', ' 4567891 ')).toEqual({ok: true, value: '4567891'});
    expect(checkValue('partnerId', '12345')).toEqual({ok: true, value: '12345'});
    expect(checkValue('partnerId', '1234567890')).toEqual({ok: true, value: '1234567890'});
  });

  it.each(['45-67891', 'MPN4567891', '4567 891'])('refuses the Partner ID %s with a reason', (input) => {
    const check = checkValue('partnerId', input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/digits/);
  });

  it.each(['tenantId', 'clientId', 'subscriptionId'] as const)('accepts a GUID as %s, lower-cased', (field) => {
    expect(checkValue(field, ` ${TENANT.toUpperCase()} `)).toEqual({ok: true, value: TENANT});
  });

  it.each([
    ['tenantId', 'contoso.onmicrosoft.com', /Tenant ID is a GUID/],
    ['tenantId', '8d3c5a1e-6f2b-4c7d-9e40-00000000000', /Tenant ID is a GUID/],
    ['clientId', 'Xy8Q~abcdefghijklmnopqrstuvwxyz0123456789', /Never paste a client secret/],
    ['subscriptionId', '{8d3c5a1e-6f2b-4c7d-9e40-000000000003}', /Subscription ID is a GUID/],
  ] as const)('refuses %s "%s"', (field, input, problem) => {
    const check = checkValue(field, input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });

  it.each(['contoso/pal-pipelines', 'Contoso-Partner/infra.azure_v2', 'a/b', `${'o'.repeat(39)}/${'n'.repeat(100)}`])(
    'accepts the repository %s',
    (input) => {
      expect(checkValue('repository', input)).toEqual({ok: true, value: input});
    },
  );

  it.each([
    'contoso',
    'contoso/pal/pipelines',
    '-contoso/pal',
    'contoso-/pal',
    'con--toso/pal',
    'con_toso/pal',
    'contoso/pal pipelines',
    'contoso/..',
    'contoso/',
    `${'o'.repeat(40)}/pal`,
    `contoso/${'n'.repeat(101)}`,
  ])('refuses the repository %s', (input) => {
    const check = checkValue('repository', input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/owner\/name/);
  });

  it('explains that a GitHub URL is not owner/name', () => {
    const check = checkValue('repository', 'https://github.com/contoso/pal-pipelines');
    expect(check).toEqual({ok: false, problem: expect.stringMatching(/not the URL/)});
  });
});

describe('applyInput', () => {
  it('applies a valid value at once, normalised', () => {
    const {values, check} = applyInput(NO_VALUES, 'tenantId', TENANT.toUpperCase());
    expect(check.ok).toBe(true);
    expect(values).toEqual({tenantId: TENANT});
  });

  it('withdraws the field for an invalid value and reports the problem', () => {
    const {values, check} = applyInput({tenantId: TENANT, clientId: CLIENT}, 'tenantId', 'not-a-guid');
    expect(check.ok).toBe(false);
    expect(values).toEqual({clientId: CLIENT});
  });

  it('withdraws the field when it is emptied', () => {
    expect(applyInput({tenantId: TENANT}, 'tenantId', '').values).toEqual({});
  });

  it('returns the same object when nothing changes', () => {
    const before: YourValues = {tenantId: TENANT};
    expect(applyInput(before, 'tenantId', TENANT).values).toBe(before);
    expect(applyInput(NO_VALUES, 'clientId', 'nope').values).toBe(NO_VALUES);
  });
});

describe('draftRepresents', () => {
  it('is true when the text normalises to the applied value', () => {
    expect(draftRepresents('tenantId', ` ${TENANT.toUpperCase()}`, TENANT)).toBe(true);
    expect(draftRepresents('tenantId', '', undefined)).toBe(true);
  });

  it('lets an invalid text stand for "nothing applied" only', () => {
    expect(draftRepresents('tenantId', '72f9', undefined)).toBe(true);
    expect(draftRepresents('tenantId', '72f9', TENANT)).toBe(false);
  });

  it('is false when the applied value changed elsewhere', () => {
    expect(draftRepresents('tenantId', TENANT, CLIENT)).toBe(false);
    expect(draftRepresents('tenantId', TENANT, undefined)).toBe(false);
  });
});

describe('stored values', () => {
  it('round-trips valid values', () => {
    const values = {partnerId: '4567891', repository: 'contoso/pal-pipelines'};
    expect(parseStoredValues(serializeValues(values))).toEqual(values);
  });

  it('serialises nothing as null, so the entry can be removed', () => {
    expect(serializeValues(NO_VALUES)).toBeNull();
    expect(serializeValues({tenantId: ''})).toBeNull();
  });

  it.each([null, '', 'not json', '[]', '"text"', '42', 'null'])('reads %j as no values', (raw) => {
    expect(parseStoredValues(raw)).toBe(NO_VALUES);
  });

  it('drops invalid and unknown entries', () => {
    const raw = JSON.stringify({partnerId: '12a', tenantId: TENANT, clientId: 42, secret: 'hunter2', repository: 'a b'});
    expect(parseStoredValues(raw)).toEqual({tenantId: TENANT});
  });
});

describe('fillPlaceholders', () => {
  const values: YourValues = {partnerId: '4567891', tenantId: TENANT};

  it('writes values in and records where each one went', () => {
    const filled = fillPlaceholders('az login --tenant <tenantId>\naz managementpartner create --partner-id <partnerId>', values);
    expect(filled.text).toBe(`az login --tenant ${TENANT}\naz managementpartner create --partner-id 4567891`);
    expect(filled.ranges.map(({start, end, field}) => [filled.text.slice(start, end), field])).toEqual([
      [TENANT, 'tenantId'],
      ['4567891', 'partnerId'],
    ]);
  });

  it('leaves placeholders without a value, and shifts later ranges correctly', () => {
    const filled = fillPlaceholders('<clientId> <partnerId> <subscriptionId> <partnerId>', values);
    expect(filled.text).toBe('<clientId> 4567891 <subscriptionId> 4567891');
    expect(filled.ranges).toEqual([
      {start: 11, end: 18, field: 'partnerId'},
      {start: 36, end: 43, field: 'partnerId'},
    ]);
  });

  it('returns the text unchanged when there is nothing to fill', () => {
    const text = 'echo "<tenantId>" <partnerid> <repository>';
    expect(fillPlaceholders(text, NO_VALUES)).toEqual({text, ranges: []});
    expect(fillPlaceholders(text, {clientId: CLIENT})).toEqual({text, ranges: []});
  });

  it('gives the same result when called again (no regular expression state is kept)', () => {
    const first = fillPlaceholders('<partnerId> <partnerId>', values);
    expect(fillPlaceholders('<partnerId> <partnerId>', values)).toEqual(first);
    expect(first.text).toBe('4567891 4567891');
  });
});
