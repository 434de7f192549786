import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../calendar';
import type { Calendar, Process } from '../definitions/types';
import { applyAction, availableActions, startProcess } from './machine';
import { ProcessError } from './processError';

const kz = JSON.parse(
  readFileSync(new URL('../../definitions/calendars/kz.json', import.meta.url), 'utf8'),
) as Calendar;
const calendar = calendarFor(kz);

const label = (en: string) => ({ en });

/** A small process: reception, an automatic check, a decision that may ask the applicant for more. */
const permit: Process = {
  kind: 'process',
  id: 'machine-test',
  version: 1,
  title: label('permit'),
  actors: [
    { id: 'clerk', label: label('clerk'), kind: 'staff' },
    { id: 'applicant', label: label('applicant'), kind: 'applicant' },
  ],
  start: 'receive',
  steps: [
    {
      id: 'receive',
      type: 'task',
      actor: 'clerk',
      label: label('receive'),
      limit: { amount: 1, unit: 'working-days' },
      actions: [
        { id: 'accept', label: label('accept'), to: 'check' },
        { id: 'return', label: label('return'), to: 'returned', requiresReason: true },
      ],
    },
    {
      id: 'check',
      type: 'auto',
      label: label('check'),
      next: [
        { to: 'refused', when: { all: [{ fact: 'events', operator: 'contains', value: 'refuse' }] } },
        { to: 'decide', when: { not: { fact: 'events', operator: 'contains', value: 'refuse' } } },
      ],
    },
    {
      id: 'decide',
      type: 'task',
      actor: 'clerk',
      label: label('decide'),
      limit: { amount: 2, unit: 'working-days' },
      actions: [
        {
          id: 'issue',
          label: label('issue'),
          to: 'issued',
          when: { all: [{ fact: 'paid', operator: 'equal', value: true }] },
        },
        { id: 'refuse', label: label('refuse'), to: 'refused', requiresReason: true },
        { id: 'ask', label: label('ask for more'), to: 'amend' },
      ],
    },
    {
      id: 'amend',
      type: 'task',
      actor: 'applicant',
      label: label('amend'),
      actions: [{ id: 'resubmit', label: label('resubmit'), to: 'check' }],
    },
    { id: 'issued', type: 'end', label: label('issued'), outcome: 'issued' },
    { id: 'refused', type: 'end', label: label('refused'), outcome: 'refused' },
    { id: 'returned', type: 'end', label: label('returned'), outcome: 'rejected' },
  ],
};

// Wednesday 20 March 2024, 10:00 in Almaty; Nauryz is 21–23 March, the 23rd (a Saturday) moves to Monday 25th
const wednesday = new Date('2024-03-20T10:00:00+05:00');
const clean = { events: [] as string[], paid: true };

function errorOf(fn: () => unknown): ProcessError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProcessError) return e;
    throw e;
  }
  throw new Error('expected a ProcessError');
}

describe('startProcess()', () => {
  it('enters the start step and gives it a due instant on the working calendar', () => {
    const state = startProcess(permit, { now: wednesday, facts: clean, calendar });
    expect(state).toMatchObject({ processId: 'machine-test', version: 1, step: 'receive', status: 'active' });
    expect(state.stepDue).toBe(calendar.add(wednesday, { amount: 1, unit: 'working-days' }).toISOString());
    // one working day after Wednesday is not Thursday: Nauryz holidays run to Monday
    expect(new Date(state.stepDue as string).getTime()).toBeGreaterThan(
      new Date('2024-03-26T00:00:00+05:00').getTime(),
    );
  });

  it('has no due instant without a calendar', () => {
    expect(startProcess(permit, { now: wednesday, facts: clean }).stepDue).toBeNull();
  });
});

describe('applyAction()', () => {
  const start = startProcess(permit, { now: wednesday, facts: clean, calendar });
  const later = new Date('2024-03-27T11:00:00+05:00');

  it('follows an auto step along its first transition that holds, to the decision', () => {
    const state = applyAction(permit, start, 'accept', { now: later, facts: clean, role: 'staff', calendar });
    expect(state.step).toBe('decide');
    expect(state.enteredAt).toBe(later.toISOString());
    expect(state.stepDue).toBe(calendar.add(later, { amount: 2, unit: 'working-days' }).toISOString());
    expect(state.history.map((h) => [h.step, h.action, h.actor])).toEqual([
      ['receive', undefined, undefined],
      ['check', 'accept', 'clerk'],
      ['decide', undefined, 'system'],
    ]);
    expect(start.step).toBe('receive');
    expect(start.history).toHaveLength(1);
  });

  it('ends issued when the decision issues', () => {
    const deciding = applyAction(permit, start, 'accept', { now: later, facts: clean, role: 'staff' });
    const done = applyAction(permit, deciding, 'issue', { now: later, facts: clean, role: 'admin' });
    expect(done).toMatchObject({ status: 'done', outcome: 'issued', step: 'issued' });
    expect(done.reasons).toBeUndefined();
  });

  it('ends refused, with the reasons of the refusal events, when the check branches there', () => {
    const done = applyAction(permit, start, 'accept', {
      now: later,
      facts: { events: ['refuse'], paid: true },
      role: 'staff',
      reasons: ['the applicant is under 18'],
    });
    expect(done).toMatchObject({ status: 'done', outcome: 'refused', reasons: ['the applicant is under 18'] });
  });

  it('requires reasons for a refusal and records them', () => {
    const deciding = applyAction(permit, start, 'accept', { now: later, facts: clean, role: 'staff' });
    expect(
      errorOf(() => applyAction(permit, deciding, 'refuse', { now: later, facts: clean, role: 'staff', reason: ' ' }))
        .code,
    ).toBe('REASON_REQUIRED');
    const done = applyAction(permit, deciding, 'refuse', {
      now: later,
      facts: clean,
      role: 'staff',
      reason: 'forged seal',
    });
    expect(done).toMatchObject({ outcome: 'refused', reasons: ['forged seal'] });
    expect(done.history.at(-1)).toMatchObject({ step: 'refused', action: 'refuse', reason: 'forged seal' });
  });

  it('refuses a role that may not act for the step actor', () => {
    for (const role of ['analyst', 'applicant'] as const) {
      const error = errorOf(() => applyAction(permit, start, 'accept', { now: later, facts: clean, role }));
      expect(error.code).toBe('NOT_ALLOWED');
      expect(error.message).toContain(`the ${role} role may not act as "clerk"`);
      expect(availableActions(permit, start, clean, role)).toEqual([]);
    }
  });

  it('offers and allows an action only while its condition holds', () => {
    const deciding = applyAction(permit, start, 'accept', { now: later, facts: clean, role: 'staff' });
    const unpaid = { events: [], paid: false };
    expect(availableActions(permit, deciding, clean, 'staff').map((a) => a.id)).toEqual(['issue', 'refuse', 'ask']);
    expect(availableActions(permit, deciding, unpaid, 'staff').map((a) => a.id)).toEqual(['refuse', 'ask']);
    expect(
      errorOf(() => applyAction(permit, deciding, 'issue', { now: later, facts: unpaid, role: 'staff' })).code,
    ).toBe('CONDITION_NOT_MET');
  });

  it('names an unknown action, and refuses any action once the process has ended', () => {
    const unknown = errorOf(() => applyAction(permit, start, 'issue', { now: later, facts: clean, role: 'staff' }));
    expect(unknown.code).toBe('UNKNOWN_ACTION');
    expect(unknown.message).toContain('step "receive" has no action "issue"');
    const returned = applyAction(permit, start, 'return', {
      now: later,
      facts: clean,
      role: 'staff',
      reason: 'wrong office',
    });
    expect(returned).toMatchObject({ status: 'done', outcome: 'rejected' });
    expect(
      errorOf(() => applyAction(permit, returned, 'accept', { now: later, facts: clean, role: 'staff' })).code,
    ).toBe('PROCESS_ENDED');
    expect(availableActions(permit, returned, clean, 'staff')).toEqual([]);
  });

  it('loops back through the check when the applicant amends, with a fresh due instant', () => {
    const deciding = applyAction(permit, start, 'accept', { now: later, facts: clean, role: 'staff', calendar });
    const amending = applyAction(permit, deciding, 'ask', { now: later, facts: clean, role: 'staff', calendar });
    expect(amending.step).toBe('amend');
    expect(availableActions(permit, amending, clean, 'applicant').map((a) => a.id)).toEqual(['resubmit']);
    const resubmitted = new Date('2024-04-01T09:30:00+05:00');
    const again = applyAction(permit, amending, 'resubmit', {
      now: resubmitted,
      facts: clean,
      role: 'applicant',
      calendar,
    });
    expect(again.step).toBe('decide');
    expect(again.history.filter((h) => h.step === 'decide')).toHaveLength(2);
    expect(again.stepDue).toBe(calendar.add(resubmitted, { amount: 2, unit: 'working-days' }).toISOString());
  });

  it('names the auto step none of whose transitions holds', () => {
    const stuck: Process = {
      ...permit,
      id: 'machine-stuck',
      steps: permit.steps.map((s) =>
        s.id === 'check'
          ? { ...s, next: [{ to: 'decide', when: { all: [{ fact: 'paid', operator: 'equal', value: true }] } }] }
          : s,
      ),
    };
    const begun = startProcess(stuck, { now: wednesday, facts: clean });
    const error = errorOf(() =>
      applyAction(stuck, begun, 'accept', { now: later, facts: { paid: false }, role: 'staff' }),
    );
    expect(error.code).toBe('NO_TRANSITION');
    expect(error.message).toContain('auto step "check"');
  });
});
