import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, INSTANT_PARTS, isoWithOffset, kazakhInstant, timeLeft } from './format';

describe('formatInstant()', () => {
  it('when the language is English, then writes the instant in en-GB in the calendar zone (Almaty is UTC+5)', () => {
    expect(formatInstant('2026-03-20T12:45:00Z', 'Asia/Almaty', 'en')).toBe('Fri, 20 Mar 2026, 17:45');
  });
  it('when the language is Russian or Kazakh, then the same instant in ru-RU and kk-KZ, still at 17:45', () => {
    expect(formatInstant('2026-03-20T12:45:00Z', 'Asia/Almaty', 'ru')).toBe('пт, 20 мар. 2026 г., 17:45');
    expect(formatInstant('2026-03-20T12:45:00Z', 'Asia/Almaty', 'kk')).toMatch(/2026.*20.*17:45/);
  });
  it('when the browser lacks Kazakh locale data (Chromium), then the fallback writes what full ICU writes', () => {
    for (const iso of ['2026-03-20T12:45:00Z', '2026-01-04T20:05:00Z', '2026-08-30T03:00:00Z']) {
      const full = new Intl.DateTimeFormat('kk-KZ', { timeZone: 'Asia/Almaty', ...INSTANT_PARTS }).format(
        new Date(iso),
      );
      expect(kazakhInstant(new Date(iso), 'Asia/Almaty')).toBe(full);
    }
  });
  it('whatever the zone of the process, then the calendar zone decides the hour', () => {
    // vitest runs in the machine's zone; the answer must not depend on it
    expect(formatInstant(new Date(Date.UTC(2026, 0, 1, 19, 30)), undefined, 'en')).toBe('Fri, 2 Jan 2026, 00:30');
  });
});

describe('formatDate()', () => {
  it('when the language is kk or ru, then a civil date reads dd.mm.yyyy', () => {
    expect(formatDate('2026-03-08', 'kk')).toBe('08.03.2026');
    expect(formatDate('2026-03-08', 'ru')).toBe('08.03.2026');
    expect(formatDate('2026-03-08', 'en')).toBe('08/03/2026');
  });
});

describe('isoWithOffset()', () => {
  it('when an instant goes to CSV, then it is ISO 8601 in Almaty time with the +05:00 offset', () => {
    expect(isoWithOffset('2026-12-04T17:03:09Z')).toBe('2026-12-04T22:03:09+05:00');
    expect(isoWithOffset('2026-12-04T17:03:09Z', 'UTC')).toBe('2026-12-04T17:03:09+00:00');
  });
});

describe('timeLeft()', () => {
  const now = new Date('2026-03-20T00:00:00Z');
  it('counts days and hours left', () => {
    expect(timeLeft('2026-03-23T04:00:00Z', now, 'en')).toBe('3 d 4 h left');
    expect(timeLeft('2026-03-23T04:00:00Z', now, 'ru')).toBe('осталось 3 д 4 ч');
  });
  it('says by how much a deadline is overdue', () => {
    expect(timeLeft('2026-03-19T22:00:00Z', now, 'en')).toBe('overdue by 2 h 0 min');
    expect(timeLeft('2026-03-19T22:00:00Z', now, 'kk')).toBe('2 сағ 0 мин кешіктірілді');
  });
});
