import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { ErrorsAt } from '../../shared/widgets';

/** A record of strings (fixed request headers) as rows of name and value; an empty record is undefined. */
export function KeyValueField({
  label,
  value,
  onChange,
  errors,
  at,
  keyLabel,
  valueLabel,
}: {
  label: string;
  value: Record<string, string> | undefined;
  onChange: (value: Record<string, string> | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
  keyLabel: string;
  valueLabel: string;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const rows = Object.entries(value ?? {});
  const set = (next: [string, string][]) => onChange(next.length ? Object.fromEntries(next) : undefined);
  return (
    <fieldset className="key-values" data-pointer={at}>
      <legend>{label}</legend>
      {rows.map(([key, text], i) => (
        <div className="row" key={i}>
          <label>
            {keyLabel}{' '}
            <input value={key} onChange={(e) => set(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
          </label>
          <label>
            {valueLabel}{' '}
            <input value={text} onChange={(e) => set(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
          </label>
          <button type="button" onClick={() => set(rows.filter((_, j) => j !== i))}>
            {t('editor.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set([...rows, [`X-Header-${rows.length + 1}`, '']])}>
        {t('editor.addHeader')}
      </button>
      <ErrorsAt errors={errors} at={at} />
    </fieldset>
  );
}
