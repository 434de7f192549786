import type { Dictionary, Form, LocalizedText } from '../definitions/types';

/** A label of a made-up test definition in kk, ru and en: the English given, the others marked as its copies unless given. */
export const t = (en: string, ru = `${en} (ru)`, kk = `${en} (kk)`) => ({ kk, ru, en });

/** A made-up form, version 1, for a test: its id and title, and what it holds (fields, checks …). */
export function testForm(
  id: string,
  title: LocalizedText,
  content: Omit<Form, 'kind' | 'id' | 'version' | 'title'>,
): Form {
  return { kind: 'form', id, version: 1, title, ...content };
}

/** A made-up dictionary, version 1, for a test: its id, title and options. */
export function testDictionary(id: string, title: LocalizedText, options: Dictionary['options']): Dictionary {
  return { kind: 'dictionary', id, version: 1, title, options };
}

/** The monthly calculation index (MRP) in tenge for 2025 and 2026: what the fee lookups convert an MRP amount by. */
export const MRP: Dictionary = testDictionary('kz-mrp', t('MRP'), [
  { code: '2025', label: t('2025'), amount: { amount: 3932, unit: 'KZT' } },
  { code: '2026', label: t('2026'), amount: { amount: 4325, unit: 'KZT' } },
]);
