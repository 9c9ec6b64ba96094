import {describe, expect, it} from 'vitest';
import {formatUtcDate} from '../../../src/theme/LastUpdated/utcDate';

const intl = new Intl.DateTimeFormat('en', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});

describe('formatUtcDate', () => {
  it('writes the date as English Intl does, in UTC', () => {
    for (const iso of ['2026-12-01T00:00:00Z', '2026-01-31T23:59:59Z', '2025-02-28T12:00:00Z', '2024-02-29T00:30:00Z', '2030-09-09T09:09:09Z']) {
      const date = new Date(iso);
      expect(formatUtcDate(date)).toBe(intl.format(date));
    }
  });

  it('uses the UTC day, whatever the clock shows locally', () => {
    expect(formatUtcDate(new Date('2026-12-01T23:30:00-05:00'))).toBe('Dec 2, 2026');
  });

  it('covers every month', () => {
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 15));
      expect(formatUtcDate(date)).toBe(intl.format(date));
    }
  });
});
