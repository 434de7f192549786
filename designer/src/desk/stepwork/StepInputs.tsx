import { useTranslation } from 'react-i18next';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import type { ActionInput } from '../caseTypes';
import { widgetFor } from '../stepWork';

/** The inputs the step's actions' conditions read, each with its widget. */
export function StepInputs({
  inputs,
  values,
  onChange,
}: {
  inputs: ActionInput[];
  values: Record<string, string>;
  onChange: (id: string, value: string) => void;
}) {
  const { t } = useTranslation('desk');
  if (inputs.length === 0) return null;
  return (
    <fieldset className="step-inputs">
      <legend>{t('work.inputs')}</legend>
      {inputs.map((i) => (
        <InputField key={i.id} input={i} value={values[i.id] ?? ''} onChange={(v) => onChange(i.id, v)} />
      ))}
    </fieldset>
  );
}

/** One input an action's condition reads, with the widget of its type (or a line saying there is none). */
function InputField({
  input,
  value,
  onChange,
}: {
  input: ActionInput;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const label = resolveLabel(input.label as never, lang) || t('work.inputUnnamed');
  const widget = widgetFor(input);
  if (widget === 'boolean')
    return (
      <fieldset className="input" data-input={input.id}>
        <legend>{label}</legend>
        {(['true', 'false'] as const).map((v) => (
          <label key={v} className="check">
            <input type="radio" name={`input-${input.id}`} checked={value === v} onChange={() => onChange(v)} />{' '}
            {v === 'true' ? t('yes') : t('no')}
          </label>
        ))}
      </fieldset>
    );
  if (!widget)
    return (
      <p className="error" data-testid={`input-without-widget-${input.id}`}>
        {t('work.noWidget', { label })}
      </p>
    );
  return (
    <label data-input={input.id}>
      {label}
      <input
        type={widget === 'number' ? 'number' : widget === 'date' ? 'date' : 'text'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
