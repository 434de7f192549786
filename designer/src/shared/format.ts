/**
 * One way to show time: `Intl` in the interface language (kk-KZ, ru-RU, en-GB), always in the
 * calendar's zone (the national calendar definition's) whatever the browser's zone; CSV and machines get ISO 8601
 * with the offset.
 */
import { i18next } from '../i18n';
import { isoWithOffset as isoInZone, zonedParts } from '../../../runtime/i18n/isoWithOffset';
import { CALENDAR_ZONE } from './nationalCalendar';

export { CALENDAR_ZONE };

const LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** The Intl locale of the interface language now chosen. */
export function uiLocale(lang: string = i18next.language): string {
  return LOCALES[lang] ?? 'ru-RU';
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** "пт, 20 мар. 2026 г., 17:45" / "Fri, 20 Mar 2026, 17:45": an instant, in the calendar's zone. */
export function formatInstant(
  instant: Date | string | null | undefined,
  timeZone: string = CALENDAR_ZONE,
  lang?: string,
): string {
  if (!instant) return '—';
  const date = toDate(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const locale = uiLocale(lang);
  if (locale === 'kk-KZ' && !hasKazakhData()) return kazakhInstant(date, timeZone);
  return new Intl.DateTimeFormat(locale, { timeZone, ...INSTANT_PARTS }).format(date);
}

/** What formatInstant shows of an instant: weekday, day, month and year, hour and minute on a 24-hour clock. */
export const INSTANT_PARTS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

// Chromium ships a reduced ICU without Kazakh names ("2026 M03 20, Fri"): then the names come from here,
// in the order Node's full ICU writes kk-KZ ("2026 ж. 20 нау., жм, 17:45").
const KK_MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const KK_WEEKDAYS = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];
let kazakhData: boolean | undefined;

function hasKazakhData(): boolean {
  kazakhData ??= /[а-яәіңғүұқөһ]/i.test(
    new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 15))),
  );
  return kazakhData;
}

/** The numbers of an instant in a zone: year, month (1–12), day, weekday (0 = Sunday), hour, minute. */
function partsIn(date: Date, timeZone: string) {
  const parts = zonedParts(date, timeZone);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  return { ...parts, weekdayIndex: weekday } as Record<string, string | undefined> & { weekdayIndex: number };
}

export function kazakhInstant(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  const month = KK_MONTHS[Number(p.month) - 1] ?? p.month;
  return `${p.year} ж. ${Number(p.day)} ${month}, ${KK_WEEKDAYS[p.weekdayIndex] ?? ''}, ${p.hour}:${p.minute}`;
}

/** "20.03.2026" (kk, ru) / "20/03/2026" (en): a civil date (YYYY-MM-DD), or the day of an instant in the calendar's zone. */
export function formatDate(value: Date | string | null | undefined, lang?: string): string {
  if (!value) return '—';
  const civil = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  let year: string, month: string, day: string;
  if (civil) [, year = '', month = '', day = ''] = civil;
  else {
    const date = toDate(value as Date | string);
    if (Number.isNaN(date.getTime())) return String(value);
    ({ year = '', month = '', day = '' } = partsIn(date, CALENDAR_ZONE));
  }
  return uiLocale(lang) === 'en-GB' ? `${day}/${month}/${year}` : `${day}.${month}.${year}`;
}

/** "2026-03-20T17:45:00+05:00": ISO 8601 in the calendar's zone, with its offset (for CSV and exports). */
export function isoWithOffset(instant: Date | string, timeZone: string = CALENDAR_ZONE): string {
  return isoInZone(instant, timeZone);
}

/** "3 d 4 h left" / "осталось 3 д 4 ч": the time between now and a due instant, in the interface language. */
export function timeLeft(due: Date | string | null | undefined, now: Date = new Date(), lang?: string): string {
  if (!due) return '—';
  const t = i18next.getFixedT(lang ?? i18next.language, 'common');
  const ms = toDate(due).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const span = days
    ? t('time.daysHours', { days, hours })
    : hours
      ? t('time.hoursMinutes', { hours, minutes })
      : t('time.minutes', { minutes });
  return ms >= 0 ? t('time.left', { span }) : t('time.overdue', { span });
}
