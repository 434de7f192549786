import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, definitionHeader } from './common';

/** One paragraph of an act: its id as definitions cite it ("8.2", "53-1", "App2") and its text as printed. */
export const ActParagraph = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40 }),
    text: Type.String(),
    /** an appendix (a form, a questionnaire, a table): citations of its named parts ("App2.Q14") resolve to it */
    parts: Type.Optional(Type.Boolean()),
    /** marked by a person as not for the platform to encode, with why */
    notApplicable: Type.Optional(Type.Object({ reason: LocalizedText }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type ActParagraph = Static<typeof ActParagraph>;

/**
 * The text of a regulation, paragraph by paragraph, so that every `source: {doc, para}`
 * resolves and coverage can be reported. The five acts are extracted from their sources by
 * scripts/acts/extractActs.ts; acts cited only for a few paragraphs (the labour law of the
 * calendar) are `external`: their paragraphs are summaries, the official text is at the address.
 */
export const Act = Type.Object(
  {
    ...definitionHeader('act'),
    /** the citation id definitions use in source.doc, e.g. "004/S1" */
    doc: Type.String({ minLength: 1, maxLength: 40 }),
    /** where the text was extracted from */
    file: Type.Optional(Type.String()),
    external: Type.Optional(
      Type.Object(
        {
          number: Type.String(),
          date: Type.Optional(Type.String({ format: 'date' })),
          url: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    paragraphs: Type.Array(ActParagraph, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Act = Static<typeof Act>;
