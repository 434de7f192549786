import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { ErrorsAt } from '../../shared/widgets';
import { JsonValueField } from './JsonValueField';
import { ResponseSchemaRow } from './ResponseSchemaRow';
import { renamed, rowsOf, withRows, type Row, type Schema } from './responseSchemaRows';

/**
 * The answer's JSON Schema: the top-level properties as rows (name, type, required), which is what
 * most registers need, and the whole schema as JSON below for anything deeper (nested objects, formats).
 */
export function ResponseSchemaField({
  value,
  onChange,
  errors,
  at,
}: {
  value: Schema;
  onChange: (value: Schema) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const { rows, required } = rowsOf(value);
  const write = (next: Row[], need: Set<string>) => onChange(withRows(value, next, need));
  const requiredAs = (name: string, on: boolean) => {
    const need = new Set(required);
    if (on) need.add(name);
    else need.delete(name);
    return need;
  };
  return (
    <fieldset className="response-schema" data-pointer={at}>
      <legend>{t('editor.responseSchema')}</legend>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('editor.property')}</th>
              <th scope="col">{t('editor.type')}</th>
              <th scope="col">{t('editor.required')}</th>
              <th scope="col">
                <span className="sr-only">{t('editor.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <ResponseSchemaRow
                key={i}
                row={row}
                required={required.has(row[0])}
                onRename={(name) => onChange(renamed(value, i, name))}
                onSchema={(schema) =>
                  write(
                    rows.map((r, j) => (j === i ? [r[0], schema] : r)),
                    required,
                  )
                }
                onRequired={(on) => write(rows, requiredAs(row[0], on))}
                onRemove={() =>
                  write(
                    rows.filter((_, j) => j !== i),
                    required,
                  )
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => write([...rows, [`property${rows.length + 1}`, { type: 'string' }]], required)}
      >
        {t('editor.addProperty')}
      </button>
      <ErrorsAt errors={errors} at={at} />
      <details>
        <summary>{t('editor.schemaJson')}</summary>
        <JsonValueField
          label={t('editor.schemaJson')}
          value={value}
          onChange={(next) => onChange((next ?? {}) as Schema)}
          errors={[]}
          at={`${at}`}
          rows={10}
        />
      </details>
    </fieldset>
  );
}
