import { createContext, useContext, useState, type ReactNode } from 'react';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => undefined });

/** The language the content (labels, forms, documents) is shown in; the chrome stays English. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('qagida.lang') as Lang | null) ?? 'ru');
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
  label = 'Language',
}: {
  value?: Lang;
  onChange?: (l: Lang) => void;
  label?: string;
}) {
  const context = useLang();
  const current = value ?? context.lang;
  const set = onChange ?? context.setLang;
  return (
    <div role="radiogroup" aria-label={label} className="lang-switch">
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
