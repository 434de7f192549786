/**
 * One way to show time: `Intl` in the interface language (kk-KZ, ru-RU, en-GB), always in the
 * calendar's zone (Asia/Almaty) whatever the browser's zone; CSV and machines get ISO 8601 with the offset.
 */
import { i18next } from '../i18n';

export const CALENDAR_ZONE = 'Asia/Almaty';

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
  return new Intl.DateTimeFormat(uiLocale(lang), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** "20.03.2026" (kk, ru) / "20/03/2026" (en): a civil date (YYYY-MM-DD), or the day of an instant in the calendar's zone. */
export function formatDate(value: Date | string | null | undefined, lang?: string): string {
  if (!value) return '—';
  const civil = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = civil ? new Date(`${value}T12:00:00Z`) : toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(uiLocale(lang), {
    timeZone: civil ? 'UTC' : CALENDAR_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/** "2026-03-20T17:45:00+05:00": ISO 8601 in the calendar's zone, with its offset (for CSV and exports). */
export function isoWithOffset(instant: Date | string, timeZone: string = CALENDAR_ZONE): string {
  const date = toDate(instant);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
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
