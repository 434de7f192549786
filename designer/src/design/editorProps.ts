import type { Definition, DefinitionError } from '../../../runtime/definitions/types';

/** What every kind's editor gets: the definition, a way to change it, and the validation errors. */
export interface EditorProps<D extends Definition> {
  definition: D;
  onChange: (definition: D) => void;
  errors: readonly DefinitionError[];
}
