import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLanguage } from '../i18n';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

interface LangState {
  lang: Lang;
  /** the person chose: kept on this device (localStorage) and, once signed in, on the server */
  setLang: (lang: Lang) => void;
  /** the language the server kept for the user, applied on a device where no one chose yet */
  adoptStored: (lang: Lang) => void;
  /** called after each choice, so the signed-in user's preference follows (set by the auth provider) */
  onChosen: { current: ((lang: Lang) => void) | null };
}

const LangContext = createContext<LangState>({
  lang: 'en',
  setLang: () => undefined,
  adoptStored: () => undefined,
  onChosen: { current: null },
});

const STORAGE_KEY = 'qagida.lang';
const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** The language of the interface and of the content (labels, forms, documents). */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : 'ru';
  });
  // before the first paint, so the first screen is already in the chosen language
  useState(() => setUiLanguage(lang));
  useEffect(() => setUiLanguage(lang), [lang]);
  const onChosen = useRef<((lang: Lang) => void) | null>(null);
  const choose = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLang(next);
    onChosen.current?.(next);
  }, []);
  const adoptStored = useCallback((stored: Lang) => {
    if (!isLang(localStorage.getItem(STORAGE_KEY))) setLang(stored);
  }, []);
  const state = useMemo<LangState>(
    () => ({ lang, setLang: choose, adoptStored, onChosen }),
    [lang, choose, adoptStored],
  );
  return <LangContext.Provider value={state}>{children}</LangContext.Provider>;
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
