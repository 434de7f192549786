import type { ChecklistItem } from '../../../runtime/definitions/types';

export type AskedWhen = NonNullable<ChecklistItem['askedWhen']>;
export type AnswerValue = AskedWhen['equals'];

/**
 * The questions an item may depend on: only those before it, as the runtime asks in order and
 * the validator refuses a later or missing item (001 App. 2: Q14 asked only when Q13 is yes).
 */
export function earlierItems(items: readonly ChecklistItem[], index: number): ChecklistItem[] {
  return items.slice(0, Math.max(0, index));
}

/**
 * The answers the picker offers for a question: yes/no for a boolean, its options for a choice;
 * null when the answer is typed (a number or a text).
 */
export function answerChoices(item: ChecklistItem | undefined): { value: AnswerValue; key: string }[] | null {
  if (!item) return null;
  if (item.answer === 'boolean' || item.answer === 'boolean-details')
    return [
      { value: true, key: 'true' },
      { value: false, key: 'false' },
    ];
  if (item.answer === 'choice') return (item.options ?? []).map((o) => ({ value: o.value, key: o.value }));
  return null;
}

/** The condition a newly picked question starts with: its first answer, or an empty one to type. */
export function defaultCondition(item: ChecklistItem): AskedWhen {
  const first = answerChoices(item)?.[0];
  return { item: item.id, equals: first ? first.value : item.answer === 'number' ? 0 : '' };
}

/** A typed answer as the question's type holds it: a number for a number question, else the text. */
export function typedAnswer(item: ChecklistItem | undefined, text: string): AnswerValue {
  if (item?.answer === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  return text;
}
