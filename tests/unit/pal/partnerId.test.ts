import {describe, expect, it} from 'vitest';
import {checkPartnerId, firstPlaCandidate} from '../../../src/pal/partnerId';

describe('checkPartnerId', () => {
  it('accepts a numeric ID and trims spaces around it', () => {
    expect(checkPartnerId(' 4567890 ')).toEqual({ok: true, partnerId: '4567890'});
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

  it('refuses IDs that are too short or too long and says how long they are', () => {
    const short = checkPartnerId('12345');
    const long = checkPartnerId('12345678901');
    expect(short.ok || long.ok).toBe(false);
    if (!short.ok) expect(short.problem).toMatch(/has 5/);
    if (!long.ok) expect(long.problem).toMatch(/has 11/);
  });

  it('accepts the shortest and longest sensible IDs', () => {
    expect(checkPartnerId('123456').ok).toBe(true);
    expect(checkPartnerId('1234567890').ok).toBe(true);
  });
});

describe('firstPlaCandidate', () => {
  it('is the PGA ID plus one, without losing leading precision', () => {
    expect(firstPlaCandidate('4567890')).toBe('4567891');
    expect(firstPlaCandidate('9999999999')).toBe('10000000000');
  });
  it('gives nothing for an invalid ID', () => {
    expect(firstPlaCandidate('abc')).toBeUndefined();
  });
});
