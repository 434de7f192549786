import { describe, expect, it } from 'vitest';
import { validate } from '../../../../runtime/definitions';
import type { Process } from '../../../../runtime/definitions/types';
import { newStep } from './newStep';

const process: Process = {
  kind: 'process',
  id: 'p',
  title: { en: 'P' },
  actors: [{ id: 'clerk', label: { en: 'Clerk' }, kind: 'staff' }],
  start: 'receive',
  steps: [
    {
      id: 'receive',
      type: 'task',
      actor: 'clerk',
      label: { en: 'Receive' },
      actions: [{ id: 'ok', label: { en: 'OK' }, to: 'done' }],
    },
    { id: 'done', type: 'end', label: { en: 'Done' }, outcome: 'completed' },
  ],
};

describe('a step added from the process editor', () => {
  it('when a task is added, then it goes to the first actor and its one action leads to the end step', () => {
    const step = newStep(process, 'task');
    expect(step).toMatchObject({ type: 'task', actor: 'clerk', actions: [{ id: 'done', to: 'done' }] });
    expect(process.steps.map((s) => s.id)).not.toContain(step.id);
  });

  it('when any type is added, then the process stays valid', () => {
    for (const type of ['task', 'auto', 'end'] as const) {
      const next = { ...process, steps: [...process.steps, newStep(process, type)] };
      expect(validate(next)).toEqual([]);
    }
  });
});
