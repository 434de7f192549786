import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../calendar';
import type { Calendar, Checklist, Ruleset } from '../definitions/types';
import { ChecklistError } from './checklistError';
import { evaluateChecklist } from './evaluate';

const kz = JSON.parse(
  readFileSync(new URL('../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as Calendar;
const calendar = calendarFor(kz);
const label = (en: string) => ({ en, ru: `${en} (ru)` });

const checklist: Checklist = {
  kind: 'checklist',
  id: 'checklist-test',
  version: 1,
  title: label('service quality'),
  items: [
    {
      id: 'q1',
      question: label('Is the service online?'),
      answer: 'boolean',
      fact: 'online',
      favourable: true,
      weight: 2,
    },
    { id: 'q2', question: label('Are documents asked twice?'), answer: 'boolean-details', favourable: false },
    { id: 'q3', question: label('Days to decide'), answer: 'number' },
    { id: 'q4', question: label('Is there a queue?'), answer: 'boolean', favourable: false },
  ],
  ruleset: 'checklist-test-rules',
  vocabulary: {
    actions: [
      { id: 'digitise', label: label('Move the service online') },
      { id: 'fetch-documents', label: label('Fetch documents from state databases') },
      { id: 'shorten', label: label('Shorten the term') },
    ],
    goals: [
      { id: 'access', label: label('access') },
      { id: 'burden', label: label('less paperwork') },
    ],
  },
  roadmap: {
    sections: [
      { id: 'law', label: label('changes to acts') },
      { id: 'it', label: label('information systems') },
    ],
    from: 'commission-decision',
    defaultTerm: { amount: 3, unit: 'months' },
    calendar: 'kz',
  },
};

const recommend = (params: Record<string, unknown>) => ({ type: 'recommendation', params });
const rules: Ruleset = {
  kind: 'ruleset',
  id: 'checklist-test-rules',
  version: 1,
  title: label('recommendations'),
  facts: [
    { id: 'online', type: 'boolean', from: 'answers', path: '/q1' },
    { id: 'q2', type: 'boolean', from: 'answers', path: '/q2' },
    { id: 'q3', type: 'number', from: 'answers', path: '/q3' },
  ],
  events: [{ type: 'recommendation', label: label('recommendation') }],
  rules: [
    {
      id: 'offline',
      conditions: { all: [{ fact: 'online', operator: 'equal', value: false }] },
      event: recommend({
        action: 'digitise',
        goals: ['access'],
        section: 'it',
        responsible: 'ministry of digital development',
      }),
    },
    {
      id: 'twice',
      priority: 2,
      conditions: { all: [{ fact: 'q2', operator: 'equal', value: true }] },
      event: recommend({
        action: 'fetch-documents',
        goals: ['burden', 'access'],
        section: 'law',
        responsible: 'service owner',
        term: { amount: 10, unit: 'working-days' },
        text: label('Stop asking for documents the state already holds'),
      }),
    },
    {
      id: 'slow',
      conditions: { all: [{ fact: 'q3', operator: 'greaterThan', value: 15 }] },
      event: recommend({ action: 'shorten', goals: 'burden', section: 'law', responsible: 'service owner' }),
    },
  ],
};

const answers = { q1: false, q2: { answer: true, details: 'the passport, at every visit' }, q3: 30, q4: false };
// the commission decides on Wednesday 20 March 2024, the eve of Nauryz
const decision = new Date('2024-03-20T15:00:00+05:00');

describe('evaluateChecklist()', () => {
  it('scores the answers given with their favourable value by weight', async () => {
    const result = await evaluateChecklist(checklist, rules, answers, { calendar });
    expect(result).toMatchObject({ score: 1, maxScore: 4, percent: 25 });
    expect(result.facts).toMatchObject({ online: false, q2: true, q3: 30, q4: false });
  });

  it('turns the fired recommendation events into recommendations', async () => {
    const result = await evaluateChecklist(checklist, rules, answers, { calendar, from: decision, lang: 'en' });
    expect(result.recommendations).toEqual([
      {
        rule: 'twice',
        action: 'fetch-documents',
        goals: ['burden', 'access'],
        text: 'Stop asking for documents the state already holds',
        section: 'law',
        responsible: 'service owner',
        term: { amount: 10, unit: 'working-days' },
      },
      {
        rule: 'offline',
        action: 'digitise',
        goals: ['access'],
        section: 'it',
        responsible: 'ministry of digital development',
        term: { amount: 3, unit: 'months' },
      },
      {
        rule: 'slow',
        action: 'shorten',
        goals: ['burden'],
        section: 'law',
        responsible: 'service owner',
        term: { amount: 3, unit: 'months' },
      },
    ]);
  });

  it('dates a roadmap by section on the working calendar from the from-event', async () => {
    const { roadmap } = await evaluateChecklist(checklist, rules, answers, { calendar, from: decision, lang: 'ru' });
    expect(roadmap.map((a) => [a.section, a.activity, a.responsible])).toEqual([
      ['law', 'fetch-documents', 'service owner'],
      ['law', 'shorten', 'service owner'],
      ['it', 'digitise', 'ministry of digital development'],
    ]);
    expect(roadmap[0]?.label).toBe('Fetch documents from state databases (ru)');
    expect(roadmap[0]?.due).toBe(calendar.add(decision, { amount: 10, unit: 'working-days' }).toISOString());
    expect(roadmap[1]?.due).toBe(calendar.add(decision, { amount: 3, unit: 'months' }).toISOString());
    // ten working days from the eve of Nauryz reach into April, past the four days off
    expect(new Date(roadmap[0]?.due as string).getTime()).toBeGreaterThan(
      new Date('2024-04-03T00:00:00+05:00').getTime(),
    );
  });

  it('leaves due dates open until the from-event has happened', async () => {
    const { roadmap } = await evaluateChecklist(checklist, rules, answers, { calendar });
    expect(roadmap.map((a) => a.due)).toEqual([null, null, null]);
  });

  it('recommends nothing for favourable answers', async () => {
    const result = await evaluateChecklist(
      checklist,
      rules,
      { q1: true, q2: { answer: false }, q3: 5, q4: false },
      { calendar },
    );
    expect(result).toMatchObject({ score: 4, maxScore: 4, percent: 100, recommendations: [], roadmap: [] });
  });

  it('rejects a recommendation naming an action outside the vocabulary', async () => {
    const broken: Ruleset = {
      ...rules,
      version: 2,
      rules: [
        { ...(rules.rules[0] as Ruleset['rules'][number]), event: recommend({ action: 'teleport', section: 'it' }) },
      ],
    };
    await expect(evaluateChecklist(checklist, broken, answers, { calendar })).rejects.toThrow(ChecklistError);
    await expect(evaluateChecklist(checklist, broken, answers, { calendar })).rejects.toThrow('no action "teleport"');
  });
});
