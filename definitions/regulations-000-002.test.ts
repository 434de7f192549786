import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck, validate } from '../runtime/definitions/index';
import type { Calendar, Checklist, Definition, Process, Ruleset, Service } from '../runtime/definitions/types';
import { calendarFor, dueDates } from '../runtime/calendar/index';
import { evaluate } from '../runtime/rules/index';
import { applyAction, startProcess } from '../runtime/process/index';
import { evaluateChecklist } from '../runtime/checklists/index';

const root = join(import.meta.dirname, '..');
const FOLDERS = ['services', 'forms', 'processes', 'checklists', 'templates', 'calendars'];
const MINE = /^(optimization-review|automation-request|ucc-)/;

function read<T>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

function allDefinitions(): { file: string; definition: Definition }[] {
  const files = [
    ...FOLDERS.flatMap((folder) =>
      readdirSync(join(root, 'definitions', folder))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `definitions/${folder}/${f}`),
    ),
    ...readdirSync(join(root, 'rules'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `rules/${f}`),
  ];
  return files.map((file) => ({ file, definition: read<Definition>(file) }));
}

const kz = calendarFor(read<Calendar>('definitions/calendars/kz.json'));
const at = (iso: string) => new Date(iso);
const eventTypes = (events: { type: string }[]) => events.map((e) => e.type);

describe('definitions of documents 000, 001 and 002', () => {
  const mine = allDefinitions().filter(({ file }) => MINE.test(file.split('/').pop() ?? ''));

  it('are all present', () => {
    expect(mine.length).toBeGreaterThanOrEqual(20);
  });

  it.each(mine.map(({ file, definition }) => [file, definition] as const))(
    '%s passes validate()',
    (file, definition) => {
      expect(validate(definition)).toEqual([]);
      expect(file.endsWith(`/${definition.id}.json`)).toBe(true);
    },
  );

  it('pass crossCheck() together with the rest of definitions/ and rules/', () => {
    const problems = crossCheck(allDefinitions().map((d) => d.definition)).filter((p) => MINE.test(p.id));
    expect(problems).toEqual([]);
  });

  it('flag the repealed acts 001 and 002', () => {
    for (const { definition } of mine) {
      const doc = JSON.stringify(definition.source ?? {});
      if (doc.includes('"001"') || doc.includes('"002"')) expect(definition.validity?.repealedBy).toMatch(/309|368/);
    }
  });
});

describe('paragraph 53-1 (000): no application on the announcement', () => {
  const tender = read<Ruleset>('rules/automation-request-tender.json');
  const decide = async (tendersWithoutApplications: number) =>
    eventTypes((await evaluate(tender, { input: { tendersWithoutApplications }, now: '2023-02-01T10:00:00Z' })).events);

  it('re-announces, then amends the design task, then cancels, in that order', async () => {
    expect(await decide(0)).toEqual([]);
    expect(await decide(1)).toEqual(['tender-re-announce']);
    expect(await decide(2)).toEqual(['design-task-amend']);
    expect(await decide(3)).toEqual(['creation-cancelled']);
  });

  it('runs the process through the three empty announcements to a cancelled case', () => {
    const process = read<Process>('definitions/processes/automation-request.json');
    const ctx = (now: string) => ({ now: at(now), facts: {}, role: 'staff' as const, calendar: kz });
    let state = startProcess(process, { now: at('2023-02-01T05:00:00Z'), facts: {}, calendar: kz });
    const path: [string, string][] = [
      ['send-conclusion', 'decision'],
      ['agree', 'organise-creation'],
      ['notify', 'design-task'],
      ['submit', 'approve-design-task'],
      ['approve', 'announce'],
      ['publish', 'applications'],
      ['no-applications', 're-announce-decision'],
      ['re-announce', 're-announcement'],
      ['no-applications', 'amend-decision'],
      ['amend', 'amend-design-task'],
      ['publish', 'amended-announcement'],
      ['no-applications', 'cancel-decision'],
      ['cancel', 'cancelled'],
    ];
    for (const [action, step] of path) {
      state = applyAction(process, state, action, ctx('2023-02-02T05:00:00Z'));
      expect(state.step).toBe(step);
    }
    expect(state.status).toBe('done');
    expect(state.outcome).toBe('cancelled');
  });

  it('gives the authorized body 3 working days for its decision, across Nauryz', () => {
    const service = read<Service>('definitions/services/automation-request.json');
    // conclusion received Friday 17 March 2023; 21–23 March are Nauryz holidays: 20, 24, 27
    const due = dueDates(kz, service.deadlines, { decision: '2023-03-17T05:00:00Z' });
    expect(kz.localDate(new Date(due.decision as string))).toBe('2023-03-27');
  });
});

describe('paragraph 13 (002): a provider refusing information several times in one month', () => {
  const refusals = read<Ruleset>('rules/ucc-refusals.json');
  const report = async (dates: string[]) =>
    eventTypes(
      (await evaluate(refusals, { data: { refusals: dates.map((d) => ({ at: d })) }, now: '2021-06-01T00:00:00Z' }))
        .events,
    );

  it('is reported to the quality-control body after two refusals in the same month', async () => {
    expect(await report(['2021-03-03', '2021-03-25'])).toEqual(['report-refusals']);
  });

  it('is not reported for two refusals in different months, however close', async () => {
    expect(await report(['2021-03-30', '2021-04-02'])).toEqual([]);
    expect(await report(['2021-03-03'])).toEqual([]);
  });

  it('cites paragraph 13', () => {
    expect(refusals.rules[0]?.source).toMatchObject({ doc: '002', para: '13' });
  });
});

describe('questionnaire of Appendix 2 (001): answers become recommendations and a dated roadmap', () => {
  const checklist = read<Checklist>('definitions/checklists/optimization-review.json');
  const ruleset = read<Ruleset>('rules/optimization-review.json');
  // a certificate service: paper-based, 10-day term, an unintegrated information system
  const answers = {
    q1: 12000,
    q2: true,
    q3: true,
    q4: { from: 10, to: 3 },
    q5: 'Certificate of residence (held by the population register)',
    q6: 'not-applicable',
    q7: false,
    q8: false,
    q9: true,
    q10: { answer: true, details: 'Registration of residence' },
    q11: 'yes',
    q12: false,
    q13: { answer: true, details: 'Departmental IS, developer: NIT JSC' },
    q14: { answer: false },
  };
  const decision = at('2021-05-14T06:00:00Z');

  it('has the 14 questions of Appendix 2, each cited, and 14 rules', () => {
    expect(checklist.items.map((i) => i.source?.para)).toEqual(Array.from({ length: 14 }, (_, i) => `App2.Q${i + 1}`));
    expect(ruleset.rules).toHaveLength(14);
    expect(checklist.vocabulary.actions).toHaveLength(14);
    expect(checklist.vocabulary.goals).toHaveLength(9);
    expect(checklist.roadmap.sections.map((s) => s.id)).toEqual([
      'organisational',
      'is-integration',
      'legal-basis',
      'launch',
      'public-awareness',
    ]);
  });

  it('recommends electronic-only, proactive, composite, fewer documents and a shorter term', async () => {
    const result = await evaluateChecklist(checklist, ruleset, answers, { calendar: kz, from: decision, lang: 'en' });
    expect(result.recommendations.map((r) => r.rule).sort()).toEqual(
      [
        'q1-distribute-staff',
        'q2-check-paper-documents',
        'q3-change-result-technology',
        'q4-shorten-term',
        'q5-reduce-documents',
        'q9-proactive-provision',
        'q10-composite-provision',
        'q11-identify-systems-to-integrate',
        'q14-identify-systems-to-integrate',
      ].sort(),
    );
    const term = result.evaluation.events.find((e) => e.rule === 'q4-shorten-term');
    const value = (param: unknown) =>
      param !== null && typeof param === 'object' && 'fact' in param ? result.facts[String(param.fact)] : param;
    expect([value(term?.params.from), value(term?.params.to)]).toEqual([10, 3]);
    const composite = result.evaluation.events.find((e) => e.rule === 'q10-composite-provision');
    expect(value(composite?.params.services)).toBe('Registration of residence');
    expect(result.recommendations.find((r) => r.action === 'proactive-provision')?.goals).toContain('proactive');
  });

  it('dates every roadmap activity one month after the commission decision', async () => {
    const result = await evaluateChecklist(checklist, ruleset, answers, { calendar: kz, from: decision });
    expect(result.roadmap.length).toBe(result.recommendations.length);
    // 14 May 2021 + 1 month = Monday 14 June 2021, a working day
    for (const activity of result.roadmap) expect(kz.localDate(new Date(activity.due as string))).toBe('2021-06-14');
    expect(result.roadmap[0]?.section).toBe('organisational');
  });

  it('asks question 14 only when question 13 is answered yes (App. 2)', async () => {
    const base = { q1: 0, q4: { from: 5, to: 5 }, q6: 'no', q11: 'not-applicable' };
    const withSystem = await evaluateChecklist(
      checklist,
      ruleset,
      { ...base, q13: { answer: true }, q14: { answer: true } },
      { calendar: kz, from: decision },
    );
    const without = await evaluateChecklist(
      checklist,
      ruleset,
      { ...base, q13: { answer: false }, q14: { answer: true } },
      { calendar: kz, from: decision },
    );
    expect(withSystem.notAsked).toEqual([]);
    expect(withSystem.facts.integrated).toBe(true);
    expect(without.notAsked).toEqual(['q14']);
    expect(without.facts).not.toHaveProperty('integrated');
    expect(without.maxScore).toBe(withSystem.maxScore - 1);
  });

  it('recommends nothing for a service already electronic, integrated and without room to cut', async () => {
    const result = await evaluateChecklist(
      checklist,
      ruleset,
      { q1: 0, q4: { from: 5, to: 5 }, q6: 'no', q11: 'not-applicable', q13: { answer: true }, q14: { answer: true } },
      { calendar: kz, from: decision },
    );
    expect(result.recommendations).toEqual([]);
    expect(result.score).toBe(2);
  });

  it('keeps the yearly cycle: the list by 30 March, the materials within a month of receiving it', () => {
    const service = read<Service>('definitions/services/optimization-review.json');
    const due = dueDates(kz, service.deadlines, { from: '2021-01-10', 'form-materials': '2021-04-02T05:00:00Z' });
    expect(kz.localDate(new Date(due.list as string))).toBe('2021-03-30');
    expect(kz.localDate(new Date(due.materials as string))).toBe('2021-05-04');
  });
});

describe('onboarding a service into the contact centre (002) on the kz calendar', () => {
  const service = read<Service>('definitions/services/ucc-onboarding.json');

  it('refuses to start consulting before 5 working days after the protocol, and says from when (p.8)', () => {
    const process = read<Process>('definitions/processes/ucc-onboarding.json');
    // protocol signed Friday 30 April 2021, 10:00; 3, 7 and 10 May are days off: 4, 5, 6, 11, 12 May
    const state = {
      processId: process.id,
      version: process.version,
      step: 'consultation-pending',
      status: 'active' as const,
      enteredAt: '2021-04-30T05:00:00Z',
      history: [],
    };
    const ctx = (now: string) => ({ now: at(now), facts: {}, calendar: kz, role: 'admin' as const });
    let refusal: unknown;
    try {
      applyAction(process, state, 'start', ctx('2021-05-12T10:00:00Z'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'NOT_YET', possibleFrom: at('2021-05-12T12:30:00Z') }); // 18:30 in Almaty, UTC+6 in 2021
    expect(String((refusal as Error).message)).toContain('2021-05-12T12:30:00.000Z');
    expect(applyAction(process, state, 'start', ctx('2021-05-12T12:30:00Z')).step).toBe('consulting');
  });

  it('counts 5 and 10 working days across Nauryz', () => {
    const due = dueDates(kz, service.deadlines, {
      started: '2021-03-17T05:00:00Z', // by-law approved Wednesday 17 March 2021
      training: '2021-03-26T05:00:00Z', // information given Friday 26 March
      'consultation-pending': '2021-04-30T05:00:00Z', // protocol signed Friday 30 April
    });
    const day = (id: string) => kz.localDate(new Date(due[id] as string));
    expect(day('responsible-person')).toBe('2021-03-29'); // 18, 19, 25, 26, 29: 22–24 March off for Nauryz
    expect(day('training')).toBe('2021-04-09'); // 29, 30, 31 March, 1, 2, 5, 6, 7, 8, 9 April
    expect(due['consultation-start']).toBeUndefined(); // not a due date: an earliest start, which the process enforces
  });

  it('gives a monthly report by the 5th of the next month and a notice a day before an outage', () => {
    const report = read<Service>('definitions/services/ucc-report.json');
    const due = dueDates(kz, report.deadlines, { from: '2021-06-20' });
    expect(kz.localDate(new Date(due.report as string))).toBe('2021-07-05');
    const outage = read<Service>('definitions/services/ucc-outage-notice.json');
    const notice = dueDates(kz, outage.deadlines, { outage: '2021-06-16T10:00:00Z' });
    expect(notice.notice).toBe('2021-06-15T10:00:00.000Z');
    // 24 hours on the clock: an outage on Monday 09:00 is announced by Sunday 09:00, not rolled back to Friday
    const monday = dueDates(kz, outage.deadlines, { outage: '2021-06-21T04:00:00Z' });
    expect(monday.notice).toBe('2021-06-20T04:00:00.000Z');
    expect(outage.deadlines.find((d) => d.id === 'notice')).toMatchObject({ amount: 24, unit: 'hours' });
  });
});

describe('the service model of informatization (000): the paragraphs the audit found missing', () => {
  const service = read<Service>('definitions/services/automation-request.json');

  it('takes applications of a potential supplier or the operator on the App. 2 form (p.8 sp.2)', () => {
    const channel = service.channels.find((c) => c.id === 'supplier-application');
    expect(channel).toMatchObject({ process: 'automation-request', source: { doc: '000', para: '8.2' } });
    expect(service.forms).toContain('automation-application');
  });

  it('forms the Commission by the end of application acceptance (p.36)', () => {
    const due = dueDates(kz, service.deadlines, { applications: '2026-05-04T05:00:00Z' });
    expect(due.commission).toBe(due.applications);
  });

  it('analyses a development request within 15 working days, then discusses it when positive (p.91–92)', () => {
    const process = read<Process>('definitions/processes/ict-service-development.json');
    const state = startProcess(process, { now: at('2026-05-04T05:00:00Z'), facts: {}, calendar: kz });
    // 15 working days after Monday 4 May 2026, passing over 7, 11 (for 9 May) and 27 May (Kurban ait)
    expect(kz.localDate(new Date(state.stepDue as string))).toBe('2026-05-28');
    const ctx = { now: at('2026-05-05T05:00:00Z'), facts: {}, calendar: kz, role: 'admin' as const };
    const positive = applyAction(process, state, 'positive', ctx);
    expect(positive.step).toBe('development-discussion');
    expect(applyAction(process, positive, 'decided', ctx)).toMatchObject({ status: 'done', outcome: 'completed' });
  });
});
