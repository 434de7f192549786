import type { DefinitionError } from '../../../runtime/definitions/types';

/**
 * Ties the properties of one object in a definition to widgets: `field('label')` gives the value, a change handler
 * that puts back a copy with that property replaced, and the errors at its JSON pointer (`${at}/label`).
 * Properties whose input needs converting (numbers, "empty means absent") keep their own handlers.
 */
export function fieldProps<T extends object>(
  item: T,
  put: (next: T) => void,
  errors: readonly DefinitionError[],
  at: string,
) {
  return <K extends keyof T & string>(key: K) => ({
    value: item[key],
    onChange: (value: T[K]) => put({ ...item, [key]: value }),
    errors,
    at: `${at}/${key}`,
  });
}
