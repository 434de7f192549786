import type { Checklist } from '../definitions/types';

/** The items asked given these answers: every item whose askedWhen holds (or that has none), in order. */
export function askedItems(checklist: Checklist, answers: Record<string, unknown>): Checklist['items'] {
  const byId = new Map(checklist.items.map((item) => [item.id, item]));
  const asked = new Set<string>();
  for (const item of checklist.items) {
    const when = item.askedWhen;
    const condition = when ? byId.get(when.item) : undefined;
    if (
      !when ||
      (condition !== undefined &&
        asked.has(condition.id) &&
        Object.hasOwn(answers, condition.id) &&
        answerValue(condition.answer, answers[condition.id]) === when.equals)
    ) {
      asked.add(item.id);
    }
  }
  return checklist.items.filter((item) => asked.has(item.id));
}

/** The checklist's answers as facts: each under item.fact ?? item.id; a yes/no with details gives its yes/no. */
export function answerFacts(checklist: Checklist, answers: Record<string, unknown>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const item of askedItems(checklist, answers)) {
    if (!Object.hasOwn(answers, item.id)) continue;
    facts[item.fact ?? item.id] = answerValue(item.answer, answers[item.id]);
  }
  return facts;
}

export function answerValue(type: string, answer: unknown): unknown {
  if (type === 'boolean-details' && answer !== null && typeof answer === 'object' && 'answer' in answer) {
    return (answer as { answer: unknown }).answer;
  }
  return answer;
}

/** Each item answered with its favourable value earns its weight (1 unless given). */
export function scoreOf(checklist: Checklist, answers: Record<string, unknown>) {
  let score = 0;
  let maxScore = 0;
  for (const item of askedItems(checklist, answers)) {
    if (item.favourable === undefined) continue;
    const weight = item.weight ?? 1;
    maxScore += weight;
    if (Object.hasOwn(answers, item.id) && answerValue(item.answer, answers[item.id]) === item.favourable)
      score += weight;
  }
  const percent = maxScore === 0 ? 0 : Math.round((score / maxScore) * 1000) / 10;
  return { score, maxScore, percent };
}
