import type { Process, Step } from '../../../../runtime/definitions/types';
import { freshStepId } from '../processGraph';

/**
 * A new step of a type, under a fresh id, that is valid as added: a task gets the first actor and a "done" action,
 * an automatic step a transition, both to the first end step (or to itself when there is none yet); an end completes.
 */
export function newStep(p: Process, type: 'task' | 'auto' | 'end'): Step {
  const id = freshStepId(p);
  const base = { id, type, label: { en: id } };
  const end = p.steps.find((s) => s.type === 'end')?.id ?? id;
  if (type === 'task')
    return { ...base, type, actor: p.actors[0]?.id, actions: [{ id: 'done', label: { en: 'Done' }, to: end }] };
  if (type === 'auto') return { ...base, type, next: [{ to: end }] };
  return { ...base, type, outcome: 'completed' };
}
