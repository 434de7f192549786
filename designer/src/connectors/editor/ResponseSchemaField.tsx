import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { ErrorsAt } from '../../shared/widgets';
import { JsonValueField } from './JsonValueField';

type Schema = Record<string, unknown>;
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;

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
  const properties = (value.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(value.required) ? (value.required as string[]) : []);
  const rows = Object.entries(properties);
  const write = (next: [string, Schema][], need: Set<string>) => {
    const names = new Set(next.map(([name]) => name));
    const kept = [...need].filter((n) => names.has(n));
    const { required: _r, properties: _p, ...rest } = value;
    onChange({
      ...rest,
      type: 'object',
      ...(kept.length ? { required: kept } : {}),
      properties: Object.fromEntries(next),
    });
  };
  const rename = (i: number, name: string) => {
    const old = rows[i]?.[0];
    const need = new Set([...required].map((n) => (n === old ? name : n)));
    write(
      rows.map((r, j) => (j === i ? [name, r[1]] : r)),
      need,
    );
  };
  return (
    <fieldset className="response-schema" data-pointer={at}>
      <legend>{t('editor.responseSchema')}</legend>
      <div className="table-scroll">
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
            {rows.map(([name, schema], i) => (
              <tr key={i}>
                <td>
                  <input aria-label={t('editor.property')} value={name} onChange={(e) => rename(i, e.target.value)} />
                </td>
                <td>
                  <select
                    aria-label={t('editor.type')}
                    value={typeof schema.type === 'string' ? schema.type : ''}
                    onChange={(e) =>
                      write(
                        rows.map((r, j) => (j === i ? [r[0], { ...r[1], type: e.target.value }] : r)),
                        required,
                      )
                    }
                  >
                    {typeof schema.type !== 'string' && <option value="">—</option>}
                    {TYPES.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('editor.required')}
                    checked={required.has(name)}
                    onChange={(e) => {
                      const need = new Set(required);
                      if (e.target.checked) need.add(name);
                      else need.delete(name);
                      write(rows, need);
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      write(
                        rows.filter((_, j) => j !== i),
                        required,
                      )
                    }
                  >
                    {t('editor.remove')}
                  </button>
                </td>
              </tr>
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
