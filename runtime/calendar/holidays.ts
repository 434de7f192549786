import Holidays, { type HolidaysTypes } from 'date-holidays';
import type { Calendar, LocalizedText } from '../definitions/types';
import { formatIsoDate, isoWeekday, parseIsoDate } from './civil';

/** Why a date is a public day off, as the calendar's holiday source gives it. */
export interface PublicHoliday {
  date: string;
  label: LocalizedText;
  /** a day off given in place of a holiday that fell on a day off */
  substitute: boolean;
}

const LANGUAGES = ['kk', 'ru', 'en'] as const;
const SUBSTITUTE_SUFFIX = / \(substitute day\)$/;

interface LibraryHoliday {
  day: number;
  label: LocalizedText;
  substitute: boolean;
}

/**
 * The public holidays of a calendar definition over [fromYear, toYear]: date-holidays for the
 * country (substitute days off included when `substitutes` is set), less `exclude`.
 * Extra holidays and decree transfers are applied by the day table, not here.
 */
export function publicHolidays(def: Calendar, fromYear: number, toYear: number): Map<string, PublicHoliday> {
  const result = new Map<string, PublicHoliday>();
  const source = def.holidays;
  if (!source) return result;
  const library = new Holidays(source.country, { types: (source.types ?? ['public']) as HolidaysTypes.HolidayType[] });
  if (!library.getCountries()[source.country]) {
    throw new RangeError(`calendar ${def.id}: date-holidays knows no country "${source.country}"`);
  }
  const fixed: LibraryHoliday[] = [];
  const substitutes: LibraryHoliday[] = [];
  // A year earlier and later, so that substitutes crossing a year end are resolved too.
  for (let year = fromYear - 1; year <= toYear + 1; year++) {
    for (const entry of holidaysOfYear(library, year)) (entry.substitute ? substitutes : fixed).push(entry);
  }
  const workWeek = new Set(def.workWeek);
  const resolved = source.substitutes ? resolveSubstitutes(fixed, substitutes, workWeek) : [];
  const excluded = new Set((source.exclude ?? []).map((e) => e.date));
  for (const entry of [...fixed, ...resolved]) {
    const date = formatIsoDate(entry.day);
    const year = Number(date.slice(0, 4));
    if (year < fromYear || year > toYear || excluded.has(date) || result.has(date)) continue;
    result.set(date, { date, label: entry.label, substitute: entry.substitute });
  }
  return result;
}

/** One year of the library's holidays, named in each language we label in. */
function holidaysOfYear(library: Holidays, year: number): LibraryHoliday[] {
  const byLanguage = LANGUAGES.map((lang) => library.getHolidays(year, lang));
  const base = byLanguage[0] ?? [];
  return base.map((holiday, i) => {
    const label: LocalizedText = {};
    LANGUAGES.forEach((lang, l) => {
      const named = byLanguage[l]?.[i];
      // The lists come from the same rules in the same order; a mismatch would mean another date.
      if (named && named.date === holiday.date) label[lang] = named.name.replace(SUBSTITUTE_SUFFIX, '');
    });
    // date-holidays prints "YYYY-MM-DD hh:mm:ss[ ±hhmm]" in the country's local time.
    return { day: parseIsoDate(holiday.date.slice(0, 10)), label, substitute: holiday.substitute === true };
  });
}

/**
 * Labour law moves a holiday that falls on a day off to the next working day after the
 * holidays. date-holidays places each substitute on the next weekday without looking at
 * other holidays, so it can land on a holiday (KZ 2026: Nauryz 21 Sat, 22 Sun, 23 Mon gets
 * substitutes on 23 and 24). Each substitute, in date order, moves on to the first day that
 * is a working weekday, not a holiday, and not taken by an earlier substitute.
 */
export function resolveSubstitutes(
  fixed: readonly LibraryHoliday[],
  substitutes: readonly LibraryHoliday[],
  workWeek: ReadonlySet<number>,
): LibraryHoliday[] {
  const holidays = new Set(fixed.map((h) => h.day));
  const taken = new Set<number>();
  const resolved: LibraryHoliday[] = [];
  for (const substitute of [...substitutes].sort((a, b) => a.day - b.day)) {
    let day = substitute.day;
    while (holidays.has(day) || taken.has(day) || !workWeek.has(isoWeekday(day))) day++;
    taken.add(day);
    resolved.push({ ...substitute, day });
  }
  return resolved;
}
