import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../../runtime/definitions/types';
import { ErrorsAt } from '../../shared/widgets';

/**
 * A JSON value typed as text (a POST body, a whole response schema): kept as typed while it does
 * not parse, with the parse error beside it, and given to `onChange` once it does; empty is undefined.
 */
export function JsonValueField({
  label,
  value,
  onChange,
  errors,
  at,
  rows = 6,
}: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: readonly DefinitionError[];
  at: string;
  rows?: number;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const id = useId();
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState('');
  // a change from elsewhere (the rows above, the JSON tab) replaces the text, unless it is what was typed
  useEffect(() => {
    setText((typed) => {
      try {
        return typed.trim() && JSON.stringify(JSON.parse(typed)) === JSON.stringify(value) ? typed : shown;
      } catch {
        return typed;
      }
    });
  }, [shown, value]);
  return (
    <div className="field json-value">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-pointer={at}
        rows={rows}
        spellCheck={false}
        value={text}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.trim()) {
            setProblem('');
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(e.target.value) as unknown);
            setProblem('');
          } catch (error) {
            setProblem(t('editor.notJson', { message: (error as Error).message }));
          }
        }}
      />
      {problem && <p className="field-errors">{problem}</p>}
      <ErrorsAt errors={errors} at={at} />
    </div>
  );
}
