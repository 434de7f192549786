import type { Calendar, LocalizedText, Source } from '../definitions/types';
import { daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate } from './civil';

/** Why a date is a public day off under the calendar's law. */
export interface PublicHoliday {
  date: string;
  label: LocalizedText;
  /** a day off given in place of a holiday that fell on a day off */
  substitute: boolean;
  /** the act and paragraph that make the day a day off (for a substitute: the rule, with the holiday named in the note) */
  source: Source;
}

interface Observed {
  day: number;
  label: LocalizedText;
  /** whether falling on a day off gives a substitute day off */
  substitutes: boolean;
  source: Source;
}

/**
 * The days off the calendar's `law` gives over [fromYear, toYear]: the statutory holidays of
 * each year they apply in, the days announced for one year (religious holidays), and the
 * substitute days off of holidays that fall on a day off. Decree transfers and extra
 * holidays are applied by the day table, not here. No `law`, no holidays.
 */
export function publicHolidays(def: Calendar, fromYear: number, toYear: number): Map<string, PublicHoliday> {
  const result = new Map<string, PublicHoliday>();
  const law = def.law;
  if (!law) return result;
  const observed: Observed[] = [];
  // A year earlier and later, so that substitutes crossing a year end are resolved too.
  for (let year = fromYear - 1; year <= toYear + 1; year++) {
    for (const holiday of law.holidays) {
      if ((holiday.years?.from ?? -Infinity) > year || (holiday.years?.to ?? Infinity) < year) continue;
      for (const monthDay of holiday.dates) {
        const [month, day] = monthDay.split('-').map(Number) as [number, number];
        observed.push({
          day: daysFromCivil(year, month, day),
          label: holiday.label,
          substitutes: holiday.substitute,
          source: holiday.source,
        });
      }
    }
  }
  for (const dated of law.dated) {
    observed.push({
      day: parseIsoDate(dated.date),
      label: dated.label,
      substitutes: dated.substitute,
      source: dated.source,
    });
  }
  const substitutes = resolveSubstitutes(observed, new Set(def.workWeek)).map((s) => ({
    ...s,
    source: { ...law.substituteRule.source, note: `substitute for ${formatIsoDate(s.for)}` },
  }));
  const add = (day: number, entry: Omit<PublicHoliday, 'date'>) => {
    const date = formatIsoDate(day);
    const year = Number(date.slice(0, 4));
    if (year < fromYear || year > toYear || result.has(date)) return;
    result.set(date, { date, ...entry });
  };
  for (const h of observed) add(h.day, { label: h.label, substitute: false, source: h.source });
  for (const s of substitutes) add(s.day, { label: s.label, substitute: true, source: s.source });
  return result;
}

/**
 * The labour law moves the day off of a holiday that falls on a day off to the next working
 * day after the holidays. Each such holiday, in date order, gives its substitute the first
 * day after it that is a working weekday, not a holiday of any kind, and not taken by an
 * earlier substitute (2026: Nauryz on Sat 21, Sun 22, Mon 23 March gives Tue 24 and Wed 25).
 */
export function resolveSubstitutes(
  observed: readonly Observed[],
  workWeek: ReadonlySet<number>,
): { day: number; for: number; label: LocalizedText }[] {
  const holidays = new Set(observed.map((h) => h.day));
  const taken = new Set<number>();
  const resolved: { day: number; for: number; label: LocalizedText }[] = [];
  const due = observed.filter((h) => h.substitutes && !workWeek.has(isoWeekday(h.day)));
  for (const holiday of [...due].sort((a, b) => a.day - b.day)) {
    let day = holiday.day + 1;
    while (holidays.has(day) || taken.has(day) || !workWeek.has(isoWeekday(day))) day++;
    taken.add(day);
    resolved.push({ day, for: holiday.day, label: holiday.label });
  }
  return resolved;
}

/** The years of a calendar's range that its law does not mark confirmed: Admin and validate flag them. */
export function unconfirmedYears(def: Calendar): number[] {
  const confirmed = new Set((def.law?.years ?? []).filter((y) => y.confirmed).map((y) => y.year));
  const years: number[] = [];
  for (let year = def.years.from; year <= def.years.to; year++) if (!confirmed.has(year)) years.push(year);
  return years;
}
