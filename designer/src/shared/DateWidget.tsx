import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A date typed as the language writes it (dd.mm.yyyy in kk and ru, dd/mm/yyyy in en), kept as ISO
 * YYYY-MM-DD in the data. The browser's own date input shows the browser's locale (mm/dd/yyyy for many),
 * whatever the interface language. Text that is not yet a date goes to the data as typed, so the
 * form's validation names the field.
 */
export function DateWidget({ id, value, onChange, onBlur, onFocus, disabled, readonly, required }: WidgetProps) {
  const { t, i18n } = useTranslation('common');
  const separator = i18n.language === 'en' ? '/' : '.';
  const [text, setText] = useState(() => toDisplay(value, separator));
  useEffect(
    () => setText((typed) => (parseDate(typed) === value ? typed : toDisplay(value, separator))),
    [value, separator],
  );
  return (
    <input
      id={id}
      name={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="form-control"
      placeholder={t('datePlaceholder')}
      value={text}
      disabled={disabled}
      readOnly={readonly}
      required={required}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDate(event.target.value) ?? (event.target.value || undefined));
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}

/** "05.03.2026", "05/03/2026" or "2026-03-05" as ISO "2026-03-05"; anything else undefined. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function toDisplay(value: unknown, separator: string): string {
  if (typeof value !== 'string') return '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? [iso[3], iso[2], iso[1]].join(separator) : value;
}
