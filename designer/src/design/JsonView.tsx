import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Definition } from '../../../runtime/definitions/types';
import type { EditorProps } from './editorProps';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The definition as JSON, in sync both ways: edits elsewhere rewrite the text,
 * and text that parses to an object becomes the definition at once.
 */
export function JsonView({ definition, onChange, errors }: EditorProps<Definition>) {
  const id = useId();
  const [text, setText] = useState(() => pretty(definition));
  const [parseError, setParseError] = useState('');
  const { t } = useTranslation('design');

  useEffect(() => {
    setText((current) => {
      try {
        if (pretty(JSON.parse(current)) === pretty(definition)) return current;
      } catch {
        // the analyst is mid-edit; an outside change still wins
      }
      setParseError('');
      return pretty(definition);
    });
  }, [definition]);

  const change = (next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('a definition is a JSON object');
      setParseError('');
      onChange(parsed as Definition);
    } catch (e) {
      setParseError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="json-view">
      <label htmlFor={id}>{t('json.label')}</label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => change(e.target.value)}
        spellCheck={false}
        rows={30}
        aria-invalid={Boolean(parseError) || undefined}
      />
      {parseError && (
        <p role="alert" className="error">
          {t('json.invalid', { error: parseError })}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="field-errors">
          {errors.map((e, i) => (
            <li key={i}>
              <code>{e.path}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
