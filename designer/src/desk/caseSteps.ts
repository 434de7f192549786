import type { Process } from '../../../runtime/definitions/types';
import type { CaseView, StepView } from './caseTypes';

/**
 * Every step of the process the case follows: as the server lists them (contract item 5), else from the
 * pinned process definition; each keeps its actions from the definition, for the labels of the history.
 */
export function stepsOf(caseView: CaseView, process: Process | null): StepView[] {
  const defined = process?.steps ?? [];
  const actorLabel = (actor?: string) => process?.actors.find((a) => a.id === actor)?.label;
  if (caseView.steps?.length)
    return caseView.steps.map((s) => {
      const definition = defined.find((d) => d.id === s.id);
      return {
        ...s,
        ...(s.actorLabel || !s.actor ? {} : { actorLabel: actorLabel(s.actor) }),
        ...(definition?.actions ? { actions: definition.actions } : {}),
      };
    });
  return defined.map((s) => ({
    id: s.id,
    ...(s.number ? { number: s.number } : {}),
    label: s.label,
    type: s.type,
    ...(s.actor ? { actor: s.actor, actorLabel: actorLabel(s.actor) } : {}),
    ...(s.limit ? { limit: s.limit } : {}),
    ...(s.outcome ? { outcome: s.outcome } : {}),
    ...(s.actions ? { actions: s.actions } : {}),
  }));
}
