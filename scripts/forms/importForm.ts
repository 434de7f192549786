import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validate } from '../../runtime/definitions/validate';
import { importJsonSchemaForm } from '../../runtime/forms/import/fromJsonSchema';
import type { Language } from '../../runtime/i18n';

/**
 * npm run forms:import -- --schema form.schema.json [--ui form.ui.json] --id my-form [--lang ru] [--out definitions/forms/my-form.json]
 *
 * Imports a JSON Schema + uiSchema form (as @rjsf/core users write them) as a Qagida form. The form
 * goes to --out (or standard output); every keyword that could not be carried over is listed on
 * standard error with its pointer and the reason. Exit code 0 when fields came over (full or partly),
 * 1 when none did, 2 on a usage error.
 */
function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      schema: { type: 'string' },
      ui: { type: 'string' },
      id: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
    },
  });
  if (!values.schema || !values.id || !['kk', 'ru', 'en'].includes(values.lang ?? '')) {
    console.error('usage: forms:import --schema <file> [--ui <file>] --id <form id> [--lang kk|ru|en] [--out <file>]');
    return 2;
  }
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const result = importJsonSchemaForm({
    id: values.id,
    schema: read(values.schema),
    uiSchema: values.ui ? read(values.ui) : undefined,
    lang: values.lang as Language,
  });
  const text = `${JSON.stringify(result.form, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);

  for (const r of result.renamed)
    console.error(`renamed  schema:${r.pointer}  "${r.from}" → "${r.to}" (the data key changes)`);
  for (const d of result.dropped) console.error(`dropped  ${d.in}:${d.pointer || '/'}  ${d.reason}`);
  const problems = result.outcome === 'not' ? [] : validate(result.form);
  for (const p of problems) console.error(`invalid  ${p.path}  ${p.message}`);
  console.error(
    `${result.outcome === 'full' ? 'imported fully' : result.outcome === 'partly' ? 'imported partly' : 'nothing imported'}: ` +
      `${result.form.fields.length} field(s), ${result.dropped.length} keyword(s) not carried, ${result.renamed.length} renamed`,
  );
  return result.outcome === 'not' || problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
