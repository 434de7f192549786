import type { WorkingCalendar } from '../calendar/workingCalendar';
import type { Checklist, Duration, LocalizedText, Ruleset } from '../definitions/types';
import { evaluateFacts, type Evaluation } from '../rules/evaluate';
import { resolveFacts } from '../rules/facts';
import { answerFacts, askedItems, scoreOf } from './answerFacts';
import { ChecklistError } from './checklistError';

export type Lang = 'kk' | 'ru' | 'en';

export interface Recommendation {
  rule: string;
  action: string;
  goals: string[];
  text?: string;
  section: string;
  responsible: string;
  term: Duration;
}

export interface RoadmapActivity {
  section: string;
  /** the vocabulary action to carry out */
  activity: string;
  label?: string;
  responsible: string;
  /** due on the calendar, counted from the roadmap's from-event; null while that event has not happened */
  due: string | null;
}

export interface ChecklistResult {
  score: number;
  maxScore: number;
  percent: number;
  facts: Record<string, unknown>;
  recommendations: Recommendation[];
  roadmap: RoadmapActivity[];
  evaluation: Evaluation;
  /** the items not asked because their askedWhen does not hold */
  notAsked: string[];
}

export interface ChecklistOptions {
  calendar: Pick<WorkingCalendar, 'add'>;
  /** the instant of the roadmap's from-event, e.g. the commission's decision */
  from?: Date;
  lang?: Lang;
}

/** Answers → facts → recommendations (the ruleset's `recommendation` events) → a dated roadmap. */
export async function evaluateChecklist(
  checklist: Checklist,
  ruleset: Ruleset,
  answers: Record<string, unknown>,
  options: ChecklistOptions,
): Promise<ChecklistResult> {
  const lang = options.lang ?? 'ru';
  const facts = {
    ...resolveFacts(ruleset, { answers, now: options.from ?? new Date(0) }),
    ...answerFacts(checklist, answers),
  };
  // a question not asked (its askedWhen does not hold) is no fact, whatever was sent for it
  const asked = new Set(askedItems(checklist, answers).map((item) => item.fact ?? item.id));
  for (const item of checklist.items) if (!asked.has(item.fact ?? item.id)) delete facts[item.fact ?? item.id];
  const evaluation = await evaluateFacts(ruleset, facts);
  const actions = new Map(checklist.vocabulary.actions.map((a) => [a.id, a]));
  const goals = new Set(checklist.vocabulary.goals.map((g) => g.id));
  const sections = checklist.roadmap.sections.map((s) => s.id);

  const recommendations = evaluation.events
    .filter((event) => event.type === 'recommendation')
    .map((event): Recommendation => {
      const p = event.params;
      const where = `recommendation of rule "${event.rule}"`;
      const action = String(p.action);
      if (!actions.has(action))
        throw new ChecklistError(`${where}: no action "${action}" in the vocabulary of "${checklist.id}"`);
      const named = Array.isArray(p.goals) ? p.goals.map(String) : p.goals === undefined ? [] : [String(p.goals)];
      for (const goal of named) {
        if (!goals.has(goal))
          throw new ChecklistError(`${where}: no goal "${goal}" in the vocabulary of "${checklist.id}"`);
      }
      const section = String(p.section);
      if (!sections.includes(section))
        throw new ChecklistError(`${where}: no roadmap section "${section}" in "${checklist.id}"`);
      const text = textOf(p.text, lang);
      return {
        rule: event.rule,
        action,
        goals: named,
        ...(text === undefined ? {} : { text }),
        section,
        responsible: String(p.responsible ?? ''),
        term: isDuration(p.term) ? p.term : checklist.roadmap.defaultTerm,
      };
    });

  const roadmap = recommendations
    .map((r, index) => ({ r, index }))
    .sort((a, b) => sections.indexOf(a.r.section) - sections.indexOf(b.r.section) || a.index - b.index)
    .map(({ r }): RoadmapActivity => {
      const label = textOf(actions.get(r.action)?.label, lang);
      return {
        section: r.section,
        activity: r.action,
        ...(label === undefined ? {} : { label }),
        responsible: r.responsible,
        due: options.from ? options.calendar.add(options.from, r.term).toISOString() : null,
      };
    });

  const notAsked = checklist.items.filter((item) => !asked.has(item.fact ?? item.id)).map((item) => item.id);
  return { ...scoreOf(checklist, answers), facts, recommendations, roadmap, evaluation, notAsked };
}

function isDuration(value: unknown): value is Duration {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Duration).amount === 'number' &&
    typeof (value as Duration).unit === 'string'
  );
}

/** A plain string, or the text in the language asked for, else Russian, Kazakh, English. */
function textOf(text: unknown, lang: Lang): string | undefined {
  if (typeof text === 'string') return text;
  if (text === null || typeof text !== 'object') return undefined;
  const t = text as LocalizedText;
  return t[lang] ?? t.ru ?? t.kk ?? t.en;
}
