import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, LocalizedText, Source, definitionHeader } from './common';

export const ANSWER_TYPES = ['boolean', 'boolean-details', 'choice', 'number', 'text'] as const;

export const ChecklistItem = Type.Object(
  {
    id: Id,
    number: Type.Optional(Type.String()),
    question: LocalizedText,
    answer: Type.String({ enum: [...ANSWER_TYPES] }),
    options: Type.Optional(
      Type.Array(Type.Object({ value: Type.String(), label: LocalizedText }, { additionalProperties: false })),
    ),
    /**
     * an answer given in named parts, e.g. a term reduced "from" and "to": the answer is then an object
     * with these keys, and facts point into it (/q4/to)
     */
    parts: Type.Optional(
      Type.Array(
        Type.Object(
          {
            key: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]*$' }),
            label: LocalizedText,
            unit: Type.Optional(LocalizedText),
          },
          { additionalProperties: false },
        ),
        { minItems: 2, maxItems: 10 },
      ),
    ),
    /** the fact name the answer becomes; the item id when absent */
    fact: Type.Optional(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]*$' })),
    /** the answer that means the service already does well on this point; it earns the weight */
    favourable: Type.Optional(Type.Union([Type.Boolean(), Type.String(), Type.Number()])),
    weight: Type.Optional(Type.Number({ minimum: 0 })),
    /**
     * Asked only when an earlier item was answered so (001 App. 2: Q14 only when Q13 is yes).
     * Not asked, the item gives no fact and counts in no score; an answer sent for it is ignored.
     */
    askedWhen: Type.Optional(
      Type.Object(
        { item: Id, equals: Type.Union([Type.Boolean(), Type.String(), Type.Number()]) },
        { additionalProperties: false },
      ),
    ),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type ChecklistItem = Static<typeof ChecklistItem>;

const VocabularyEntry = Type.Object(
  { id: Id, label: LocalizedText, source: Type.Optional(Source) },
  { additionalProperties: false },
);

export const Checklist = Type.Object(
  {
    ...definitionHeader('checklist'),
    items: Type.Array(ChecklistItem, { minItems: 1, maxItems: 300 }),
    /** the ruleset that turns answer facts into `recommendation` events */
    ruleset: Id,
    /** what recommendations may name: actions (what to do) and goals (why) */
    vocabulary: Type.Object(
      {
        actions: Type.Array(VocabularyEntry),
        goals: Type.Array(VocabularyEntry),
      },
      { additionalProperties: false },
    ),
    roadmap: Type.Object(
      {
        title: Type.Optional(LocalizedText),
        sections: Type.Array(VocabularyEntry, { minItems: 1 }),
        /** the event the activities' due dates count from, e.g. the commission's decision */
        from: Id,
        /** the term an activity gets when its recommendation names none */
        defaultTerm: Duration,
        calendar: Id,
        source: Type.Optional(Source),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Checklist = Static<typeof Checklist>;
