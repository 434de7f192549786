import type { LocalizedText } from '../../../../runtime/definitions/types';
import { i18next, UI_LANGS } from '../../i18n';

/** A label for the definition in every interface language, from a key of the `calendar` catalog. */
export function inAllLangs(key: string, options?: Record<string, string>): LocalizedText {
  return Object.fromEntries(UI_LANGS.map((l) => [l, i18next.getFixedT(l, 'calendar')(key, options)]));
}
