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
  /** the rule and year date-holidays computed it from: a substitute shares its holiday's */
  rule: string;
  year: number;
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
  const years = libraryYears(source.country, source.types ?? ['public']);
  const fixed: LibraryHoliday[] = [];
  const substitutes: LibraryHoliday[] = [];
  // A year earlier and later, so that substitutes crossing a year end are resolved too.
  for (let year = fromYear - 1; year <= toYear + 1; year++) {
    for (const entry of years(year)) (entry.substitute ? substitutes : fixed).push(entry);
  }
  // An excluded holiday takes its substitute with it, and no longer pushes other substitutes on.
  const excluded = new Set((source.exclude ?? []).map((e) => parseIsoDate(e.date)));
  const observed = fixed.filter((h) => !excluded.has(h.day));
  const dropped = new Set(fixed.filter((h) => excluded.has(h.day)).map((h) => `${h.year}|${h.rule}`));
  const kept = substitutes.filter((h) => !excluded.has(h.day) && !dropped.has(`${h.year}|${h.rule}`));
  const resolved = source.substitutes ? resolveSubstitutes(observed, kept, new Set(def.workWeek)) : [];
  for (const entry of [...observed, ...resolved]) {
    const date = formatIsoDate(entry.day);
    const year = Number(date.slice(0, 4));
    if (year < fromYear || year > toYear || result.has(date)) continue;
    result.set(date, { date, label: entry.label, substitute: entry.substitute });
  }
  return result;
}

const libraries = new Map<string, (year: number) => readonly LibraryHoliday[]>();

/**
 * The library's holidays of a country by year, memoised: date-holidays takes milliseconds per
 * year and per language, and every version of a calendar (and every test copy) asks again.
 */
function libraryYears(country: string, types: readonly string[]): (year: number) => readonly LibraryHoliday[] {
  const key = `${country}|${types.join(',')}`;
  const known = libraries.get(key);
  if (known) return known;
  const library = new Holidays(country, { types: types as HolidaysTypes.HolidayType[] });
  if (!library.getCountries()[country]) throw new RangeError(`date-holidays knows no country "${country}"`);
  const names = new Map<string, LocalizedText>();
  const byYear = new Map<number, readonly LibraryHoliday[]>();
  const lookup = (year: number) => {
    let holidays = byYear.get(year);
    if (!holidays) {
      holidays = holidaysOfYear(library, year, names);
      byYear.set(year, holidays);
    }
    return holidays;
  };
  libraries.set(key, lookup);
  return lookup;
}

/**
 * One year of the library's holidays, named in each language we label in. Names depend only on
 * the rule, so other languages are fetched once per rule seen (date-holidays is slow per call).
 */
function holidaysOfYear(library: Holidays, year: number, names: Map<string, LocalizedText>): LibraryHoliday[] {
  const base = library.getHolidays(year, LANGUAGES[0]);
  if (base.some((h) => !names.has(h.rule))) {
    const byLanguage = LANGUAGES.map((lang) => library.getHolidays(year, lang));
    for (const [l, lang] of LANGUAGES.entries()) {
      for (const holiday of byLanguage[l] ?? []) {
        const label = names.get(holiday.rule) ?? {};
        label[lang] ??= holiday.name.replace(SUBSTITUTE_SUFFIX, '');
        names.set(holiday.rule, label);
      }
    }
  }
  return base.map((holiday) => ({
    // date-holidays prints "YYYY-MM-DD hh:mm:ss[ ±hhmm]" in the country's local time.
    day: parseIsoDate(holiday.date.slice(0, 10)),
    rule: holiday.rule,
    year,
    label: names.get(holiday.rule) ?? { [LANGUAGES[0]]: holiday.name },
    substitute: holiday.substitute === true,
  }));
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
