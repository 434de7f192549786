import { Type, type Static } from '@sinclair/typebox';
import { Id, definitionHeader } from './common';

/** An output document: Handlebars source per language, rendered with the fixed helper set of runtime/documents. */
export const Template = Type.Object(
  {
    ...definitionHeader('template'),
    /** the form whose fields the template may use; checked when definitions are validated */
    form: Type.Optional(Id),
    body: Type.Object(
      {
        kk: Type.Optional(Type.String({ maxLength: 200000 })),
        ru: Type.Optional(Type.String({ maxLength: 200000 })),
        en: Type.Optional(Type.String({ maxLength: 200000 })),
      },
      { additionalProperties: false, minProperties: 1 },
    ),
    /** data to preview the template with in the designer */
    sample: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type Template = Static<typeof Template>;
