export { LANGUAGES, isLanguage, localeOf, type Language } from './language';
export {
  resolveLabel,
  pickLanguage,
  languagesFor,
  setFallbackOrder,
  getFallbackOrder,
  resetFallbackOrder,
} from './resolveLabel';
export { UI_WORDS, uiWord, type UiWord } from './uiWords';
export { isoWithOffset, isInstant } from './isoWithOffset';
