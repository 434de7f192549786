/** The languages every user-visible string may be given in. */
export type Language = 'kk' | 'ru' | 'en';

export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The Intl locale a language formats dates and numbers in (Kazakhstan's conventions for kk and ru). */
export function localeOf(lang: Language): string {
  return lang === 'en' ? 'en-GB' : `${lang}-KZ`;
}
