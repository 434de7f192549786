import fs from 'node:fs';
import path from 'node:path';
import { calendarFor } from '../runtime/calendar/index';
import type { Calendar, Ruleset } from '../runtime/definitions/types';
import { calendarImpact, rulesetImpact } from '../server/usecases/impact';
import type { BenchRow } from './row';
import { cloneCases, preparedDatabase, tempDir } from './submitLoad';

const CASES = 100_000;

const readJson = <T>(relative: string) => JSON.parse(fs.readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;

/**
 * Impact previews over 100 000 cases in flight stored in SQLite: a calendar with one more
 * holiday, and a ruleset with one rule changed, each replayed over every case that uses it.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = tempDir('impact');
  try {
    const { db, submitted } = await preparedDatabase(path.join(dir, 'qagida.sqlite'));
    // every case in progress, submitted at a different minute over the last ~70 days
    await cloneCases(db, submitted, 'case-', CASES, {
      status: `'in-progress'`,
      replay: `json_set(t.replay, '$.events.submitted', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || i || ' minutes'),
        '$.events.received', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || i || ' minutes'))`,
    });

    const kz = readJson<Calendar>('../definitions/calendars/kz.json');
    const calendar = calendarFor({ ...kz, version: undefined });
    const day = new Date(Date.now() + 7 * 86_400_000);
    while (!calendar.isWorkingDay(day)) day.setTime(day.getTime() + 86_400_000);
    const withHoliday: Calendar = {
      ...kz,
      extraHolidays: [
        ...kz.extraHolidays,
        { date: calendar.localDate(day), label: { kk: 'Демалыс', ru: 'Выходной', en: 'Day off' } },
      ],
    };
    const decision = readJson<Ruleset>('../rules/archival-reference-decision.json');
    // the decision "reference" renamed: the first rule stops firing where it did
    const changed = JSON.parse(
      JSON.stringify(decision).replace('"value":"reference"', '"value":"reference-issued"'),
    ) as Ruleset;

    await calendarImpact(db, kz.id, withHoliday); // warm-up: builds the candidate's tables once, JITs the replay
    let started = performance.now();
    const moved = await calendarImpact(db, kz.id, withHoliday);
    const calendarMs = performance.now() - started;
    await rulesetImpact(db, decision.id, changed);
    started = performance.now();
    const differing = await rulesetImpact(db, decision.id, changed);
    const rulesetMs = performance.now() - started;
    await db.close();
    console.error(
      `[bench] impact: ${moved.length} deadlines move with the holiday, ${differing.length} cases differ with the ruleset`,
    );
    return [
      {
        name: 'impact: calendar (a holiday added), 100k cases in flight',
        value: calendarMs,
        unit: 'ms',
        target: '≤ 2,000 ms',
      },
      {
        name: 'impact: ruleset (one rule changed), 100k cases in flight',
        value: rulesetMs,
        unit: 'ms',
        target: '≤ 2,000 ms',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
