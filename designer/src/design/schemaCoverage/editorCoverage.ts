import { generalize } from './schemaPaths';

/**
 * Header properties no editor sets: the kind is fixed, the store assigns the version on publish, the id is
 * chosen when the definition is created (the library's "New") and names it for good.
 */
export const NOT_EDITED = ['/kind', '/version', '/id'];

/**
 * The property paths a rendered editor offers a widget for: every `data-pointer` in it, generalized.
 * A list editor's pointer names its array, not an item's properties, so it covers nothing by itself.
 */
export function renderedPointers(container: Element): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const element of container.querySelectorAll('[data-pointer]')) {
    const pointer = generalize(element.getAttribute('data-pointer') ?? '');
    const coversBelow = !element.matches('.list-editor, .field-errors');
    found.set(pointer, (found.get(pointer) ?? false) || coversBelow);
  }
  return found;
}

/** The schema paths no widget covers: neither the path itself nor a widget for a whole value above it. */
export function uncoveredPaths(paths: readonly string[], pointers: Map<string, boolean>): string[] {
  return paths.filter((path) => {
    if (NOT_EDITED.includes(path) || pointers.has(path)) return false;
    const parts = path.split('/');
    for (let n = parts.length - 1; n > 1; n--) if (pointers.get(parts.slice(0, n).join('/'))) return false;
    return true;
  });
}
