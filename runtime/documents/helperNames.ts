/**
 * The only helpers a template may call. Handlebars' own block helpers are
 * allowed; anything else is rejected when the template is validated.
 */
export const BUILTIN_BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
export const QAGIDA_HELPERS = [
  'date',
  'datetime',
  'due',
  'label',
  'number',
  'yesno',
  'option',
  'eq',
  'join',
  'lookup',
] as const;
export const ALLOWED_HELPERS: ReadonlySet<string> = new Set([...BUILTIN_BLOCK_HELPERS, ...QAGIDA_HELPERS]);
