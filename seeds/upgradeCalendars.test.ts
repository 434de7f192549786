import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../runtime/calendar/workingCalendar';
import { validate, type Calendar } from '../runtime/definitions/index';
import { openDatabase, type Db } from '../server/db/connection';
import { digest } from '../server/digest';
import { createContext } from '../server/usecases/context';
import { upgradeCalendars } from './upgradeCalendars';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The kz calendar as the seed published it before the law was data (commit 2b5e130^): holidays came from date-holidays. */
const OLD_SHAPE = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'seeds/fixtures/kz-calendar-before-law.json'), 'utf8'),
) as Record<string, unknown>;
const CITED = JSON.parse(fs.readFileSync(path.join(ROOT, 'definitions/calendars/kz.json'), 'utf8')) as Calendar;

const opened: { db: Db; dir: string }[] = [];
afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function sqliteFile(): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qagida-upgrade-'));
  const db = await openDatabase(`sqlite:${path.join(dir, 'q.sqlite')}`);
  opened.push({ db, dir });
  return db;
}

/** Publishes a calendar body as the given version, as the seed and the designer do, without today's checks. */
async function publishRaw(db: Db, body: Record<string, unknown>, version: number, author: string) {
  const ctx = createContext(db, { production: true, sessionHours: 12 });
  const published = { ...body, version };
  await db.transaction((t) =>
    ctx.definitions.publish(
      {
        kind: 'calendar',
        id: 'kz',
        version,
        body: published,
        digest: digest(published) as string,
        author,
        at: ctx.now(),
      },
      t,
    ),
  );
}

async function stored(db: Db, version: number) {
  const ctx = createContext(db, { production: true, sessionHours: 12 });
  return ctx.definitions.published('calendar', 'kz', version);
}

describe('upgradeCalendars()', () => {
  it("when a database holds the old-shape kz calendar with an administrator's additions, then the cited calendar becomes the next version, keeping them", async () => {
    const db = await sqliteFile();
    expect(validate({ ...OLD_SHAPE, version: 1 }).length).toBeGreaterThan(0); // the old shape no longer validates
    await publishRaw(db, OLD_SHAPE, 1, 'seed');
    // the administrator added a day off of their own, a transfer of their own, and the 2025 order's 3 January by hand
    await publishRaw(
      db,
      {
        ...OLD_SHAPE,
        extraHolidays: [{ date: '2025-12-31', label: { en: 'Regional day off' } }],
        transfers: [
          { date: '2025-11-08', working: true, label: { en: 'Saturday worked for 31 December' } },
          { date: '2025-01-03', working: false, label: { en: 'Entered by hand' } },
        ],
      },
      2,
      'admin',
    );

    const result = await upgradeCalendars(db);

    expect(result).toEqual([
      { id: 'kz', from: 2, to: 3, kept: { extraHolidays: ['2025-12-31'], transfers: ['2025-11-08'] }, moved: 0 },
    ]);
    const v3 = await stored(db, 3);
    expect(v3?.author).toBe('upgrade');
    const body = v3!.body as unknown as Calendar;
    expect(validate(body)).toEqual([]);
    expect(body.law).toEqual(CITED.law);
    // the cited 3 January wins over the hand-made copy: one entry, with its citation
    expect(body.transfers.filter((t) => t.date === '2025-01-03')).toEqual(
      CITED.transfers.filter((t) => t.date === '2025-01-03'),
    );
    const calendar = WorkingCalendar.fromDefinition(body);
    expect(calendar.isWorkingDay('2025-01-03')).toBe(false); // the 2025 transfer order
    expect(calendar.isWorkingDay('2025-03-21')).toBe(false); // Nauryz, which the old shape no longer gave
    expect(calendar.isWorkingDay('2026-03-16')).toBe(true); // no substitute for Constitution Day in 2026
    expect(calendar.isWorkingDay('2025-12-31')).toBe(false); // the administrator's day off, kept
    expect(calendar.isWorkingDay('2025-11-08')).toBe(true); // the administrator's Saturday, kept

    const audit = (await db.models.Audit.findAll({
      where: { entity: 'calendar', actor: 'upgrade' },
      raw: true,
    })) as unknown as {
      details: unknown;
    }[];
    expect(audit).toHaveLength(1);
  });

  it('when it runs again, or the stored calendar already states the law, then nothing changes', async () => {
    const db = await sqliteFile();
    await publishRaw(db, OLD_SHAPE, 1, 'seed');
    expect(await upgradeCalendars(db)).toHaveLength(1);
    expect(await upgradeCalendars(db)).toEqual([]);
    expect(await stored(db, 3)).toBeNull();

    const fresh = await sqliteFile();
    await publishRaw(fresh, CITED as unknown as Record<string, unknown>, 1, 'seed');
    expect(await upgradeCalendars(fresh)).toEqual([]);
    expect(await stored(fresh, 2)).toBeNull();
  });

  it('when the database holds no kz calendar, then nothing is published (seeding does that)', async () => {
    const db = await sqliteFile();
    expect(await upgradeCalendars(db)).toEqual([]);
    expect(await stored(db, 1)).toBeNull();
  });
});
