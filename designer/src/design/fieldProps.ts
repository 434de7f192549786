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
  return setterProps(item, (key, value) => put({ ...item, [key]: value }), errors, at);
}

/** The same for an object whose editor sets one property at a time (`set('title', …)`), as the sections do. */
export function setterProps<T extends object>(
  item: T,
  set: <K extends keyof T>(key: K, value: T[K]) => void,
  errors: readonly DefinitionError[],
  at = '',
) {
  return <K extends keyof T & string>(key: K) => ({
    value: item[key],
    onChange: (value: T[K]) => set(key, value),
    errors,
    at: `${at}/${key}`,
  });
}

/** A list property as a ListEditor takes it (`items` where a widget takes `value`), from a setter of one property. */
export function listProps<T extends object>(
  item: T,
  set: <K extends keyof T>(key: K, value: T[K]) => void,
  errors: readonly DefinitionError[],
  at = '',
) {
  const field = setterProps(item, set, errors, at);
  return <K extends keyof T & string>(key: K) => {
    const { value, ...rest } = field(key);
    return { items: value, ...rest };
  };
}

/** listProps for an object whose editor puts back a whole changed copy (`put`), as fieldProps does. */
export function putListProps<T extends object>(
  item: T,
  put: (next: T) => void,
  errors: readonly DefinitionError[],
  at = '',
) {
  return listProps(item, (key, value) => put({ ...item, [key]: value }), errors, at);
}
