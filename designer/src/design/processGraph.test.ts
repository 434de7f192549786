import { describe, expect, it } from 'vitest';
import { validate } from '../../../runtime/definitions';
import type { Process } from '../../../runtime/definitions/types';
import { columnsOf, connect, errorsByStep, layoutProcess, lanesOf, removeStep } from './processGraph';

const process: Process = {
  kind: 'process',
  id: 'p',
  title: { en: 'P' },
  actors: [
    { id: 'clerk', label: { en: 'Clerk' }, kind: 'staff' },
    { id: 'head', label: { en: 'Head' }, kind: 'staff' },
  ],
  start: 'receive',
  steps: [
    {
      id: 'receive',
      type: 'task',
      actor: 'clerk',
      label: { en: 'Receive' },
      actions: [{ id: 'accept', label: { en: 'Accept' }, to: 'decide' }],
    },
    {
      id: 'decide',
      type: 'task',
      actor: 'head',
      label: { en: 'Decide' },
      actions: [
        { id: 'issue', label: { en: 'Issue' }, to: 'issued' },
        { id: 'refuse', label: { en: 'Refuse' }, to: 'refused', requiresReason: true },
      ],
    },
    { id: 'issued', type: 'end', label: { en: 'Issued' }, outcome: 'issued' },
    { id: 'refused', type: 'end', label: { en: 'Refused' }, outcome: 'refused' },
  ],
};

describe('layoutProcess()', () => {
  it('draws one lane per actor and one for the steps without an actor', () => {
    expect(lanesOf(process)).toEqual(['clerk', 'head', '(system)']);
  });
  it('places steps left to right by distance from the start', () => {
    const columns = columnsOf(process);
    expect([columns.get('receive'), columns.get('decide'), columns.get('issued')]).toEqual([0, 1, 2]);
  });
  it("puts each step in its actor's lane and draws every action as a link", () => {
    const { boxes, links } = layoutProcess(process);
    const decide = boxes.find((b) => b.id === 'decide');
    expect(decide?.y).toBeGreaterThan(boxes.find((b) => b.id === 'receive')?.y ?? 0);
    expect(links.map((l) => `${l.from}->${l.to}`)).toEqual(['receive->decide', 'decide->issued', 'decide->refused']);
  });
  it('does not stack two steps of one lane and column on the same spot', () => {
    const { boxes } = layoutProcess(process);
    const ends = boxes.filter((b) => b.step.type === 'end');
    expect(ends[0]?.x === ends[1]?.x && ends[0]?.y === ends[1]?.y).toBe(false);
  });
});

describe('errorsByStep()', () => {
  it('hangs a validation error on the step it points into', () => {
    const broken: Process = {
      ...process,
      steps: process.steps.map((s) => (s.id === 'decide' ? { ...s, actor: undefined } : s)),
    };
    const errors = validate(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errorsByStep(broken, errors).get('decide')?.[0]?.path).toBe('/steps/1/actor');
  });
});

describe('connect() / removeStep()', () => {
  it('connects a task by a new action and an auto step by a transition', () => {
    const withAuto: Process = {
      ...process,
      steps: [...process.steps, { id: 'check', type: 'auto', label: { en: 'Check' }, next: [] }],
    };
    const linked = connect(connect(withAuto, 'receive', 'refused'), 'check', 'issued');
    expect(linked.steps[0]?.actions?.map((a) => a.to)).toEqual(['decide', 'refused']);
    expect(linked.steps[4]?.next).toEqual([{ to: 'issued' }]);
  });
  it('removes the links to a removed step so the process stays valid', () => {
    const smaller = removeStep(process, 'refused');
    expect(smaller.steps.map((s) => s.id)).not.toContain('refused');
    expect(validate(smaller)).toEqual([]);
  });
});
