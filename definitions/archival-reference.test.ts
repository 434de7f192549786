import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarFor } from '../runtime/calendar';
import {
  crossCheck,
  validate,
  type Calendar,
  type Definition,
  type Form,
  type Process,
  type Ruleset,
  type Service,
  type Template,
} from '../runtime/definitions';
import { renderDocument } from '../runtime/documents';
import { applyAction, availableActions, startProcess, type ProcessState } from '../runtime/process';
import { evaluate } from '../runtime/rules';

const root = new URL('..', import.meta.url).pathname;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return path.endsWith('.json') ? [path] : [];
  });
}

const definitions = [...jsonFiles(join(root, 'definitions')), ...jsonFiles(join(root, 'rules'))]
  .map((file) => ({ file, body: JSON.parse(readFileSync(file, 'utf8')) as unknown }))
  .filter(({ body }) => typeof body === 'object' && body !== null && 'kind' in body);
const ours = definitions.filter(({ body }) => (body as Definition).id.startsWith('archival-reference'));
const find = <T extends Definition>(kind: T['kind'], id: string): T => {
  const found = definitions.find(({ body }) => (body as Definition).kind === kind && (body as Definition).id === id);
  if (!found) throw new Error(`no ${kind} "${id}"`);
  return found.body as T;
};

const service = find<Service>('service', 'archival-reference');
const rulesets = service.rulesets.map((id) => find<Ruleset>('ruleset', id));
const calendar = calendarFor(find<Calendar>('calendar', service.calendar));
const processOf = (channel: string): Process =>
  find<Process>('process', service.channels.find((c) => c.id === channel)?.process ?? '');

/** The facts a case offers its process: every service ruleset evaluated on the data and the move's input. */
async function factsFor(data: unknown, input: Record<string, unknown>, now: Date, channel: string) {
  const evaluations = await Promise.all(
    rulesets.map((ruleset) => evaluate(ruleset, { data, input, now, channel, timeZone: 'Asia/Almaty' })),
  );
  const events = evaluations.flatMap((e) => e.events);
  return {
    facts: { ...Object.assign({}, ...evaluations.map((e) => e.facts)), events: events.map((e) => e.type) },
    reasons: events.flatMap((e) => {
      const reason = (e.params.reason as { en?: string } | undefined)?.en;
      return reason ? [reason] : [];
    }),
  };
}

const applicantIin = '870412300415';
const validCertificate = {
  requestIin: applicantIin,
  certificateIin: applicantIin,
  certificateValidTo: '2027-01-31',
  certificateRevoked: false,
};
const asked = { applicantName: 'Сейтқали Айгүл', period: '1985–1992', requestedInformation: 'Еңбек өтілі туралы' };
const answered = {
  ...asked,
  decision: 'reference',
  reference: {
    issueDate: '2026-03-10',
    applicant: 'Сейтқали Айгүл Нұрланқызы',
    referenceType: 'Еңбек өтілі туралы',
    period: '1985–1992',
    content: '№ 12 бұйрыққа сәйкес 1985 жылғы 1 наурыздан бастап жұмысқа қабылданған.',
    basis: '1-қор, 2-тізімдеме, 15-іс',
    archiveDirector: 'Әбенов Д.С.',
    archivist: 'Қасымова Г.Т.',
  },
};

/** A case on its process: each move evaluates the rulesets on the data as it stands and the move's input. */
class CaseOnProcess {
  state!: ProcessState;
  constructor(
    readonly process: Process,
    readonly channel: string,
    public data: Record<string, unknown>,
  ) {}

  async start(now: Date) {
    const { facts } = await factsFor(this.data, {}, now, this.channel);
    this.state = startProcess(this.process, { now, facts, calendar });
    return this;
  }

  async act(action: string, now: Date, input: Record<string, unknown> = {}, reason?: string) {
    const { facts, reasons } = await factsFor(this.data, input, now, this.channel);
    this.state = applyAction(this.process, this.state, action, {
      now,
      facts,
      calendar,
      reasons,
      role: 'staff',
      reason,
    });
    return this;
  }

  async offered() {
    const { facts } = await factsFor(this.data, {}, new Date(this.state.enteredAt), this.channel);
    return availableActions(this.process, this.state, facts, 'staff').map((a) => a.id);
  }

  /** The printed step numbers of the table, in the order the case entered them. */
  numbersWalked(): string[] {
    const numbers = new Map(this.process.steps.map((s) => [s.id, s.number]));
    return this.state.history.flatMap((h) => numbers.get(h.step) ?? []);
  }
}

const at = (local: string) => new Date(`${local}+05:00`);

describe('archival-reference (003): definitions', () => {
  it('every archival-reference file passes validate()', () => {
    expect(ours.length).toBeGreaterThanOrEqual(13);
    for (const { file, body } of ours) expect({ file, errors: validate(body) }).toEqual({ file, errors: [] });
  });

  it('passes crossCheck() together with the rest of definitions/ and rules/', () => {
    const valid = definitions.filter(({ body }) => validate(body).length === 0).map(({ body }) => body as Definition);
    const problems = crossCheck(valid).filter((p) => p.id.startsWith('archival-reference'));
    expect(problems).toEqual([]);
  });

  it('is flagged as repealed, and states no cost rather than inventing one', () => {
    expect(service.validity?.repealedBy).toContain('198-873');
    expect(service.cost).toMatchObject({ stated: false });
    expect(service.complaints).toEqual([]);
    expect(service.deadlines.find((d) => d.id === 'answer-term')).toMatchObject({
      amount: 30,
      unit: 'calendar-days',
      from: 'draft-answer',
      extendableTo: { amount: 6, unit: 'months' },
    });
  });
});

describe('archival-reference (003): a request through the portal', () => {
  it('walks Table 3 from authorisation to the issued reference, each step due on the kz calendar', async () => {
    const portal = processOf('portal');
    const c = await new CaseOnProcess(portal, 'portal', { ...asked }).start(at('2026-02-20T10:00:00'));
    expect(c.state.step).toBe('authorization');

    await c.act('sign-in', at('2026-02-20T10:00:00'), { authorized: true });
    expect(c.state.step).toBe('request-form');
    await c.act('fill', at('2026-02-20T10:05:00'));
    await c.act('sign', at('2026-02-20T10:10:00'), validCertificate);
    // steps 1-4 are the portal, the gateway and the two information systems: each ≤ 1 minute
    expect(c.state.step).toBe('accept-for-execution');
    expect(c.state.stepDue).toBe(at('2026-02-20T10:25:00').toISOString()); // step 5: 15 minutes

    await c.act('accept', at('2026-02-20T11:00:00'));
    expect(c.state.step).toBe('draft-answer');
    // step 6: 30 calendar days end on Sunday 22 March (Nauryz); the kz calendar rolls past the
    // holidays and their substitute days off to Thursday 26 March, end of the working day
    expect(c.state.stepDue).toBe(at('2026-03-26T18:30:00').toISOString());
    expect(await c.offered()).toEqual([]); // nothing to issue until the result is filled in

    c.data = { ...answered };
    expect(await c.offered()).toEqual(['issue-reference']);
    await c.act('issue-reference', at('2026-03-10T15:00:00'));
    expect(c.state.step).toBe('create-output-document');
    expect(c.state.stepDue).toBe(at('2026-03-10T15:01:00').toISOString()); // step 11: 1 minute

    await c.act('create', at('2026-03-10T15:01:00'));
    expect(c.state).toMatchObject({ status: 'done', outcome: 'issued', step: 'issued' });
    expect(c.numbersWalked()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
    ]);
  });

  it('gives every numbered step its printed limit as it is entered', async () => {
    const portal = processOf('portal');
    const c = await new CaseOnProcess(portal, 'portal', { ...answered }).start(at('2026-02-20T10:00:00'));
    await c.act('sign-in', at('2026-02-20T10:00:00'), { authorized: true });
    await c.act('fill', at('2026-02-20T10:05:00'));
    const dues: Record<string, string | null | undefined> = {};
    const seen = (s: ProcessState) => (dues[s.step] = s.stepDue);
    await c.act('sign', at('2026-02-20T10:10:00'), validCertificate);
    seen(c.state);
    await c.act('accept', at('2026-02-20T11:00:00'));
    seen(c.state);
    await c.act('issue-reference', at('2026-03-10T15:00:00'));
    seen(c.state);
    expect(dues).toEqual({
      'accept-for-execution': at('2026-02-20T10:25:00').toISOString(),
      'draft-answer': at('2026-03-26T18:30:00').toISOString(),
      'create-output-document': at('2026-03-10T15:01:00').toISOString(),
    });
    const limits = Object.fromEntries(portal.steps.filter((s) => s.number).map((s) => [s.number, s.limit]));
    expect(limits['6']).toEqual({ amount: 30, unit: 'calendar-days' });
    expect(limits['5']).toEqual({ amount: 15, unit: 'minutes' });
    for (const n of ['1', '2', '3', '4', '7', '8', '9', '10', '11', '12', '13', '14', '15']) {
      expect(limits[n]).toEqual({ amount: 1, unit: 'minutes' });
    }
  });

  it.each([
    ['the IIN of the request differs from the certificate', { certificateIin: '900101400123' }],
    ['the certificate has expired', { certificateValidTo: '2026-01-31' }],
    ['the certificate is revoked', { certificateRevoked: true }],
  ])('ends in the EDS refusal when %s', async (_, wrong) => {
    const c = await new CaseOnProcess(processOf('portal'), 'portal', { ...asked }).start(at('2026-02-20T10:00:00'));
    await c.act('sign-in', at('2026-02-20T10:00:00'), { authorized: true });
    await c.act('fill', at('2026-02-20T10:05:00'));
    await c.act('sign', at('2026-02-20T10:10:00'), { ...validCertificate, ...wrong });
    expect(c.state).toMatchObject({ status: 'done', outcome: 'rejected', step: 'eds-refused' });
    expect(c.state.reasons?.length).toBe(1);
  });

  it('ends in the authorisation refusal when the portal does not confirm the user', async () => {
    const c = await new CaseOnProcess(processOf('portal'), 'portal', {}).start(at('2026-02-20T10:00:00'));
    await c.act('sign-in', at('2026-02-20T10:00:00'), { authorized: false });
    expect(c.state).toMatchObject({ status: 'done', outcome: 'rejected', step: 'authorization-refused' });
  });

  it('ends in the reasoned refusal only when the reasons are given', async () => {
    const c = await new CaseOnProcess(processOf('portal'), 'portal', { ...asked }).start(at('2026-02-20T10:00:00'));
    await c.act('sign-in', at('2026-02-20T10:00:00'), { authorized: true });
    await c.act('fill', at('2026-02-20T10:05:00'));
    await c.act('sign', at('2026-02-20T10:10:00'), validCertificate);
    await c.act('accept', at('2026-02-20T11:00:00'));
    c.data = { ...asked, decision: 'refusal' };
    expect(await c.offered()).toEqual([]);
    c.data = { ...asked, decision: 'refusal', refusalReason: 'Сұралған кезеңнің құжаттары мұрағатқа түспеген.' };
    expect(await c.offered()).toEqual(['refuse']);
    await c.act('refuse', at('2026-03-02T12:00:00'), {}, 'Documents of the period never reached the archive');
    await c.act('create', at('2026-03-02T12:01:00'));
    expect(c.state).toMatchObject({ status: 'done', outcome: 'refused', step: 'refused' });
  });
});

describe('archival-reference (003): the office and PSC channels', () => {
  it.each([
    ['leb', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']],
    ['psc', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']],
  ])('%s: walks its table to the issued reference, taking the first action offered', async (channel, numbers) => {
    const c = await new CaseOnProcess(processOf(channel), channel, { ...answered }).start(at('2026-02-20T10:00:00'));
    const input = { authorized: true, ...validCertificate };
    for (let moves = 0; c.state.status === 'active' && moves < 30; moves++) {
      const [first] = await c.offered();
      await c.act(first ?? 'none', at('2026-02-20T10:00:00'), input);
    }
    expect(c.state).toMatchObject({ status: 'done', outcome: 'issued' });
    expect(c.numbersWalked()).toEqual(numbers);
  });
});

describe('archival-reference (003): output documents', () => {
  it('renders the archival reference (Annex 5) in kk, ru and en', () => {
    const template = find<Template>('template', 'archival-reference-reference');
    const form = find<Form>('form', 'archival-reference-result');
    const kk = renderDocument(template, { lang: 'kk', data: answered, case: { number: 'AR-1' }, form });
    expect(kk).toContain('МҰРАҒАТТЫҚ АНЫҚТАМА');
    expect(kk).toContain('Негіздеме: 1-қор, 2-тізімдеме, 15-іс');
    expect(renderDocument(template, { lang: 'ru', data: answered, form })).toContain('Архивист: Қасымова Г.Т.');
    expect(renderDocument(template, { lang: 'en', data: answered, form })).toContain('Type of archival reference:');
  });
});
