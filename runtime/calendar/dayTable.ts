import { DateTime, IANAZone } from 'luxon';
import type { Calendar, LocalizedText, Source } from '../definitions/types';
import { civilFromDays, daysFromCivil, isoWeekday, parseIsoDate } from './civil';
import { publicHolidays } from './holidays';

/** Why a day is (or is not) a working day. */
export type DayReason = 'working-day' | 'weekend' | 'holiday' | 'substitute' | 'extra-holiday' | 'transfer';
const REASONS: readonly DayReason[] = ['working-day', 'weekend', 'holiday', 'substitute', 'extra-holiday', 'transfer'];

/**
 * A calendar precomputed over its years, one slot per local day. Day i is the local date
 * `firstDay + i` (day numbers of civil.ts). Counting working days becomes arithmetic on
 * `prefix`, and "the k-th working day" a lookup in `workingDays`.
 */
export interface DayTable {
  firstDay: number;
  /** number of days covered */
  size: number;
  working: Uint8Array;
  /** index into REASONS */
  reason: Uint8Array;
  /** prefix[i] = working days among days [0, i); length size + 1 */
  prefix: Int32Array;
  /** workingDays[k] = index of the (k+1)-th working day */
  workingDays: Int32Array;
  /** index of the first working day ≥ i, or size when there is none */
  nextWorking: Int32Array;
  /** index of the last working day ≤ i, or -1 when there is none */
  prevWorking: Int32Array;
  /** UTC epoch ms of the first instant of each local day; length size + 1 */
  midnight: Float64Array;
  /** 1 where the zone offset changes during the day (DST), so clock times need luxon */
  irregular: Uint8Array;
  /** holiday and transfer names by day index */
  labels: Map<number, LocalizedText>;
  /** the citation of each day off and transfer, by day index */
  sources: Map<number, Source>;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function reasonName(code: number): DayReason {
  return REASONS[code] ?? 'working-day';
}

export function buildDayTable(def: Calendar): DayTable {
  const { from, to } = def.years;
  if (to < from) throw new RangeError(`calendar ${def.id}: years.to ${to} is before years.from ${from}`);
  if (!IANAZone.isValidZone(def.timeZone)) {
    throw new RangeError(`calendar ${def.id}: "${def.timeZone}" is not an IANA time zone`);
  }
  const firstDay = daysFromCivil(from, 1, 1);
  const size = daysFromCivil(to + 1, 1, 1) - firstDay;
  const working = new Uint8Array(size);
  const reason = new Uint8Array(size);
  const labels = new Map<number, LocalizedText>();
  const sources = new Map<number, Source>();
  const workWeek = new Set(def.workWeek);
  const inRange = (date: string, what: string): number => {
    const i = parseIsoDate(date) - firstDay;
    if (i < 0 || i >= size) throw new RangeError(`calendar ${def.id}: ${what} ${date} is outside years ${from}–${to}`);
    return i;
  };

  for (let i = 0; i < size; i++) {
    const open = workWeek.has(isoWeekday(firstDay + i));
    working[i] = open ? 1 : 0;
    reason[i] = REASONS.indexOf(open ? 'working-day' : 'weekend');
  }
  for (const holiday of publicHolidays(def, from, to).values()) {
    const i = inRange(holiday.date, 'holiday');
    working[i] = 0;
    reason[i] = REASONS.indexOf(holiday.substitute ? 'substitute' : 'holiday');
    labels.set(i, holiday.label);
    sources.set(i, holiday.source);
  }
  for (const extra of def.extraHolidays) {
    const i = inRange(extra.date, 'extra holiday');
    working[i] = 0;
    reason[i] = REASONS.indexOf('extra-holiday');
    labels.set(i, extra.label);
    if (extra.source) sources.set(i, extra.source);
  }
  // A decree has the last word: it can make a Saturday (or even a holiday) a working day.
  for (const transfer of def.transfers) {
    const i = inRange(transfer.date, 'transfer');
    working[i] = transfer.working ? 1 : 0;
    reason[i] = REASONS.indexOf('transfer');
    labels.set(i, transfer.label);
    if (transfer.source) sources.set(i, transfer.source);
    else sources.delete(i);
  }

  const prefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) prefix[i + 1] = (prefix[i] as number) + (working[i] as number);
  const workingDays = new Int32Array(prefix[size] as number);
  const nextWorking = new Int32Array(size);
  const prevWorking = new Int32Array(size);
  let last = -1;
  for (let i = 0; i < size; i++) {
    if (working[i]) {
      workingDays[prefix[i] as number] = i;
      last = i;
    }
    prevWorking[i] = last;
  }
  let next = size;
  for (let i = size - 1; i >= 0; i--) {
    if (working[i]) next = i;
    nextWorking[i] = next;
  }

  const { midnight, irregular } = zoneTable(def.timeZone, firstDay, size);
  return {
    firstDay,
    size,
    working,
    reason,
    prefix,
    workingDays,
    nextWorking,
    prevWorking,
    midnight,
    irregular,
    labels,
    sources,
  };
}

/**
 * Zone tables by zone and range. They depend on nothing else a calendar defines (not its holidays,
 * hours or rules), and asking the zone for every day of a century costs ~100 ms: a preview of a
 * calendar with one more holiday, or a new version of it, reuses the table of the last. Shared
 * between calendars, so read-only once built.
 */
const zoneTables = new Map<string, { midnight: Float64Array; irregular: Uint8Array }>();
const ZONE_TABLES_MAX = 32;

function zoneTable(timeZone: string, firstDay: number, size: number) {
  const key = `${timeZone}|${firstDay}|${size}`;
  let table = zoneTables.get(key);
  if (!table) {
    table = buildZoneTable(timeZone, firstDay, size);
    if (zoneTables.size >= ZONE_TABLES_MAX) zoneTables.delete(zoneTables.keys().next().value as string);
    zoneTables.set(key, table);
  }
  return table;
}

/**
 * Local midnights from luxon's zone rules (Asia/Almaty was UTC+6 until 1 March 2024, UTC+5 since).
 * The offset rarely changes, so each day first tries the previous day's offset and asks the zone
 * once to confirm; luxon builds the exact instant only around a change.
 */
function buildZoneTable(timeZone: string, firstDay: number, size: number) {
  const zone = IANAZone.create(timeZone);
  const midnight = new Float64Array(size + 1);
  const irregular = new Uint8Array(size);
  let offset = zone.offset(firstDay * DAY_MS);
  for (let i = 0; i <= size; i++) {
    const wall = (firstDay + i) * DAY_MS;
    let instant = wall - offset * MINUTE_MS;
    if (zone.offset(instant) !== offset) {
      const { year, month, day } = civilFromDays(firstDay + i);
      instant = DateTime.fromObject({ year, month, day }, { zone: timeZone }).toMillis();
      offset = zone.offset(instant);
    }
    midnight[i] = instant;
  }
  // A day whose offset changes is not 24 hours long (Almaty's 29 February 2024 lasted 25).
  for (let i = 0; i < size; i++) {
    if ((midnight[i + 1] as number) - (midnight[i] as number) !== DAY_MS) irregular[i] = 1;
  }
  return { midnight, irregular };
}
