import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Calendar, Deadline } from '../definitions/types';
import { dueDate } from './deadline';
import { deadlineShifts } from './impact';
import { WorkingCalendar } from './workingCalendar';

const kz = JSON.parse(
  readFileSync(new URL('../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as Calendar;
const term: Deadline = { id: 'result', label: { en: 'Result' }, amount: 10, unit: 'working-days', from: 'received' };

describe('deadlineShifts()', () => {
  const current = WorkingCalendar.fromDefinition(kz);
  const stored = (id: string, received: string) => ({
    case: id,
    deadline: term,
    events: { received },
    due: dueDate(current, term, { received })!.toISOString(),
  });

  it('lists nothing when the calendar is unchanged', () => {
    expect(deadlineShifts([stored('a', '2026-11-02T10:00:00+05:00')], current)).toEqual([]);
  });

  it('lists the deadline a new holiday inside its term moves, and not one outside it', () => {
    const withHoliday = WorkingCalendar.fromDefinition({
      ...kz,
      version: 2,
      extraHolidays: [{ date: '2026-11-06', label: { en: 'Extra day off' } }],
    });
    // received Mon 2 Nov: the 10th working day is Mon 16 Nov; with Fri 6 Nov off it is Tue 17 Nov
    const shifts = deadlineShifts(
      [stored('inside', '2026-11-02T10:00:00+05:00'), stored('after', '2026-11-09T10:00:00+05:00')],
      withHoliday,
    );
    expect(shifts).toEqual([
      { case: 'inside', deadline: 'result', before: '2026-11-16T13:30:00.000Z', after: '2026-11-17T13:30:00.000Z' },
    ]);
  });

  it('lists the deadline a Saturday made a working day pulls earlier', () => {
    const withTransfer = WorkingCalendar.fromDefinition({
      ...kz,
      version: 3,
      transfers: [{ date: '2026-11-07', working: true, label: { en: 'Working Saturday' } }],
    });
    // with Sat 7 Nov working, the 10th working day after Mon 2 Nov is Fri 13 Nov
    const [shift] = deadlineShifts([stored('a', '2026-11-02T10:00:00+05:00')], withTransfer);
    expect(shift).toEqual({
      case: 'a',
      deadline: 'result',
      before: '2026-11-16T13:30:00.000Z',
      after: '2026-11-13T13:30:00.000Z',
    });
  });
});
