import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLanguage } from '../i18n';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => undefined });

/** The language of the interface and of the content (labels, forms, documents). */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('qagida.lang') as Lang | null) ?? 'ru');
  useEffect(() => setUiLanguage(lang), [lang]);
  const choose = (next: Lang) => {
    localStorage.setItem('qagida.lang', next);
    setLang(next);
  };
  return <LangContext.Provider value={{ lang, setLang: choose }}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export function LanguageSwitch({
  value,
  onChange,
  label,
}: {
  value?: Lang;
  onChange?: (l: Lang) => void;
  label?: string;
}) {
  const context = useLang();
  const { t } = useTranslation('common');
  const current = value ?? context.lang;
  const set = onChange ?? context.setLang;
  return (
    <div role="radiogroup" aria-label={label ?? t('language')} className="lang-switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          role="radio"
          aria-checked={current === l}
          className={current === l ? 'active' : ''}
          onClick={() => set(l)}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
