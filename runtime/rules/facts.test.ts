import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { Ruleset } from '../definitions/types';
import { resolveFacts } from './facts';

const ruleset: Pick<Ruleset, 'facts'> = {
  facts: [
    { id: 'age', type: 'number', from: 'data', path: '/applicant/age' },
    { id: 'firstDoc', type: 'string', from: 'data', path: '/documents/0/name' },
    { id: 'submitted', type: 'date', from: 'case', path: '/submittedAt' },
    { id: 'repairs', type: 'number', from: 'count', path: '/repairs' },
    { id: 'noRepairs', type: 'number', from: 'count', path: '/none' },
    { id: 'due', type: 'date', from: 'deadline', deadline: 'decision' },
    { id: 'hasBook', type: 'boolean', from: 'answers', path: '/q1' },
    { id: 'reason', type: 'string', from: 'input' },
    { id: 'today', type: 'date', from: 'now' },
    { id: 'absent', type: 'string', from: 'data', path: '/no/such' },
  ],
};

describe('resolveFacts()', () => {
  const facts = resolveFacts(ruleset, {
    data: { applicant: { age: 41 }, documents: [{ name: 'passport' }], repairs: [{}, {}, {}] },
    case: { channel: 'portal', status: 'submitted', submittedAt: '2024-03-01T10:00:00+05:00', history: [] },
    answers: { q1: true },
    input: { reason: 'incomplete' },
    deadlines: { decision: '2024-03-20T18:30:00+05:00' },
    now: new Date('2024-03-04T04:00:00Z'),
    events: ['received'],
  });

  it('reads JSON pointers into form data, the case and answers', () => {
    expect(facts).toMatchObject({
      age: 41,
      firstDoc: 'passport',
      submitted: '2024-03-01T10:00:00+05:00',
      hasBook: true,
    });
  });
  it('counts arrays, a missing one as zero', () => {
    expect(facts.repairs).toBe(3);
    expect(facts.noRepairs).toBe(0);
  });
  it('gives deadlines, input, now and the built-in facts', () => {
    expect(facts).toMatchObject({
      due: '2024-03-20T18:30:00+05:00',
      reason: 'incomplete',
      today: '2024-03-04T04:00:00.000Z',
      now: '2024-03-04T04:00:00.000Z',
      channel: 'portal',
      events: ['received'],
    });
  });
  it('resolves a missing value to undefined', () => {
    expect('absent' in facts).toBe(true);
    expect(facts.absent).toBeUndefined();
  });
  it('writes now in the given time zone, so that its day is the local day', () => {
    const local = resolveFacts({ facts: [] }, { now: '2024-03-04T20:00:00Z', timeZone: 'Asia/Almaty' });
    expect(local.now).toBe('2024-03-05T01:00:00.000+05:00');
  });
});

describe('the "now" fact', () => {
  // zones that move their clocks (Berlin), moved their offset (Almaty, 1 March 2024), keep UTC ("Z"), a
  // zero offset that is not UTC (London in winter), and offsets of 45 and -30 minutes
  const ZONES = ['Europe/Berlin', 'Asia/Almaty', 'UTC', 'Europe/London', 'Asia/Kathmandu', 'America/St_Johns'];
  // St John's moves at 02:00 local, 05:30 UTC: within an hour, not at its start
  const STARTS = [
    '2026-03-29T00:10:00Z',
    '2024-02-29T17:20:00Z',
    '2026-10-25T00:05:00Z',
    '2026-12-07T23:59:00Z',
    '2026-03-08T03:00:00Z',
  ];

  it('when submissions follow one another across an offset change, then "now" is the local time luxon gives', () => {
    let compared = 0;
    for (const zone of ZONES)
      for (const start of STARTS) {
        // every 7 minutes and 13.5 seconds for 4 hours: many in one hour, across the hour and the change
        for (let ms = Date.parse(start); ms < Date.parse(start) + 4 * 3_600_000; ms += 433_500) {
          const expected = DateTime.fromMillis(ms, { zone }).toISO();
          expect(resolveFacts({ facts: [] }, { now: new Date(ms), timeZone: zone }).now, `${zone} ${ms}`).toBe(
            expected,
          );
          compared++;
        }
      }
    expect(compared).toBe(6 * 5 * 34);
  });
});
