import type { Language } from './language';

/**
 * The few words the runtime prints by itself (rendered documents, generated
 * forms). Everything regulatory comes from definitions, never from here.
 */
export const UI_WORDS = {
  yes: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  no: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
  notGiven: { kk: 'көрсетілмеген', ru: 'не указано', en: 'not given' },
  row: { kk: 'жол', ru: 'строка', en: 'row' },
} as const satisfies Record<string, Record<Language, string>>;

export type UiWord = keyof typeof UI_WORDS;

export function uiWord(word: UiWord, lang: Language): string {
  return UI_WORDS[word][lang];
}
