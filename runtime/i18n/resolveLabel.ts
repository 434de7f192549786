import type { LocalizedText } from '../definitions/types';
import { LANGUAGES, isLanguage, type Language } from './language';

const DEFAULT_ORDER: readonly Language[] = ['kk', 'ru', 'en'];
let fallbackOrder: readonly Language[] = DEFAULT_ORDER;

/**
 * Sets the order in which missing translations are looked up, for the whole
 * process (a deployment may prefer Russian before Kazakh). The requested
 * language is always tried first; languages left out are tried last, in the
 * default order, so a label that exists in some language is never lost.
 */
export function setFallbackOrder(order: readonly Language[]): void {
  const unknown = order.filter((lang) => !isLanguage(lang));
  if (unknown.length)
    throw new Error(`setFallbackOrder: unknown language(s) ${unknown.join(', ')}; use ${LANGUAGES.join(', ')}`);
  fallbackOrder = complete(order);
}

export function getFallbackOrder(): readonly Language[] {
  return fallbackOrder;
}

export function resetFallbackOrder(): void {
  fallbackOrder = DEFAULT_ORDER;
}

/** The languages to try for `lang`, in order: lang itself, then the fallback order. */
export function languagesFor(lang: Language, fallback: readonly Language[] = fallbackOrder): Language[] {
  return complete([lang, ...fallback]);
}

/** The language a localized text will actually be shown in, or undefined when it has no text at all. */
export function pickLanguage(
  text: Partial<Record<Language, string | undefined>> | undefined,
  lang: Language,
  fallback?: readonly Language[],
): Language | undefined {
  if (!text) return undefined;
  return languagesFor(lang, fallback).find(
    (candidate) => typeof text[candidate] === 'string' && text[candidate] !== '',
  );
}

/** A label in `lang`, else in the first fallback language that has it, else ''. */
export function resolveLabel(text: LocalizedText | undefined, lang: Language, fallback?: readonly Language[]): string {
  const chosen = pickLanguage(text, lang, fallback);
  return chosen === undefined ? '' : (text?.[chosen] ?? '');
}

function complete(order: readonly Language[]): Language[] {
  const seen: Language[] = [];
  for (const lang of [...order, ...DEFAULT_ORDER]) if (!seen.includes(lang)) seen.push(lang);
  return seen;
}
