import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';
import type { TFunction } from 'i18next';

const NAMES = new Map<string, string>(Object.entries(TranslatableString).map(([name, value]) => [value, name]));

/**
 * @rjsf's own words (Add, Remove, Move up, Yes, No…) from the `common` catalog's `rjsf.<name>` keys;
 * a string the catalog lacks (developer messages about broken schemas) stays English.
 */
export function rjsfStrings(t: TFunction) {
  return (string: TranslatableString, params?: string[]): string => {
    const key = `rjsf.${NAMES.get(string) ?? ''}`;
    const text = t(key, { defaultValue: '' });
    return text ? replaceStringParameters(text, params) : englishStringTranslator(string, params);
  };
}
