import { describe, expect, it } from 'vitest';
import {
  containsIgnoreCase,
  countInPeriodAtLeast,
  dateAfter,
  dateBefore,
  dateOnOrAfter,
  dateOnOrBefore,
  isEmpty,
  operatorNamed,
} from './operators';

describe('date operators', () => {
  it('compare ISO dates by day', () => {
    expect(dateBefore('2024-03-01', '2024-03-02')).toBe(true);
    expect(dateBefore('2024-03-02', '2024-03-02')).toBe(false);
    expect(dateOnOrBefore('2024-03-02', '2024-03-02')).toBe(true);
    expect(dateAfter('2024-03-03', '2024-03-02')).toBe(true);
    expect(dateOnOrAfter('2024-03-01', '2024-03-02')).toBe(false);
  });

  it('compare instants exactly, across offsets', () => {
    expect(dateBefore('2024-03-01T09:00:00+05:00', '2024-03-01T05:00:00Z')).toBe(true);
    expect(dateAfter('2024-03-01T10:00:01+05:00', '2024-03-01T05:00:00Z')).toBe(true);
  });

  it('compare a date with an instant by the day the instant is written in', () => {
    expect(dateOnOrBefore('2024-03-01T23:59:00+05:00', '2024-03-01')).toBe(true);
    expect(dateAfter('2024-03-02T00:10:00+05:00', '2024-03-01')).toBe(true);
  });

  it('are false for missing or invalid dates instead of throwing', () => {
    for (const op of [dateBefore, dateAfter, dateOnOrBefore, dateOnOrAfter]) {
      expect(op(undefined, '2024-03-01')).toBe(false);
      expect(op('2024-02-30', '2024-03-01')).toBe(false);
      expect(op(20240301, '2024-03-01')).toBe(false);
    }
  });
});

describe('containsIgnoreCase()', () => {
  it('finds a substring in any case, including Kazakh letters', () => {
    expect(containsIgnoreCase('ТОО «Қағида»', 'қағида')).toBe(true);
    expect(containsIgnoreCase('abc', 'x')).toBe(false);
  });
  it('finds an array element in any case, skipping non-strings', () => {
    expect(containsIgnoreCase(['Portal', 3, null], 'portal')).toBe(true);
    expect(containsIgnoreCase(['portal-x'], 'portal')).toBe(false);
    expect(containsIgnoreCase(42, '4')).toBe(false);
  });
});

describe('isEmpty()', () => {
  it('holds for undefined, null, blank strings, empty arrays and objects', () => {
    for (const empty of [undefined, null, '', '  ', [], {}]) expect(isEmpty(empty, true)).toBe(true);
    for (const full of [0, false, 'a', [0], { a: 1 }]) expect(isEmpty(full, false)).toBe(true);
    expect(isEmpty('', false)).toBe(false);
    expect(isEmpty('', 'yes')).toBe(false);
  });
});

describe('countInPeriodAtLeast()', () => {
  const visits = ['2024-01-03', '2024-01-28', { at: '2024-02-01T10:00:00+05:00' }, '2024-02-20', 'junk'];
  it('counts per calendar month as the dates are written', () => {
    expect(countInPeriodAtLeast(visits, { atLeast: 2, per: 'calendar-month' })).toBe(true);
    expect(countInPeriodAtLeast(visits, { atLeast: 3, per: 'calendar-month' })).toBe(false);
  });
  it('counts per calendar year', () => {
    expect(countInPeriodAtLeast(visits, { atLeast: 4, per: 'calendar-year' })).toBe(true);
    expect(countInPeriodAtLeast([...visits, '2025-01-01'], { atLeast: 5, per: 'calendar-year' })).toBe(false);
  });
  it('counts in any window of N days', () => {
    // 28 Jan → 1 Feb is 4 days (5 calendar days counting both ends)
    expect(countInPeriodAtLeast(visits, { atLeast: 2, per: 'days', days: 5 })).toBe(true);
    expect(countInPeriodAtLeast(visits, { atLeast: 3, per: 'days', days: 20 })).toBe(false);
    expect(countInPeriodAtLeast(visits, { atLeast: 3, per: 'days', days: 24 })).toBe(true);
  });
  it('is false for a malformed value or fact', () => {
    expect(countInPeriodAtLeast(visits, { atLeast: 1, per: 'days' })).toBe(false);
    expect(countInPeriodAtLeast(visits, { atLeast: 1, per: 'week' })).toBe(false);
    expect(countInPeriodAtLeast('2024-01-01', { atLeast: 1, per: 'calendar-year' })).toBe(false);
  });
});

describe('operatorNamed()', () => {
  it('gives the built-in operators with json-rules-engine guards', () => {
    expect(operatorNamed('lessThan')('12abc', 20)).toBe(false);
    expect(operatorNamed('lessThan')('12', 20)).toBe(true);
    expect(operatorNamed('contains')('abc', 'a')).toBe(false);
  });
  it('throws an error naming an unknown operator', () => {
    expect(() => operatorNamed('approximately')).toThrow('unknown operator "approximately"');
  });
});
