/**
 * Every interface string goes through i18next. Catalogs live in `locales/<lang>/<namespace>.json`,
 * one namespace per area of the app (common, desk, design, admin, …), so each area's words can be
 * edited without touching the others'. `catalogs.test.ts` fails when a key is missing from any language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGS = ['kk', 'ru', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

type Catalog = Record<string, unknown>;
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

/** `{lang: {namespace: catalog}}` from the files under `locales/`. */
export function catalogs(): Record<UiLang, Record<string, Catalog>> {
  const out = { kk: {}, ru: {}, en: {} } as Record<UiLang, Record<string, Catalog>>;
  for (const [file, catalog] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
    const [lang, namespace] = [match?.[1] ?? '', match?.[2] ?? ''];
    if ((UI_LANGS as readonly string[]).includes(lang)) out[lang as UiLang][namespace] = catalog;
  }
  return out;
}

const resources = catalogs();

void i18next.use(initReactI18next).init({
  resources,
  lng: 'ru',
  fallbackLng: false,
  ns: Object.keys(resources.en),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** Switches the interface language and the document's `lang`, so screen readers pronounce it right. */
export function setUiLanguage(lang: UiLang): void {
  void i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export { i18next };
