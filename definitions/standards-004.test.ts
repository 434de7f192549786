import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarFor, dueDate } from '../runtime/calendar/index';
import { crossCheck, validate } from '../runtime/definitions/index';
import type { Calendar, Definition, Form, Process, Ruleset, Service } from '../runtime/definitions/index';
import { renderDocument } from '../runtime/documents/index';
import type { Template } from '../runtime/definitions/index';
import { applyAction, availableActions, startProcess } from '../runtime/process/index';
import { evaluate } from '../runtime/rules/index';
import { childFields } from '../runtime/definitions/fieldGuards';

// The three live standards of order No. 476 (document 004): S1 cash-register conclusions,
// S3 deposit, S4 register of electronic information resources and systems.
const root = join(import.meta.dirname, '..');
const OURS = /^(ccm-conclusion|deposit|eir-registration)/;

function read<T>(dir: string, id: string): T {
  return JSON.parse(readFileSync(join(root, dir, `${id}.json`), 'utf8')) as T;
}

function everyDefinition(): { file: string; body: Definition }[] {
  const dirs = ['services', 'forms', 'processes', 'templates', 'calendars', 'checklists', 'connectors'].map(
    (d) => `definitions/${d}`,
  );
  return [...dirs, 'rules'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ file: `${dir}/${f}`, body: JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as Definition })),
  );
}

const kz = calendarFor(read<Calendar>('definitions/calendars', 'kz'));
const s1 = read<Service>('definitions/services', 'ccm-conclusion');
const completeness = read<Ruleset>('rules', 'ccm-conclusion-completeness');
const office = read<Process>('definitions/processes', 'ccm-conclusion-office');
const portal = read<Process>('definitions/processes', 'ccm-conclusion-portal');

function deadline(service: Service, id: string) {
  const found = service.deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`service ${service.id} has no deadline ${id}`);
  return found;
}

/** Local wall-clock time in Astana (UTC+5 since 1 March 2024). */
const local = (iso: string) => new Date(`${iso}+05:00`);

/** Every document of S1 п.9 a non-bank applicant hands in at the office. */
const completeOfficeData = {
  applicant: { name: 'ЖШС "Касса-Сервис"', iinBin: '150440012345' },
  documents: {
    bankUse: false,
    functionalDescription: 'description.pdf',
    moduleInstruction: 'module.pdf',
    installInstruction: 'install.pdf',
    conformityCertificate: 'certificate.pdf',
    functionalCopyCarrier: true,
    informationForm: 'annex3.pdf',
  },
};

async function firedEvents(data: unknown, channel: string) {
  const evaluation = await evaluate(completeness, { data, channel, now: local('2026-03-20T11:00:00') });
  return evaluation.events;
}

describe('document 004 definitions', () => {
  const all = everyDefinition();
  const ours = all.filter((d) => OURS.test(d.body.id));

  it('ships the three live standards with their forms, processes, rulesets and template', () => {
    const ids = ours.map((d) => `${d.body.kind}:${d.body.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'service:ccm-conclusion',
        'service:deposit',
        'service:eir-registration',
        'form:ccm-conclusion-application',
        'form:ccm-conclusion-information',
        'form:deposit-application',
        'form:eir-registration-software',
        'form:eir-registration-internet-resource',
        'form:eir-registration-network',
        'form:eir-registration-database',
        'form:eir-registration-it-facilities',
        'template:ccm-conclusion-conclusion',
        'ruleset:ccm-conclusion-completeness',
      ]),
    );
  });

  it.each(ours.map((d) => [d.file, d.body] as const))('%s passes validate()', (_file, body) => {
    expect(validate(body)).toEqual([]);
  });

  it('passes crossCheck() together with every other definition', () => {
    const errors = crossCheck(all.map((d) => d.body)).filter((e) => OURS.test(e.id));
    expect(errors).toEqual([]);
  });

  it('flags every definition as repealed by order No. 120/НҚ of 30 May 2023', () => {
    for (const { body } of ours) expect(body.validity?.repealedBy, body.id).toMatch(/120\/НҚ/);
  });

  it('asks every yes/no requirement of Annex 2 with its details', () => {
    const form = read<{ fields: { key: string; fields?: { key: string; type: string }[] }[] }>(
      'definitions/forms',
      'ccm-conclusion-application',
    );
    const requirements = form.fields.find((f) => f.key === 'requirements')?.fields ?? [];
    const withDetails = requirements.filter((f) => f.type === 'boolean-details').map((f) => f.key.slice(0, 3));
    // Q1–Q4, Q7–Q13, Q15–Q18, Q20–Q24 (by what means) and Q31–Q34 (means, algorithms and standards)
    expect(withDetails).toEqual(
      [1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 20, 21, 22, 23, 24, 31, 32, 33, 34].map(
        (n) => `q${String(n).padStart(2, '0')}`,
      ),
    );
  });
});

describe('S1 cash-register conclusion: completeness check (004/S1 п.4)', () => {
  it('fires documents-incomplete with a reason when the certificate of conformity is missing', async () => {
    const data = { ...completeOfficeData, documents: { ...completeOfficeData.documents, conformityCertificate: '' } };
    const events = await firedEvents(data, 'office');
    expect(events.map((e) => [e.type, e.params.document])).toEqual([
      ['documents-incomplete', 'conformity-certificate'],
    ]);
    expect(events[0]?.params.reason).toMatchObject({ kk: expect.stringContaining('сертификаты') });
  });

  it('does not ask a bank system for the installation instruction or the carrier', async () => {
    const documents = {
      ...completeOfficeData.documents,
      bankUse: true,
      installInstruction: undefined,
      functionalCopyCarrier: false,
    };
    expect(await firedEvents({ ...completeOfficeData, documents }, 'office')).toEqual([]);
    const nonBank = { ...documents, bankUse: false };
    const missing = (await firedEvents({ ...completeOfficeData, documents: nonBank }, 'office')).map(
      (e) => e.params.document,
    );
    expect(missing).toEqual(['install-instruction', 'functional-copy-carrier']);
  });

  it('asks for the information form (Annex 3) at the office only', async () => {
    const documents = { ...completeOfficeData.documents, informationForm: undefined };
    expect((await firedEvents({ documents }, 'office')).map((e) => e.params.document)).toEqual(['information-form']);
    expect(await firedEvents({ documents }, 'portal')).toEqual([]);
  });

  it('an office application of Friday 20 March 2026, 11:00, missing a document, is refused with reasons by Friday 27 March, 18:30', async () => {
    const submitted = local('2026-03-20T11:00:00');
    const data = { ...completeOfficeData, documents: { ...completeOfficeData.documents, moduleInstruction: null } };
    const events = (await firedEvents(data, 'office')).map((e) => e.type);
    expect(events).toContain('documents-incomplete');

    // Nauryz: 21–23 March, with 21 (Saturday) and 22 (Sunday) carried to 24 and 25 March, so the
    // two working days after the Friday are Thursday 26 and Friday 27 March.
    const due = dueDate(kz, deadline(s1, 'completeness-check'), { received: submitted });
    expect(due?.toISOString()).toBe(local('2026-03-27T18:30:00').toISOString());

    const ctx = { now: submitted, facts: { events, channel: 'office' }, calendar: kz };
    let state = startProcess(office, ctx);
    expect(state.step).toBe('registration');
    state = applyAction(office, state, 'register', { ...ctx, role: 'staff' });
    expect(state.step).toBe('refusal');
    expect(state.stepDue).toBe(due?.toISOString());
    expect(availableActions(office, state, ctx.facts, 'staff').map((a) => a.id)).toEqual(['refuse']);
    expect(() => applyAction(office, state, 'refuse', { ...ctx, role: 'staff' })).toThrow(/reasons/);

    const refused = applyAction(office, state, 'refuse', {
      ...ctx,
      now: local('2026-03-26T10:00:00'),
      role: 'staff',
      reason: '"Салық инспекторының жұмыс орны" модулін пайдалану жөніндегі нұсқаулық ұсынылмаған',
    });
    expect(refused).toMatchObject({ status: 'done', outcome: 'refused' });
    expect(refused.reasons?.[0]).toMatch(/нұсқаулық/);
  });

  it('a portal application made after hours on Friday 20 March 2026 counts from the next working day', () => {
    const due = dueDate(kz, deadline(s1, 'completeness-check'), { received: local('2026-03-20T19:00:00') });
    expect(due?.toISOString()).toBe(local('2026-03-30T18:30:00').toISOString());
  });
});

describe('S1 cash-register conclusion: the conclusion (004/S1 п.4.1, п.6)', () => {
  it('a complete office application reaches the conclusion, due 30 calendar days later', async () => {
    const submitted = local('2026-03-20T11:00:00');
    const events = (await firedEvents(completeOfficeData, 'office')).map((e) => e.type);
    expect(events).toEqual([]);

    // 20 March + 30 days = Sunday 19 April: the term ends on Monday 20 April.
    const due = dueDate(kz, deadline(s1, 'term'), { submitted });
    expect(due?.toISOString()).toBe(local('2026-04-20T18:30:00').toISOString());

    const ctx = { now: submitted, facts: { events, channel: 'office' }, calendar: kz, role: 'staff' as const };
    let state = startProcess(office, ctx);
    for (const [action, next] of [
      ['register', 'review'],
      ['prepare-conclusion', 'signing'],
      ['sign', 'issue'],
      ['hand-over', 'issued'],
    ] as const) {
      state = applyAction(office, state, action, ctx);
      expect(state.step).toBe(next);
    }
    expect(state).toMatchObject({ status: 'done', outcome: 'issued' });
    expect(s1.outputs.find((o) => o.on === 'issued')?.template).toBe('ccm-conclusion-conclusion');
  });

  it('renders the conclusion of Annex 1 from its sample in Kazakh: three numbered items, their lines broken as printed, signed by the head of the agency', () => {
    const template = read<Template>('definitions/templates', 'ccm-conclusion-conclusion');
    const { data } = template.sample as { data: Record<string, unknown> };
    const text = renderDocument(template, {
      lang: 'kk',
      data: { ...data, signatory: 'Applicant Signatory' },
      timeZone: 'Asia/Almaty',
    });
    const items = [...text.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '');
    expect(items).toHaveLength(3);
    expect(text).toMatch(/<ol>\s*<li>Өтініш беруші ЖШС/);
    expect(items[1]?.split('<br>')).toHaveLength(3);
    expect(items[2]).toContain('КассаПро (КЖ атауы)<br>');
    expect(text).toMatch(/техникалық талаптарға сәйкес келеді/);
    expect(text).toContain(`Уәкілетті орган ведомствосының басшысы ${String(data.authorityHead)} (қолы)`);
    expect(text).not.toContain('Applicant Signatory');
  });

  it('a portal request passes acceptance and the completeness check on its own and waits for review', () => {
    const state = startProcess(portal, { now: local('2026-03-20T11:00:00'), facts: { events: [], channel: 'portal' } });
    expect(state.step).toBe('review');
    expect(state.history.map((h) => h.step)).toEqual(['acceptance', 'completeness', 'review']);
  });
});

describe('S1 cash-register conclusion: notices (004/S1 п.9, п.14)', () => {
  it('tells the applicant, at the address of the form, that the request was accepted (п.9) and of the decision (п.14); the staff of a passed term', () => {
    const form = read<Form>('definitions/forms', 'ccm-conclusion-application');
    const applicant = form.fields.find((f) => f.key === 'applicant');
    expect(childFields(applicant).find((f) => f.key === 'email')).toMatchObject({ type: 'email' });
    expect(s1.applicantEmail).toBe('applicant.email');
    expect(s1.notices?.map((n) => [n.on, n.to, n.source?.doc, n.source?.para])).toEqual([
      ['submitted', ['applicant'], '004/S1', '9'],
      ['decided', ['applicant'], '004/S1', '14'],
      ['overdue', ['assignee', 'creator'], '004/S1', '4'],
    ]);
  });
});

describe('S3 deposit and S4 register terms (004/S3 п.4.1, 004/S4 п.4.1)', () => {
  it('a deposit submitted on Tuesday 1 September 2026 is due on Tuesday 29 September, 20 working days later', () => {
    const deposit = read<Service>('definitions/services', 'deposit');
    const due = dueDate(kz, deadline(deposit, 'term'), { submitted: local('2026-09-01T10:00:00') });
    expect(due?.toISOString()).toBe(local('2026-09-29T18:30:00').toISOString());
  });

  it('a registration submitted on Thursday 1 October 2026 is due on Wednesday 2 December, 43 working days later', () => {
    // Republic Day, Sunday 25 October, is carried to Monday 26 October.
    const register = read<Service>('definitions/services', 'eir-registration');
    const due = dueDate(kz, deadline(register, 'term'), { submitted: local('2026-10-01T09:30:00') });
    expect(due?.toISOString()).toBe(local('2026-12-02T18:30:00').toISOString());
  });
});
