import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionError } from '../../../runtime/definitions/types';
import { SectionHeading, Subsections } from './headingLevel';
import { errorsAt } from './pointer';
import { LANGS } from './lang';

type Localized = { kk?: string; ru?: string; en?: string } | undefined;

/** The validation errors at one pointer, shown beside the widget that edits it. */
export function ErrorsAt({ errors, at, id }: { errors: readonly DefinitionError[]; at: string; id?: string }) {
  const here = errorsAt(errors, at);
  if (!here.length) return null;
  return (
    <ul className="field-errors" id={id} data-pointer={at}>
      {here.map((e, i) => (
        <li key={i}>{e.message}</li>
      ))}
    </ul>
  );
}

export function TextField({
  label,
  value,
  onChange,
  errors = [],
  at,
  type = 'text',
  multiline,
  ...rest
}: {
  label: string;
  value: string | number | undefined;
  onChange: (value: string) => void;
  errors?: readonly DefinitionError[];
  at?: string;
  type?: string;
  multiline?: boolean;
  placeholder?: string;
  min?: number;
  list?: string;
}) {
  const id = useId();
  const invalid = at !== undefined && errorsAt(errors, at).length > 0;
  const props = {
    id,
    value: value ?? '',
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-err` : undefined,
    'data-pointer': at,
  };
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...props} onChange={(e) => onChange(e.target.value)} rows={3} />
      ) : (
        <input {...props} {...rest} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {at !== undefined && <ErrorsAt errors={errors} at={at} id={`${id}-err`} />}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  errors = [],
  at,
}: {
  label: string;
  value: T | undefined;
  options: readonly (T | { value: T; label: string })[];
  onChange: (value: T) => void;
  errors?: readonly DefinitionError[];
  at?: string;
}) {
  const id = useId();
  const { t } = useTranslation('common');
  const invalid = at !== undefined && errorsAt(errors, at).length > 0;
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value as T)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        data-pointer={at}
      >
        {value === undefined && <option value="">—</option>}
        {options.map((o) => {
          const v = typeof o === 'string' ? o : o.value;
          return (
            <option key={v} value={v}>
              {/* a bare value is an enum (unit, outcome, step type): its name in the interface language */}
              {typeof o === 'string' ? t(`enum.${o}`, { defaultValue: o }) : o.label}
            </option>
          );
        })}
      </select>
      {at !== undefined && <ErrorsAt errors={errors} at={at} id={`${id}-err`} />}
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  at,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  /** the property's pointer in the definition (for the schema-coverage test and error focus) */
  at?: string;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-pointer={at} /> {label}
    </label>
  );
}

/** One text in Kazakh, Russian and English, side by side. */
export function LocalizedInput({
  label,
  value,
  onChange,
  errors = [],
  at,
  multiline,
}: {
  label: string;
  value: Localized;
  onChange: (value: { kk?: string; ru?: string; en?: string }) => void;
  errors?: readonly DefinitionError[];
  at?: string;
  multiline?: boolean;
}) {
  const id = useId();
  const set = (lang: string, text: string) => {
    const next: Record<string, string> = { ...(value as Record<string, string>) };
    if (text) next[lang] = text;
    else delete next[lang];
    onChange(next);
  };
  return (
    <fieldset className="localized" data-pointer={at}>
      <legend>{label}</legend>
      {LANGS.map((lang) => (
        <div key={lang} className="localized-row">
          <label htmlFor={`${id}-${lang}`}>{lang}</label>
          {multiline ? (
            <textarea
              id={`${id}-${lang}`}
              rows={2}
              value={value?.[lang] ?? ''}
              onChange={(e) => set(lang, e.target.value)}
            />
          ) : (
            <input id={`${id}-${lang}`} value={value?.[lang] ?? ''} onChange={(e) => set(lang, e.target.value)} />
          )}
        </div>
      ))}
      {at !== undefined && <ErrorsAt errors={errors} at={at} />}
    </fieldset>
  );
}

export function Panel({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="panel">
      <header>
        <SectionHeading>{title}</SectionHeading>
        {actions}
      </header>
      <Subsections>{children}</Subsections>
    </section>
  );
}

/** Lists errors that no widget on screen shows, so none goes unseen. */
export function ErrorSummary({ errors, title }: { errors: readonly DefinitionError[]; title?: string }) {
  const { t } = useTranslation('common');
  if (!errors.length) return null;
  return (
    <details className="error-summary" open={errors.length < 6}>
      <summary>
        {title ?? t('problems')}: {errors.length}
      </summary>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.path}</code> {e.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
