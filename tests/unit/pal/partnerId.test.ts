import {describe, expect, it} from 'vitest';
import {checkPartnerId, PARTNER_ID_HINT} from '../../../src/pal/partnerId';

describe('checkPartnerId', () => {
  it('accepts a numeric ID and trims spaces around it', () => {
    expect(checkPartnerId(' 4567891 ')).toEqual({ok: true, partnerId: '4567891'});
  });

  it('asks for an ID when the field is empty', () => {
    const result = checkPartnerId('   ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/Enter a Partner ID/);
  });

  it.each(['12a4567', '1234-567', 'MPN 1234567', '1 234 567', '١٢٣٤٥٦٧'])('refuses non-digits in %s', (input) => {
    const result = checkPartnerId(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/digits only/);
  });

  // No length rule is published for Partner IDs (Microsoft's own examples use 12345), so the
  // service, not this check, decides whether a number of any length is a valid ID.
  it.each(['12345', '4567891', '12345678901'])('leaves the length of %s to the service', (input) => {
    expect(checkPartnerId(input)).toEqual({ok: true, partnerId: input});
  });
});

describe('PARTNER_ID_HINT', () => {
  it('gives the sourced advice, and no unpublished PGA rule', () => {
    expect(PARTNER_ID_HINT).toContain('Associated Partner ID');
    expect(PARTNER_ID_HINT).toContain('location ID (PLA)');
    expect(PARTNER_ID_HINT).not.toMatch(/plus one|will not link|rejected/i);
  });
});
