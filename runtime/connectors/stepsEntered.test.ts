import { describe, expect, it } from 'vitest';
import { stepsEntered } from './stepsEntered';

const at = '2026-03-02T05:00:00Z';
const history = (...steps: string[]) => steps.map((step) => ({ step, at }));

describe('stepsEntered (the steps a hand-off "on" a step is sent for)', () => {
  it('when a process starts, then its start step and every auto step it passed through are entered', () => {
    expect(stepsEntered(null, { history: history('register', 'route', 'review') })).toEqual([
      { step: 'register', place: 0 },
      { step: 'route', place: 1 },
      { step: 'review', place: 2 },
    ]);
  });

  it('when an action moves the case, then only the steps entered by that move count', () => {
    const before = { history: history('register', 'review') };
    expect(stepsEntered(before, { history: history('register', 'review', 'sign') })).toEqual([
      { step: 'sign', place: 2 },
    ]);
  });

  it('when a case returns to a step it was in, then the second entry has a place of its own', () => {
    const first = stepsEntered(null, { history: history('review') });
    const again = stepsEntered(
      { history: history('review', 'rework') },
      { history: history('review', 'rework', 'review') },
    );
    expect(first[0]?.place).not.toBe(again[0]?.place);
    expect(again).toEqual([{ step: 'review', place: 2 }]);
  });
});
