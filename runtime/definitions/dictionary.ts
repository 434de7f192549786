import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, Source, definitionHeader } from './common';

/** A code as registers write it: KATO "710000000", a document type "passport". */
export const DictionaryCode = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' });

/** An amount of money as law states it: tenge, or monthly calculation indices (MRP) valued per year. */
export const Money = Type.Object(
  {
    amount: Type.Number({ minimum: 0 }),
    unit: Type.Union([Type.Literal('KZT'), Type.Literal('MRP')]),
  },
  { additionalProperties: false },
);
export type Money = Static<typeof Money>;

export const DictionaryOption = Type.Object(
  {
    code: DictionaryCode,
    label: LocalizedText,
    /** an amount tied to the option (a fee category's duty), for computed lookups */
    amount: Type.Optional(Money),
    /** no longer offered to new cases; kept so that older cases still read */
    retired: Type.Optional(Type.Boolean()),
    source: Type.Optional(Source),
  },
  { additionalProperties: false },
);
export type DictionaryOption = Static<typeof DictionaryOption>;

/**
 * A shared list of options (KATO regions, document types, fee categories): versioned and cited
 * like every definition. A choice field names it (`dictionary: "<id>"`) instead of copying options;
 * a case pins the version it used, so a later edit never changes what an older case meant.
 */
export const Dictionary = Type.Object(
  {
    ...definitionHeader('dictionary'),
    options: Type.Array(DictionaryOption, { minItems: 1, maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export type Dictionary = Static<typeof Dictionary>;
