import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../definitions/types';
import { evaluate } from './evaluate';

const eligibility: Ruleset = {
  kind: 'ruleset',
  id: 'evaluate-test',
  version: 1,
  title: { en: 'eligibility' },
  facts: [
    { id: 'applicant', type: 'object', from: 'data', path: '/applicant' },
    { id: 'submittedAt', type: 'date', from: 'case', path: '/submittedAt' },
    { id: 'due', type: 'date', from: 'deadline', deadline: 'decision' },
    { id: 'documents', type: 'array', from: 'data', path: '/documents' },
  ],
  events: [
    { type: 'refuse', label: { en: 'refuse' } },
    { type: 'late', label: { en: 'late' } },
  ],
  rules: [
    {
      id: 'minor',
      priority: 10,
      conditions: { all: [{ fact: 'applicant', path: '$.age', operator: 'lessThan', value: 18 }] },
      event: { type: 'refuse', params: { reason: 'applicant under 18' } },
    },
    {
      id: 'no-passport',
      conditions: {
        all: [
          { fact: 'documents', operator: 'doesNotContain', value: 'passport' },
          { fact: 'channel', operator: 'equal', value: 'portal' },
        ],
      },
      event: { type: 'refuse', params: { reason: 'no passport' } },
    },
    {
      id: 'late',
      conditions: { any: [{ fact: 'submittedAt', operator: 'dateAfter', value: { fact: 'due' } }] },
      event: { type: 'late' },
    },
  ],
};

const context = {
  data: { applicant: { age: 16 }, documents: ['id-card'] },
  case: { channel: 'portal', submittedAt: '2024-03-05' },
  deadlines: { decision: '2024-03-04' },
  now: '2024-03-06T10:00:00Z',
};

describe('evaluate()', () => {
  for (const engine of ['reference', 'compiled'] as const) {
    it(`returns the events that fired, by priority, with their rules (${engine})`, async () => {
      const result = await evaluate(eligibility, context, { engine });
      expect(result.events).toEqual([
        { type: 'refuse', params: { reason: 'applicant under 18' }, rule: 'minor' },
        { type: 'refuse', params: { reason: 'no passport' }, rule: 'no-passport' },
        { type: 'late', params: {}, rule: 'late' },
      ]);
    });

    it(`explains each rule by the facts its conditions read (${engine})`, async () => {
      const result = await evaluate(
        eligibility,
        { ...context, data: { applicant: { age: 30 }, documents: ['passport'] } },
        { engine },
      );
      expect(result.rules).toEqual([
        { id: 'minor', fired: false, facts: { 'applicant.age': 30 } },
        { id: 'no-passport', fired: false, facts: { documents: ['passport'], channel: 'portal' } },
        { id: 'late', fired: true, facts: { submittedAt: '2024-03-05', due: '2024-03-04' } },
      ]);
      expect(result.facts).toMatchObject({ channel: 'portal', due: '2024-03-04' });
    });
  }
});
