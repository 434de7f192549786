import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Calendar } from '../../runtime/definitions/types';
import { holidayCrossCheck } from './holidayCrossCheck';

const kzJson = JSON.parse(readFileSync('definitions/calendars/kz.json', 'utf8')) as unknown;

describe('the date-holidays cross-check of the kz calendar', () => {
  it('when 2025–2027 are compared, then it reports exactly the days the library gets wrong against the cited law', () => {
    const found = holidayCrossCheck(kzJson as Calendar, 'KZ', [2025, 2026, 2027]).map(
      (d) => `${d.date} law:${d.calendar} library:${d.library}`,
    );
    expect(found).toEqual([
      // the 2025 transfer order, which the library does not know
      '2025-01-03 law:off library:working',
      '2025-01-05 law:working library:off',
      // the library substitutes a Constitution Day on Sunday 15 March 2026, which the law celebrates only from 2027
      '2026-03-16 law:working library:off',
      // the library places each substitute on the next weekday, even onto Nauryz itself
      '2026-03-25 law:off library:working',
      '2027-03-24 law:off library:working',
    ]);
  });
});
