/**
 * The property paths a definition kind's TypeBox schema allows, and an instance that has every one of them:
 * the schema-coverage test renders the kind's editor with that instance and looks for a widget at each path.
 * Paths are JSON pointers with `[]` for "any item of this array" (`/documents/[]/when/field`).
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  $id?: string;
  $ref?: string;
  format?: string;
  minimum?: number;
  minItems?: number;
  patternProperties?: Record<string, Schema>;
  [key: string]: unknown;
};

/** TypeBox's recursive schemas (`Type.Recursive`) refer to themselves by `$id`; these resolve the `$ref`. */
function collectIds(schema: Schema, into = new Map<string, Schema>()): Map<string, Schema> {
  if (!schema || typeof schema !== 'object') return into;
  if (typeof schema.$id === 'string' && !into.has(schema.$id)) into.set(schema.$id, schema);
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) for (const v of value) collectIds(v as Schema, into);
    else if (value && typeof value === 'object') collectIds(value as Schema, into);
  }
  return into;
}

function objectMembers(schema: Schema): Schema[] {
  if (schema.properties) return [schema];
  return (schema.anyOf ?? []).flatMap(objectMembers);
}

/**
 * Every leaf property path: a property whose value is not an object with properties nor an array of them.
 * An object or array of objects is covered through its own properties; a recursive schema is walked once.
 */
export function schemaPaths(root: Schema): string[] {
  const ids = collectIds(root);
  const out = new Set<string>();
  const walk = (schema: Schema, at: string, seen: ReadonlySet<string>) => {
    if (schema.$ref !== undefined) {
      const target = ids.get(schema.$ref);
      if (!target || seen.has(schema.$ref)) return;
      walk(target, at, new Set([...seen, schema.$ref]));
      return;
    }
    const next = typeof schema.$id === 'string' ? new Set([...seen, schema.$id]) : seen;
    const objects = objectMembers(schema);
    if (objects.length) {
      for (const object of objects)
        for (const [key, value] of Object.entries(object.properties ?? {})) walk(value, `${at}/${key}`, next);
      return;
    }
    if (schema.items && (schema.items.properties || schema.items.$ref || schema.items.anyOf?.some((s) => s.properties)))
      return walk(schema.items, `${at}/[]`, next);
    if (at) out.add(at);
  };
  walk(root, '', new Set());
  return [...out];
}

/** A value with every optional property present and one item in every array (recursion: one level). */
export function maximalInstance(root: Schema): unknown {
  const ids = collectIds(root);
  const make = (schema: Schema, depth: Record<string, number>): unknown => {
    if (schema.$ref !== undefined) {
      const target = ids.get(schema.$ref);
      if (!target || (depth[schema.$ref] ?? 0) >= 2) return undefined;
      return make(target, { ...depth, [schema.$ref]: (depth[schema.$ref] ?? 0) + 1 });
    }
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return schema.enum[0];
    if (schema.anyOf && schema.discriminator) {
      // a union told apart by a tag (Field by its type): one object with every member's properties,
      // as the flat shape had; the editor test's variants then set the tag to each type in turn
      const properties = Object.assign(
        {},
        ...schema.anyOf.map((member) => member.properties ?? {}),
      ) as Schema['properties'];
      return make({ ...schema, anyOf: undefined, discriminator: undefined, properties }, depth);
    }
    if (schema.anyOf) {
      const object = schema.anyOf.find((s) => s.properties);
      return make(object ?? (schema.anyOf[0] as Schema), depth);
    }
    if (schema.properties) {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties)) {
        const id = schema.$id;
        const made = make(property, typeof id === 'string' ? { ...depth, [id]: Math.max(depth[id] ?? 0, 1) } : depth);
        if (made !== undefined) value[key] = made;
      }
      return value;
    }
    switch (schema.type) {
      case 'array': {
        const item = schema.items ? make(schema.items, depth) : 'x';
        return item === undefined ? [] : [item];
      }
      case 'object':
        return {};
      case 'string':
        if (schema.format === 'date') return '2026-01-05';
        if (schema.format === 'date-time') return '2026-01-05T09:00:00Z';
        return 'x1';
      case 'integer':
      case 'number':
        return Math.max(1, schema.minimum ?? 1);
      case 'boolean':
        return true;
      default:
        return 'x1';
    }
  };
  return make(root, {});
}

/** `/documents/0/when/field` as `/documents/[]/when/field`. */
export function generalize(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/[]');
}
