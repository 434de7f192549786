import { describe, expect, it } from 'vitest';
import { formatInstant, timeLeft } from './format';

describe('formatInstant()', () => {
  it('writes an instant in the calendar zone (Almaty is UTC+5)', () => {
    expect(formatInstant('2026-03-20T12:45:00Z', 'Asia/Almaty')).toBe('Fri 20 Mar 2026 17:45');
  });
});

describe('timeLeft()', () => {
  const now = new Date('2026-03-20T00:00:00Z');
  it('counts days and hours left', () => {
    expect(timeLeft('2026-03-23T04:00:00Z', now)).toBe('3 d 4 h left');
  });
  it('says by how much a deadline is overdue', () => {
    expect(timeLeft('2026-03-19T22:00:00Z', now)).toBe('overdue by 2 h 0 min');
  });
});
