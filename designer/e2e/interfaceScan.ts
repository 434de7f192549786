import type { Page } from 'playwright-core';

/**
 * What a person reads on the page: the visible text, and the names assistive technology reads out
 * (aria-label, title, placeholder, alt) of visible elements. Code and pre blocks (JSON, ids shown as
 * data) are left out.
 */
// A string, not a function: tsx names the functions it compiles (__name), which the page does not know.
const COLLECT_TEXT = `(() => {
  const out = [];
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const skip = (el) => el && el.closest('code, pre, textarea, [data-content], .react-flow__attribution');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = (node.textContent || '').trim();
    if (!text || !parent || skip(parent) || !visible(parent)) continue;
    out.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (skip(el) || !visible(el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  for (const select of document.querySelectorAll('select'))
    if (visible(select)) for (const option of select.options) out.push(option.text);
  return out;
})()`;

/**
 * What a person reads on the page: the visible text, the options of visible selects, and the names
 * assistive technology reads out (aria-label, title, placeholder, alt). Code and pre blocks (JSON, ids
 * shown as data), text areas and elements marked data-content are left out.
 */
export async function visibleInterfaceText(page: Page): Promise<string[]> {
  return (await page.evaluate(COLLECT_TEXT)) as string[];
}

/** Latin words of three letters or more: what an English interface leaves on a kk or ru screen. */
export function latinWords(text: string): string[] {
  // ids are not words: uuids, digests, JSON pointers and dotted or dashed ids (auth.login, e2e-mx9c) are data
  const words = text
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27,}|\b[0-9a-f]{16,}\b/gi, ' ')
    .replace(/(^|\s)\/[\w~/.-]*/g, ' ')
    .replace(/\b[\w]+(?:[.-][\w]+)+\b/g, ' ');
  return words.match(/[A-Za-z][a-z]{2,}/g) ?? [];
}

/**
 * Splits the Latin words of a kk/ru screen into interface words (a failure) and content words:
 * those found in the definitions' texts (a label given only in English: content without translation),
 * user names and the like, reported but not failed.
 */
export function classify(
  texts: readonly string[],
  content: ReadonlySet<string>,
): { interface: Map<string, string>; content: Map<string, string> } {
  const found = { interface: new Map<string, string>(), content: new Map<string, string>() };
  for (const text of texts) {
    for (const word of latinWords(text)) {
      const key = word.toLowerCase();
      const bucket = content.has(key) ? found.content : found.interface;
      if (!bucket.has(key)) bucket.set(key, text.slice(0, 80));
    }
  }
  return found;
}

const ID_PROPERTIES = new Set(['id', 'key', 'value', 'fact', 'event', 'type', 'step', 'actor', 'to', 'from', 'path']);
/** Plain-text content in one language by design: citation notes, applicants' names. */
// an act paragraph's digest (`text`) and a recorded error (`lastError`) are content as much as a note
const TEXT_PROPERTIES = new Set(['note', 'applicantName', 'text', 'lastError']);

/**
 * The words of content a definition gives without a translation into `lang`: the English (or other)
 * text of a localized text that lacks `lang`, and ids (keys, option values, event types) shown as data.
 * A Latin word of the interface is never in here unless a definition says it too.
 */
export function untranslatedWords(value: unknown, lang: string, into: Set<string>, property = ''): Set<string> {
  const add = (text: string) => {
    for (const word of latinWords(text)) into.add(word.toLowerCase());
    for (const word of text.split(/[^A-Za-z]+/)) if (word.length > 2) into.add(word.toLowerCase());
  };
  if (typeof value === 'string') {
    if (ID_PROPERTIES.has(property)) add(value.replace(/([a-z])([A-Z])/g, '$1 $2'));
    else if (TEXT_PROPERTIES.has(property)) add(value);
  } else if (Array.isArray(value)) for (const item of value) untranslatedWords(item, lang, into, property);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const localized =
      ['kk', 'ru', 'en'].some((l) => typeof record[l] === 'string') &&
      Object.keys(record).every((k) => ['kk', 'ru', 'en'].includes(k));
    if (localized) {
      if (typeof record[lang] !== 'string' || !record[lang])
        for (const text of Object.values(record)) add(String(text));
      return into;
    }
    for (const [key, item] of Object.entries(record)) untranslatedWords(item, lang, into, key);
  }
  return into;
}
