import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/**
 * Moves the titles of the form, its sections and its fields from the schema to `ui:title`
 * (which @rjsf reads first), leaving tables' own titles where they are (their rows are named
 * after them). @rjsf hands the root schema to every field and re-renders them all when it
 * changes: with the titles in the uiSchema, editing a label in the designer changes only the
 * uiSchema of that one field, and the preview re-renders that field alone.
 */
export function liftTitles(schema: RJSFSchema): { schema: RJSFSchema; titles: UiSchema } {
  const titles: UiSchema = {};
  const out: RJSFSchema = { ...schema };
  if (schema.type !== 'array' && typeof schema.title === 'string') {
    titles['ui:title'] = schema.title;
    delete out.title;
  }
  if (schema.properties) {
    out.properties = {};
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (typeof sub !== 'object') {
        out.properties[key] = sub;
        continue;
      }
      const lifted = liftTitles(sub);
      out.properties[key] = lifted.schema;
      if (Object.keys(lifted.titles).length) titles[key] = lifted.titles;
    }
  }
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) {
    const lifted = liftTitles(schema.items);
    out.items = lifted.schema;
    if (Object.keys(lifted.titles).length) titles.items = lifted.titles;
  }
  return { schema: out, titles };
}

/** `ui` with `titles` laid over it: the uiSchema the lifted schema renders with. */
export function withTitles(ui: UiSchema, titles: UiSchema): UiSchema {
  const out: UiSchema = { ...ui };
  for (const [key, value] of Object.entries(titles)) {
    out[key] = key === 'ui:title' ? value : withTitles((ui[key] as UiSchema | undefined) ?? {}, value as UiSchema);
  }
  return out;
}
