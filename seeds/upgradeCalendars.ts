import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate, type Calendar } from '../runtime/definitions/index';
import type { Db } from '../server/db/connection';
import { digest } from '../server/digest';
import { applyCalendar } from '../server/usecases/calendarPublish';
import { createContext, recordAudit, type Actor } from '../server/usecases/context';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const UPGRADER: Actor = { username: 'upgrade', role: 'admin' };

export interface CalendarUpgrade {
  id: string;
  from: number;
  to: number;
  /** the administrator's own entries carried over, by date */
  kept: { extraHolidays: string[]; transfers: string[] };
  /** cases in flight whose deadlines the cited calendar moved */
  moved: number;
}

type Entry = { date: string };

/**
 * A stored calendar body, in whatever shape it was published (the old one, with `holidays`, no longer
 * validates: telling it by its kind is what lets it be upgraded).
 */
function isCalendarBody(body: unknown): body is Calendar {
  return typeof body === 'object' && body !== null && 'kind' in body && body.kind === 'calendar';
}

/** The shipped calendars that state the law as data (definitions/calendars/*.json with `law`). */
function shippedCitedCalendars(dir: string): Calendar[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Calendar)
    .filter((c) => c.kind === 'calendar' && c.law !== undefined);
}

/**
 * The shipped calendar with what an administrator added to the stored one: extra holidays and
 * transfers on dates the cited calendar does not itself set (where it does, the cited entry wins),
 * and the stored range of years if it reaches further, so cases pinned to it keep their days.
 */
export function mergeCalendar(shipped: Calendar, stored: Calendar, version: number) {
  const lawDates = new Set((shipped.law?.dated ?? []).map((d) => d.date));
  const shippedDates = new Set([...shipped.extraHolidays, ...shipped.transfers].map((e) => e.date));
  const own = <T extends Entry>(entries: readonly T[] | undefined) =>
    (entries ?? []).filter((e) => !shippedDates.has(e.date) && !lawDates.has(e.date));
  const extraHolidays = own(stored.extraHolidays);
  const transfers = own(stored.transfers);
  const byDate = (a: Entry, b: Entry) => a.date.localeCompare(b.date);
  const body: Calendar = {
    ...shipped,
    version,
    extraHolidays: [...shipped.extraHolidays, ...extraHolidays].sort(byDate),
    transfers: [...shipped.transfers, ...transfers].sort(byDate),
    years: {
      from: Math.min(shipped.years.from, stored.years?.from ?? shipped.years.from),
      to: Math.max(shipped.years.to, stored.years?.to ?? shipped.years.to),
    },
  };
  return { body, kept: { extraHolidays: extraHolidays.map((e) => e.date), transfers: transfers.map((e) => e.date) } };
}

/**
 * A database seeded before the `kz` calendar stated the law as data holds its old shape, whose
 * `holidays` named the date-holidays package: that package no longer decides, so the stored
 * calendar now has no public holidays at all. For each shipped calendar with `law` whose stored
 * head has none, this publishes the cited calendar as the next version, keeping the administrator's
 * own additions, and applies it to the cases in flight as any calendar publish does (re-pins them,
 * moves their deadlines, one audit entry). Idempotent: a stored calendar with `law` is left alone,
 * as is one the database does not hold (seeding publishes it).
 */
export async function upgradeCalendars(db: Db, options: { dir?: string } = {}): Promise<CalendarUpgrade[]> {
  const ctx = createContext(db, { production: true, sessionHours: 12 });
  const done: CalendarUpgrade[] = [];
  for (const shipped of shippedCitedCalendars(options.dir ?? path.join(ROOT, 'definitions', 'calendars'))) {
    const upgrade = await db.transaction(async (t) => {
      const latest = await ctx.definitions.latestVersion('calendar', shipped.id, t);
      if (latest === null) return null;
      const stored = await ctx.definitions.published('calendar', shipped.id, latest, t);
      const storedBody = stored?.body;
      if (!isCalendarBody(storedBody) || storedBody.law !== undefined) return null;
      const version = latest + 1;
      const { body, kept } = mergeCalendar(shipped, storedBody, version);
      const problems = validate(body);
      if (problems.length)
        throw new Error(`the upgraded calendar ${shipped.id} is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
      const plain: Record<string, unknown> = body;
      await ctx.definitions.publish(
        {
          kind: 'calendar',
          id: shipped.id,
          version,
          body: plain,
          digest: digest(plain) as string,
          author: UPGRADER.username,
          at: ctx.now(),
        },
        t,
      );
      await recordAudit(ctx, t, {
        actor: UPGRADER.username,
        action: 'definition.publish',
        entity: 'calendar',
        entityId: shipped.id,
        before: stored?.body ?? null,
        after: plain,
        details: { version, upgrade: 'cited-calendar', kept },
      });
      const applied = await applyCalendar(ctx, UPGRADER, body, t);
      return { id: shipped.id, from: latest, to: version, kept, moved: applied.moved };
    });
    if (upgrade) done.push(upgrade);
  }
  return done;
}
