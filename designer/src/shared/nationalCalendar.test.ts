import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_ZONE, isoWithOffset } from './format';
import { NATIONAL_CALENDAR_ID } from './nationalCalendar';

const shipped = JSON.parse(
  readFileSync(new URL('../../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as {
  id: string;
  timeZone: string;
};

describe("the designer's default time zone and calendar", () => {
  it('when time is shown with no case calendar at hand, then it is in the shipped national calendar definition’s zone', () => {
    expect(CALENDAR_ZONE).toBe(shipped.timeZone);
    // Asia/Almaty is UTC+5 since 1 March 2024: the default zone is the definition's, not the machine's
    expect(isoWithOffset('2026-03-20T12:45:00Z')).toBe('2026-03-20T17:45:00+05:00');
  });

  it('when a new service or calendar is started, then it counts on the shipped national calendar', () => {
    expect(NATIONAL_CALENDAR_ID).toBe(shipped.id);
  });
});
