/**
 * The service's `applicant` pointers as text an analyst can type: alternatives separated by "|", the parts of
 * one name by spaces ("/surname /name /patronymic | /organisation"). Parsing is total: empty text is "none".
 */
export function alternativesText(value: readonly (readonly string[])[] | undefined): string {
  return (value ?? []).map((parts) => parts.join(' ')).join(' | ');
}

export function parseAlternatives(text: string): string[][] | undefined {
  const groups = text
    .split('|')
    .map((group) => group.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0);
  return groups.length ? groups : undefined;
}

export function listText(value: readonly string[] | undefined): string {
  return (value ?? []).join(' | ');
}

export function parseList(text: string): string[] | undefined {
  const items = text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}
