import { describe, expect, it } from 'vitest';
import kzJson from '../../definitions/calendars/kz.json';
import { WorkingCalendar } from '../calendar/workingCalendar';
import type { Calendar, Form } from '../definitions/types';
import { validate } from '../definitions/validate';
import { addWorkingDays, calendarIds, computeValues } from './computed';

const kz = WorkingCalendar.fromDefinition(kzJson as Calendar);
const t = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

/** A made-up request with an answer due ten working days after it is filed: not a regulation. */
const form: Form = {
  kind: 'form',
  id: 'request',
  version: 1,
  title: t('Request'),
  fields: [
    { key: 'filed', type: 'date', label: t('Filed on') },
    {
      key: 'due',
      type: 'date',
      label: t('Answer due'),
      computed: { op: 'addWorkingDays', from: 'filed', days: 10, calendar: 'kz' },
    },
  ],
};

describe('a computed due date (addWorkingDays on a named calendar)', () => {
  it('when the count crosses a weekend and Nauryz, then those days are skipped', () => {
    // Thursday 19 March 2026: 20 Fri is working, 21–25 March are Nauryz days off with the weekend
    expect(kz.isWorkingDay('2026-03-23')).toBe(false);
    const due = addWorkingDays(kz, '2026-03-19', 3);
    expect(due).toBeDefined();
    expect(kz.workingDaysBetween('2026-03-19', due as string)).toBe(3);
    expect(kz.isWorkingDay(due as string)).toBe(true);
    expect(due! > '2026-03-25').toBe(true);
  });

  it('when zero days are asked, then the date itself is the answer', () => {
    expect(addWorkingDays(kz, '2026-03-21', 0)).toBe('2026-03-21');
  });

  it('when the count runs past the calendar years, then there is no date rather than a guess', () => {
    expect(addWorkingDays(kz, `${kz.range.to}`, 5)).toBeUndefined();
    expect(addWorkingDays(kz, 'not a date', 5)).toBeUndefined();
  });

  it('when the form is computed with the calendar passed in, then the due date is filled; without it, it is null', () => {
    const out = computeValues(
      form,
      { filed: '2026-03-19' },
      { today: '2026-03-19', calendars: (id) => (id === 'kz' ? kz : undefined) },
    );
    expect(out.due).toBe(addWorkingDays(kz, '2026-03-19', 10));
    expect(kz.workingDaysBetween('2026-03-19', out.due as string)).toBe(10);
    expect(computeValues(form, { filed: '2026-03-19' }, { today: '2026-03-19' }).due).toBeNull();
    expect(computeValues(form, {}, { today: '2026-03-19', calendars: () => kz }).due).toBeNull();
  });

  it('when the client sends another due date, then the computed one replaces it', () => {
    const out = computeValues(
      form,
      { filed: '2026-03-19', due: '2026-03-20' },
      { today: '2026-03-19', calendars: () => kz },
    );
    expect(out.due).not.toBe('2026-03-20');
  });

  it('then the form names the calendars it counts on', () => {
    expect(calendarIds(form)).toEqual(['kz']);
  });

  it('when a due date lacks its days, calendar or date field, or sits on a number field, then validate() refuses it with the pointer', () => {
    const bad = (computed: object, type = 'date') =>
      validate({ ...form, fields: [form.fields[0], { ...form.fields[1], type, computed }] } as Form);
    expect(validate(form)).toEqual([]);
    expect(bad({ op: 'addWorkingDays', from: 'filed', calendar: 'kz' }).map((e) => e.path)).toContain(
      '/fields/1/computed/days',
    );
    expect(bad({ op: 'addWorkingDays', from: 'filed', days: 3 }).map((e) => e.path)).toContain(
      '/fields/1/computed/calendar',
    );
    expect(bad({ op: 'addWorkingDays', from: 'nowhere', days: 3, calendar: 'kz' }).map((e) => e.path)).toContain(
      '/fields/1/computed/from',
    );
    expect(
      bad({ op: 'addWorkingDays', from: 'filed', days: 3, calendar: 'kz' }, 'number').map((e) => e.path),
    ).toContain('/fields/1/computed/op');
    expect(bad({ op: 'sum', of: ['filed'], days: 3 }, 'number').map((e) => e.path)).toContain(
      '/fields/1/computed/days',
    );
  });
});
