import { unconfirmedYears } from '../../runtime/calendar/holidays';
import type { Calendar } from '../../runtime/definitions/types';
import { holidayCrossCheck } from './holidayCrossCheck';
import type { DefinitionFile } from './loadDefinitionFiles';

/** Years listed as ranges: 2015–2024, 2027–2040. */
function ranges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === (years[j] as number) + 1) j++;
    parts.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * What validate reports about calendars without failing: the years whose data (announced
 * religious dates, the transfer order) is not confirmed, and where date-holidays disagrees
 * with the cited law in the confirmed years and the next (a prompt to check, never a verdict).
 */
export function calendarWarnings(files: readonly DefinitionFile[]): string[] {
  const warnings: string[] = [];
  for (const { file, body } of files) {
    const def = body as Partial<Calendar> | undefined;
    if (def?.kind !== 'calendar' || !def.law) continue;
    const calendar = def as Calendar;
    const unconfirmed = unconfirmedYears(calendar);
    if (unconfirmed.length > 0) warnings.push(`${file}: years not confirmed: ${ranges(unconfirmed)}`);
    const confirmed = calendar.law!.years.filter((y) => y.confirmed).map((y) => y.year);
    const country = calendar.law!.crossCheckCountry;
    if (confirmed.length === 0 || !country) continue;
    const years = [...confirmed, Math.max(...confirmed) + 1].filter((y) => y <= calendar.years.to);
    for (const d of holidayCrossCheck(calendar, country, years)) {
      warnings.push(
        `${file}: date-holidays says ${d.date} is ${d.library}${d.libraryName ? ` (${d.libraryName})` : ''}, the cited law ${d.calendar}`,
      );
    }
  }
  return warnings;
}
