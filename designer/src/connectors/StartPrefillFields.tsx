import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import { fieldPaths } from '../../../runtime/definitions/shape';
import { initialData } from '../../../runtime/forms/settle';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import { loadPublished } from '../shared/definitionsApi';
import { useLang } from '../shared/lang';

function setPath(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [key]: value };
  const inner = data[key];
  const child = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : {};
  return { ...data, [key]: setPath(child as Record<string, unknown>, rest.join('.'), value) };
}

/**
 * On the Desk's start screen: the fields the form's prefills "on start" read (the applicant's IIN,
 * say), so the server fills the rest from the register as it starts the case. Gives the start data
 * (the form's defaults with these values) to `onData`, or undefined while none is typed.
 */
export function StartPrefillFields({
  formId,
  onData,
}: {
  formId: string;
  onData: (data: Record<string, unknown> | undefined) => void;
}) {
  const { t } = useTranslation('connectorsAdmin');
  const { lang } = useLang();
  const [form, setForm] = useState<Form | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    setForm(null);
    setValues({});
    loadPublished('form', formId)
      .then((f) => live && setForm(f as Form | null))
      .catch(() => undefined); // no prefill fields: the case starts as before
    return () => {
      live = false;
    };
  }, [formId]);

  const paths = [
    ...new Set((form?.prefill ?? []).filter((p) => p.on === 'start').flatMap((p) => Object.values(p.inputs))),
  ];
  useEffect(() => {
    const typed = Object.entries(values).filter(([, v]) => v.trim() !== '');
    if (!form || typed.length === 0) onData(undefined);
    else onData(typed.reduce((data, [path, v]) => setPath(data, path, v.trim()), initialData(form)));
  }, [form, values, onData]);

  if (!form || paths.length === 0) return null;
  const fields = fieldPaths(form.fields);
  return (
    <fieldset className="start-prefill" data-testid="start-prefill">
      <legend>{t('start.legend')}</legend>
      <p className="hint">{t('start.hint')}</p>
      {paths.map((path) => (
        <label key={path}>
          {resolveLabel(fields.get(path)?.label, lang) || path}{' '}
          <input
            name={`start-${path}`}
            value={values[path] ?? ''}
            onChange={(e) => setValues({ ...values, [path]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
