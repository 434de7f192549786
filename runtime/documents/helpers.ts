import type Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import type { Field, Form, LocalizedText } from '../definitions/types';
import { localeOf, resolveLabel, uiWord, type Language } from '../i18n';
import type { QAGIDA_HELPERS } from './helperNames';
import { childFields, optionsOf } from '../definitions/fieldGuards';

/** What every helper call may read besides its arguments: put in Handlebars' @data frame by renderDocument. */
export interface RenderFrame {
  lang: Language;
  timeZone: string;
  form?: Form;
}

type HelperOptions = Handlebars.HelperOptions & { data?: { qagida?: RenderFrame } };
type Helper = (...args: unknown[]) => unknown;

/** The Qagida helpers, one per name in helperNames.ts (lookup is Handlebars' own, which honours prototype rules). */
export function qagidaHelpers(): Record<Exclude<(typeof QAGIDA_HELPERS)[number], 'lookup'>, Helper> {
  return {
    date: call((frame, [value], hash) =>
      formatDate(value, frame, hash.style === 'short' ? DateTime.DATE_SHORT : LONG_DATE),
    ),
    datetime: call((frame, [value]) => formatDate(value, frame, LONG_DATETIME)),
    due: call((frame, [value]) => formatDate(isRecord(value) ? value.due : value, frame, LONG_DATE)),
    label: call((frame, [value]) => labelOf(value, frame.lang)),
    number: call((frame, [value], hash) => formatNumber(value, frame.lang, hash.digits)),
    yesno: call((frame, [value]) => yesNo(value, frame.lang)),
    option: call((frame, [value, field]) => optionLabel(value, field, frame)),
    eq: call((_frame, [a, b]) => a === b),
    join: call((frame, [list, separator]) =>
      Array.isArray(list)
        ? list.map((item) => labelOf(item, frame.lang)).join(typeof separator === 'string' ? separator : ', ')
        : '',
    ),
  };
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const LONG_DATETIME: Intl.DateTimeFormatOptions = {
  ...LONG_DATE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** Splits Handlebars' trailing options argument off and hands the frame, positional args and hash to `body`. */
function call(body: (frame: RenderFrame, args: unknown[], hash: Record<string, unknown>) => unknown): Helper {
  return (...all: unknown[]) => {
    const options = all[all.length - 1] as HelperOptions;
    const frame = options.data?.qagida ?? { lang: 'kk', timeZone: 'Asia/Almaty' };
    return body(frame, all.slice(0, -1), (options.hash ?? {}) as Record<string, unknown>);
  };
}

function formatDate(value: unknown, frame: RenderFrame, format: Intl.DateTimeFormatOptions): string {
  let moment: DateTime | undefined;
  if (value instanceof Date) moment = DateTime.fromJSDate(value, { zone: frame.timeZone });
  else if (typeof value === 'string' && value !== '') moment = DateTime.fromISO(value, { zone: frame.timeZone });
  if (!moment?.isValid) return '';
  return moment.setLocale(localeOf(frame.lang)).toLocaleString(format);
}

function formatNumber(value: unknown, lang: Language, digits: unknown): string {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number)) return '';
  const fixed = typeof digits === 'number' ? digits : undefined;
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: fixed ?? 0,
    maximumFractionDigits: fixed ?? 2,
  }).format(number);
}

function yesNo(value: unknown, lang: Language): string {
  const answer = isRecord(value) ? value.answer : value;
  if (answer === true) return uiWord('yes', lang);
  if (answer === false) return uiWord('no', lang);
  return uiWord('notGiven', lang);
}

function labelOf(value: unknown, lang: Language): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value)) return resolveLabel(value as LocalizedText, lang);
  return '';
}

/** A choice value (or several) shown by its option label; the field is a dot path in the form or the field itself. */
function optionLabel(value: unknown, field: unknown, frame: RenderFrame): string {
  const definition =
    typeof field === 'string' ? findField(frame.form?.fields ?? [], field.split('.')) : (field as Field | undefined);
  const options = optionsOf(definition);
  const one = (v: unknown) => {
    const option = options.find((o) => o.value === v);
    return option ? resolveLabel(option.label, frame.lang) : labelOf(v, frame.lang);
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function findField(fields: readonly Field[], keys: readonly string[]): Field | undefined {
  const [key, ...rest] = keys;
  const field = fields.find((f) => f.key === key);
  if (!field || rest.length === 0) return field;
  return findField(childFields(field), rest);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
