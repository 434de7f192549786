import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Calendar, Service } from '../../../runtime/definitions/types';
import { skeleton } from '../design/skeletons';
import { caseViewOf } from '../desk/caseFixtures';
import { calendarReducer } from './calendarEditorState';
import { impactOf } from './calendarImpact';

const kz = JSON.parse(
  readFileSync(new URL('../../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as Calendar;
const calendar = { ...kz, version: 1 };
const service: Service = {
  ...(skeleton('service', 'svc') as Service),
  deadlines: [{ id: 'term', label: { en: 'Term' }, amount: 10, unit: 'working-days', from: 'submitted' }],
};
const inFlight = caseViewOf({
  service: 'svc',
  channel: 'office',
  step: 'receive',
  submittedAt: '2026-04-06T05:00:00Z', // Monday 10:00 in Almaty
  pins: { calendar: { id: kz.id, version: 1 } },
});
const services = new Map([['svc@1', service]]);

describe('impactOf()', () => {
  it('lists a deadline that a holiday inside its term moves one working day later', () => {
    const edited = calendarReducer(calendar, { type: 'addHoliday', date: '2026-04-08', label: { en: 'Decree' } });
    const [moved, ...rest] = impactOf([inFlight], services, calendar, edited);
    expect(rest).toEqual([]);
    expect(moved).toMatchObject({ case: 'c1', deadline: 'term' });
    expect(Date.parse(moved?.after ?? '') - Date.parse(moved?.before ?? '')).toBe(86_400_000);
  });

  it('leaves out a holiday after the term, closed cases and cases on another calendar', () => {
    const late = calendarReducer(calendar, { type: 'addHoliday', date: '2026-06-10', label: { en: 'Decree' } });
    expect(impactOf([inFlight], services, calendar, late)).toEqual([]);
    const early = calendarReducer(calendar, { type: 'addHoliday', date: '2026-04-08', label: { en: 'Decree' } });
    expect(impactOf([{ ...inFlight, status: 'done' }], services, calendar, early)).toEqual([]);
    expect(impactOf([inFlight], services, calendar, { ...early, id: 'other' })).toEqual([]);
  });
});
