import type { DefinitionError } from './types';

/** The items whose id (or another key) repeats an earlier one's, each reported at its key. */
export function uniqueIds(items: readonly { id: string }[], at: string, key = 'id'): DefinitionError[] {
  const seen = new Set<string>();
  const errors: DefinitionError[] = [];
  items.forEach((item, index) => {
    const id = (item as Record<string, string>)[key] ?? '';
    if (seen.has(id)) errors.push({ path: `${at}/${index}/${key}`, message: `duplicate ${key} "${id}"` });
    seen.add(id);
  });
  return errors;
}
