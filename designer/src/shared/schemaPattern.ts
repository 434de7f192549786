/** A string schema's pattern as a RegExp, so a check in the browser is the one the server's schema makes. */
export function schemaPattern(schema: { pattern?: string }): RegExp {
  if (schema.pattern === undefined) throw new Error('the schema has no pattern');
  return new RegExp(schema.pattern);
}
