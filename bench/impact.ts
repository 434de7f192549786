import fs from 'node:fs';
import path from 'node:path';
import { deadlineShifts, type StoredDeadline } from '../runtime/calendar/impact';
import { calendarFor, dueDates } from '../runtime/calendar/index';
import type { Calendar, Deadline, Ruleset } from '../runtime/definitions/types';
import { startProcess } from '../runtime/process/index';
import type { Db } from '../server/db/connection';
import { effectiveData, evaluateRulesets, replayOf, type CaseReplay } from '../server/usecases/caseEvaluation';
import {
  deadlineEvents,
  load,
  nextDue,
  normalizeDue,
  processOf,
  startCase,
  type PinnedDefinitions,
} from '../server/usecases/cases';
import { createContext } from '../server/usecases/context';
import { calendarImpact, rulesetImpact } from '../server/usecases/impact';
import { caseReplayRepository } from '../server/repositories/caseReplay';
import { alternate, compared, timeMs, type BenchOptions, type BenchRow } from './row';
import { cloneCases, preparedDatabase, tempDir } from './submitLoad';

const DAY = 86_400_000;
/** cases were submitted at any time over the last SPREAD days, up to the added holiday a few days ahead */
const SPREAD = 60;
const QUESTIONNAIRE = 'ccm-conclusion-questionnaire';
/** the candidate ruleset asks for longer passwords: cases with a password minimum of 8 or 9 fire one more event */
const THRESHOLD = { before: 8, after: 10 };

/**
 * The population in flight, all on the `kz` calendar, interleaved in id order: half are CCM
 * conclusions through the portal (two rulesets pinned, the second reading password lengths),
 * a quarter deposits (20 working days) and a quarter EIR registrations (43 working days).
 */
const MIX = [
  { service: 'ccm-conclusion', channel: 'portal' },
  { service: 'ccm-conclusion', channel: 'portal' },
  { service: 'deposit', channel: 'office' },
  { service: 'eir-registration', channel: 'office' },
] as const;

/** A deterministic spread in [0, 1) per case and salt (no Math.random: two runs store the same cases). */
function spread(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

const passwordLength = (i: number, salt: number) => 6 + Math.floor(spread(i, salt) * 11); // 6…16

/** What the CCM application holds for the rules: documents (one in ten lacks its certificate) and password lengths. */
function ccmData(i: number) {
  const lengths = {
    user: passwordLength(i, 11),
    systemAdmin: passwordLength(i, 12),
    databaseAdmin: passwordLength(i, 13),
  };
  return {
    documents: {
      bankUse: false,
      functionalDescription: 'Функционалдық сипаттама',
      moduleInstruction: 'Модуль нұсқаулығы',
      installInstruction: 'Орнату нұсқаулығы',
      conformityCertificate: spread(i, 14) < 0.1 ? '' : 'Сәйкестік сертификаты',
      functionalCopyCarrier: true,
      informationForm: 'Ақпараттық нысан',
    },
    requirements: { q06PasswordMinLength: lengths },
  };
}

/** Three drafts started through the use case: their pins are what every clone of that service carries. */
async function templates(db: Db) {
  const ctx = createContext(db, { production: false, sessionHours: 12 });
  const actor = { username: 'staff', role: 'staff' as const };
  const byService = new Map<string, { id: string; pins: unknown; defs: PinnedDefinitions }>();
  for (const { service, channel } of MIX) {
    if (byService.has(service)) continue;
    const record = await startCase(ctx, actor, { service, channel, data: {} });
    byService.set(service, { id: record.id, pins: record.pins, defs: await load(ctx, record.pins) });
  }
  return byService;
}

/**
 * Impact previews over 100 000 cases in flight stored in SQLite: a calendar with one more
 * holiday, and a ruleset with a threshold changed, each replayed over every case that uses it.
 * Every clone is a case as submitCase leaves it (rulesets evaluated, process started, deadlines
 * computed on kz), submitted at its own instant over the last 60 days; the bench checks that the
 * previews find what the stored cases imply, so a replay that reads nothing cannot pass as fast.
 */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  const CASES = options.tiny ? 2_000 : Number(process.env.IMPACT_CASES ?? 100_000);
  const dir = tempDir('impact');
  try {
    const { db } = await preparedDatabase(path.join(dir, 'qagida.sqlite'));
    const services = await templates(db);
    const kz = services.get('deposit')!.defs.calendar;
    const calendar = calendarFor(kz);
    const now = new Date();

    // a day off decreed on the first working day at least two days ahead
    const day = new Date(now.getTime() + 2 * DAY);
    while (!calendar.isWorkingDay(day)) day.setTime(day.getTime() + DAY);
    const holiday = calendar.localDate(day);
    const withHoliday: Calendar = {
      ...kz,
      extraHolidays: [...kz.extraHolidays, { date: holiday, label: { kk: 'Демалыс', ru: 'Выходной', en: 'Day off' } }],
    };
    const candidateCalendar = calendarFor({ ...withHoliday, version: undefined });

    const ccm = services.get('ccm-conclusion')!.defs;
    const questionnaire = ccm.rulesets.find((r) => r.id === QUESTIONNAIRE)!;
    const stricter = JSON.parse(
      JSON.stringify(questionnaire).replaceAll(
        `"operator":"lessThan","value":${THRESHOLD.before}`,
        `"operator":"lessThan","value":${THRESHOLD.after}`,
      ),
    ) as Ruleset;
    if (JSON.stringify(stricter) === JSON.stringify(questionnaire))
      throw new Error(`${QUESTIONNAIRE} has no "lessThan ${THRESHOLD.before}" condition to change`);

    // what the previews must find, counted on the cases as they are generated
    const expected = { deadlines: 0, moved: 0, pinned: 0, differing: 0 };
    const values = async (i: number) => {
      const { service, channel } = MIX[i % MIX.length]!;
      const { pins, defs } = services.get(service)!;
      const submittedAt = new Date(now.getTime() - SPREAD * DAY + Math.floor(spread(i, 1) * SPREAD * DAY));
      const createdAt = new Date(submittedAt.getTime() - (2 + Math.floor(spread(i, 2) * 40)) * 60_000);
      const data = service === 'ccm-conclusion' ? ccmData(i) : {};
      const receivedAt = calendar.receivedAt(submittedAt);
      const id = `case-${String(i).padStart(9, '0')}`;
      // submitCase's own steps, at the case's submission instant
      const evaluation = await evaluateRulesets(
        defs.rulesets,
        {
          data: effectiveData({ data, forms: {} }, defs.service),
          input: {},
          case: {
            id,
            service,
            channel,
            status: 'in-progress',
            submittedAt: submittedAt.toISOString(),
            receivedAt: receivedAt.toISOString(),
          },
          now: submittedAt,
          channel,
          timeZone: calendar.timeZone,
        },
        { engine: 'compiled' },
      );
      const process = processOf(defs, channel);
      const state = startProcess(process, {
        now: submittedAt,
        facts: evaluation.facts,
        calendar,
        reasons: evaluation.reasons,
      });
      const events = deadlineEvents({ createdAt: createdAt.toISOString() }, submittedAt, receivedAt, state);
      const deadlines = normalizeDue(dueDates(calendar, defs.service.deadlines, events, { now: submittedAt }));
      const limit = process.steps.find((s) => s.id === state.step)?.limit;
      const replay = replayOf(evaluation, submittedAt, events, state, limit);
      if (state.status === 'done') throw new Error(`case ${i} (${service}) ended on submission: not in flight`);

      count(expected, id, defs.service.deadlines, deadlines, events, replay, candidateCalendar);
      const questionnaireRun = replay.rulesets[QUESTIONNAIRE];
      if (questionnaireRun) {
        expected.pinned++;
        const lengths = Object.values(ccmData(i).requirements.q06PasswordMinLength);
        if (lengths.some((n) => n >= THRESHOLD.before && n < THRESHOLD.after)) expected.differing++;
      }
      return {
        serviceId: service,
        serviceVersion: defs.service.version,
        pins,
        channel,
        calendarId: kz.id,
        status: 'in-progress',
        step: state.step ?? null,
        outcome: null,
        data,
        state,
        outcomes: evaluation.outcomes,
        facts: evaluation.facts,
        replay,
        deadlines,
        nextDueAt: nextDue(deadlines, state),
        submittedAt,
        receivedAt,
        closedAt: null,
        revision: 2,
        createdAt,
        updatedAt: submittedAt,
      };
    };
    const started = performance.now();
    await cloneCases(db, services.get('deposit')!.id, 'case-', CASES, {}, values);
    console.error(
      `[bench] impact: ${CASES} cases computed and stored in ${Math.round(performance.now() - started)} ms`,
    );

    // the warm-up pass builds the candidate's tables once and JITs the replay; then the two previews take turns
    let moved: Awaited<ReturnType<typeof calendarImpact>> = [];
    let differing: Awaited<ReturnType<typeof rulesetImpact>> = [];
    // the baselines: reading the very rows each preview replays, and nothing else (the floor no preview goes under)
    const replays = caseReplayRepository(db);
    let read = { calendar: 0, ruleset: 0 };
    const runs = await alternate(
      {
        calendar: () =>
          timeMs(
            async () =>
              (moved = await calendarImpact(
                createContext(db, { production: false, sessionHours: 12 }),
                kz.id,
                withHoliday,
              )),
          ),
        ruleset: () =>
          timeMs(
            async () =>
              (differing = await rulesetImpact(
                createContext(db, { production: false, sessionHours: 12 }),
                QUESTIONNAIRE,
                stricter,
              )),
          ),
        readCalendar: () =>
          timeMs(async () => {
            read = { ...read, calendar: 0 };
            for await (const page of replays.onCalendar(kz.id)) read.calendar += page.length;
          }),
        readRuleset: () =>
          timeMs(async () => {
            read = { ...read, ruleset: 0 };
            for await (const page of replays.pinnedTo(QUESTIONNAIRE)) read.ruleset += page.length;
          }),
      },
      { passes: options.tiny ? 2 : 5 },
    );
    await db.close();

    const movedCases = new Set(moved.map((m) => m.case)).size;
    const movedByService = countBy(moved.map((m) => `${m.service}/${m.deadline}`));
    console.error(
      `[bench] impact: holiday ${holiday}: ${moved.length} of ${expected.deadlines} deadlines move in ${movedCases} cases ` +
        `(${Object.entries(movedByService)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}); ${differing.length} of ${expected.pinned} pinned cases differ with the ruleset`,
    );
    plausible('deadlines moved by the holiday', moved.length, expected.moved, expected.deadlines);
    plausible('cases whose events change with the ruleset', differing.length, expected.differing, expected.pinned);
    if (differing.some((d) => d.error))
      throw new Error(`the candidate ruleset failed on ${differing.find((d) => d.error)?.case}`);

    const k = (n: number) => `${Math.round(n / 1000)}k`;
    const calendarName = `impact: calendar (a holiday added), ${k(CASES)} cases in flight`;
    const rulesetName = `impact: ruleset (${QUESTIONNAIRE}: password minimum ${THRESHOLD.before} → ${THRESHOLD.after}), ${k(CASES)} cases in flight, ${k(expected.pinned)} pinned`;
    return [
      compared(
        {
          name: calendarName,
          unit: 'ms',
          baseline: `reading its ${read.calendar.toLocaleString('en-US')} replay rows only`,
          target: '≤ 2,000 ms',
        },
        runs.calendar,
        runs.readCalendar,
      ),
      {
        name: `${calendarName}: deadlines moved (of ${expected.deadlines.toLocaleString('en-US')}, in ${movedCases.toLocaleString('en-US')} cases)`,
        value: moved.length,
        unit: 'deadlines',
        absolute: true,
      },
      compared(
        {
          name: rulesetName,
          unit: 'ms',
          baseline: `reading its ${read.ruleset.toLocaleString('en-US')} replay rows only`,
          target: '≤ 2,000 ms',
        },
        runs.ruleset,
        runs.readRuleset,
      ),
      {
        name: `${rulesetName}: cases whose events change (of ${expected.pinned.toLocaleString('en-US')})`,
        value: differing.length,
        unit: 'cases',
        absolute: true,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Adds a generated case's stored deadlines (and its step's limit, as the preview replays it) to the
 * expected totals, and those the candidate calendar moves, recomputed from the in-memory instants.
 */
function count(
  expected: { deadlines: number; moved: number },
  id: string,
  definitions: readonly Deadline[],
  deadlines: { id: string; due: string | null }[],
  events: Record<string, Date>,
  replay: CaseReplay,
  candidate: ReturnType<typeof calendarFor>,
) {
  const stored: StoredDeadline[] = definitions.map((deadline) => ({
    case: id,
    deadline,
    events,
    due: deadlines.find((d) => d.id === deadline.id)?.due ?? null,
  }));
  const step = replay.step;
  if (step?.limit) {
    const deadline = { id: `step:${step.id}`, ...step.limit, from: '__stepEntered' } as Deadline;
    stored.push({ case: id, deadline, events: { __stepEntered: new Date(step.enteredAt) }, due: step.due });
  }
  expected.deadlines += stored.length;
  expected.moved += deadlineShifts(stored, candidate).length;
}

/** The preview's count must be the one the stored cases imply, and neither none nor all of them. */
function plausible(what: string, found: number, expected: number, total: number) {
  if (found !== expected) throw new Error(`${what}: the preview found ${found}, the stored cases imply ${expected}`);
  if (!(found > 0 && found < total)) throw new Error(`${what}: ${found} of ${total} is not a plausible share`);
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
