import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from './language';
import { getFallbackOrder, pickLanguage, resetFallbackOrder, resolveLabel, setFallbackOrder } from './resolveLabel';
import { UI_WORDS, uiWord } from './uiWords';

afterEach(() => resetFallbackOrder());

describe('resolveLabel()', () => {
  const full = { kk: 'Өтініш', ru: 'Заявление', en: 'Application' };

  it('returns the text in the requested language', () => {
    expect(resolveLabel(full, 'kk')).toBe('Өтініш');
    expect(resolveLabel(full, 'ru')).toBe('Заявление');
    expect(resolveLabel(full, 'en')).toBe('Application');
  });

  it('falls back kk → ru → en by default', () => {
    expect(resolveLabel({ ru: 'Заявление', en: 'Application' }, 'kk')).toBe('Заявление');
    expect(resolveLabel({ kk: 'Өтініш', ru: 'Заявление' }, 'en')).toBe('Өтініш');
    expect(resolveLabel({ en: 'Application' }, 'ru')).toBe('Application');
  });

  it('treats an empty string as missing', () => {
    expect(resolveLabel({ kk: '', ru: 'Заявление' }, 'kk')).toBe('Заявление');
  });

  it('returns "" for no text at all', () => {
    expect(resolveLabel(undefined, 'kk')).toBe('');
  });

  it('follows an explicit fallback order for one call', () => {
    expect(resolveLabel({ kk: 'Өтініш', en: 'Application' }, 'ru', ['en', 'kk'])).toBe('Application');
  });

  it('follows the configured fallback order, still trying the requested language first', () => {
    setFallbackOrder(['en', 'ru']);
    expect(getFallbackOrder()).toEqual(['en', 'ru', 'kk']);
    expect(resolveLabel(full, 'kk')).toBe('Өтініш');
    expect(resolveLabel({ kk: 'Өтініш', ru: 'Заявление', en: 'Application' }, 'kk')).toBe('Өтініш');
    expect(resolveLabel({ kk: 'Өтініш', ru: 'Заявление' }, 'en')).toBe('Заявление');
  });

  it('rejects an unknown language in the fallback order', () => {
    expect(() => setFallbackOrder(['de' as Language])).toThrow(/unknown language/);
  });
});

describe('pickLanguage()', () => {
  it('names the language a text will be shown in', () => {
    expect(pickLanguage({ ru: 'x' }, 'kk')).toBe('ru');
    expect(pickLanguage({}, 'kk')).toBeUndefined();
  });
});

describe('uiWord()', () => {
  it('has every word in every language', () => {
    for (const word of Object.keys(UI_WORDS) as (keyof typeof UI_WORDS)[]) {
      for (const lang of LANGUAGES) expect(uiWord(word, lang)).not.toBe('');
    }
    expect(uiWord('yes', 'kk')).toBe('Иә');
    expect(uiWord('no', 'ru')).toBe('Нет');
  });
});
