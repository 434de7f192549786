import { describe, expect, it } from 'vitest';
import { validate } from '../../../runtime/definitions';
import { calendarFor } from '../../../runtime/calendar';
import { skeleton } from '../design/skeletons';
import type { Calendar } from '../../../runtime/definitions/types';
import { calendarReducer, monthGrid } from './calendarEditorState';

const base = skeleton('calendar', 'test') as Calendar;
const label = { en: 'Decree' };

describe('calendarReducer()', () => {
  it('adds a holiday that the working calendar then treats as a day off', () => {
    const next = calendarReducer(base, { type: 'addHoliday', date: '2026-04-15', label });
    expect(validate(next)).toEqual([]);
    expect(calendarFor(base).info('2026-04-15').working).toBe(true);
    expect(calendarFor(next).info('2026-04-15').working).toBe(false);
  });

  it('does not add the same holiday twice', () => {
    const once = calendarReducer(base, { type: 'addHoliday', date: '2026-04-15', label });
    expect(calendarReducer(once, { type: 'addHoliday', date: '2026-04-15', label })).toBe(once);
  });

  it('moves a working day: Friday off, Saturday working', () => {
    const next = calendarReducer(base, { type: 'moveWorkingDay', from: '2026-05-08', to: '2026-05-16', label });
    expect(validate(next)).toEqual([]);
    const calendar = calendarFor(next);
    expect(calendar.info('2026-05-08').working).toBe(false);
    expect(calendar.info('2026-05-16').working).toBe(true);
  });

  it('keeps a date from being both a holiday and a working transfer', () => {
    const holiday = calendarReducer(base, { type: 'addHoliday', date: '2026-05-16', label });
    const moved = calendarReducer(holiday, { type: 'setTransfer', date: '2026-05-16', working: true, label });
    expect(moved.extraHolidays).toEqual([]);
  });

  it('never empties the work week', () => {
    const one = { ...base, workWeek: [1] };
    expect(calendarReducer(one, { type: 'toggleWorkday', weekday: 1 })).toBe(one);
  });
});

describe('monthGrid()', () => {
  it('starts March 2026 on a Sunday, the seventh column', () => {
    const weeks = monthGrid(2026, 3);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});
