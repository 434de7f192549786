import { describe, expect, it } from 'vitest';
import { crossCheck } from './crossCheck';
import { sampleDefinitions } from './sampleDefinitions';
import type { Definition, Process } from './types';

const all = (s: ReturnType<typeof sampleDefinitions>): Definition[] => Object.values(s);

describe('crossCheck()', () => {
  it('finds nothing wrong in a complete sample set', () => {
    expect(crossCheck(all(sampleDefinitions()))).toEqual([]);
  });

  it('reports references to a form, ruleset, template, calendar or process that does not exist', () => {
    const s = sampleDefinitions();
    s.service = {
      ...s.service,
      form: 'nope-form',
      rulesets: ['nope-rules'],
      calendar: 'nope-cal',
      outputs: [{ ...s.service.outputs[0]!, template: 'nope-template' }],
      channels: [{ ...s.service.channels[0]!, process: 'nope-process' }],
    };
    const found = crossCheck(all(s)).map((e) => `${e.kind}/${e.id}${e.path}: ${e.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'service/permit/form: no form "nope-form"',
        'service/permit/rulesets/0: no ruleset "nope-rules"',
        'service/permit/calendar: no calendar "nope-cal"',
        'service/permit/outputs/0/template: no template "nope-template"',
        'service/permit/channels/0/process: no process "nope-process"',
      ]),
    );
  });

  it('when a notice has no message text or tells an applicant the service has no address field for, then it reports both', () => {
    const s = sampleDefinitions();
    s.service = {
      ...s.service,
      notices: [
        { on: 'overdue', to: ['assignee'] },
        { on: 'decided', to: ['applicant'], template: 'nope-notice' },
      ],
    };
    const found = crossCheck(all(s)).map((e) => `${e.kind}/${e.id}${e.path}: ${e.message}`);
    expect(found).toEqual([
      'service/permit/notices/0/on: no template "notice-overdue"',
      'service/permit/notices/1/template: no template "nope-notice"',
      'service/permit/notices/1/to: notifies the applicant, but the service names no applicantEmail field',
    ]);
  });

  it('reports a transition to a step that does not exist', () => {
    const s = sampleDefinitions();
    s.process.steps[1]!.actions![0]!.to = 'archive';
    expect(crossCheck(all(s))).toContainEqual({
      kind: 'process',
      id: 'permit-process',
      path: '/steps/1/actions/0/to',
      message: 'no step "archive"',
    });
  });

  it('reports a step that cannot be reached from the start', () => {
    const s = sampleDefinitions();
    s.process.steps.push({ id: 'orphan', type: 'end', label: { en: 'Orphan' }, outcome: 'cancelled' });
    expect(crossCheck(all(s))).toContainEqual(
      expect.objectContaining({ path: '/steps/4', message: 'step "orphan" cannot be reached from the start' }),
    );
  });

  it('reports a loop with no way out', () => {
    const s = sampleDefinitions();
    const loop: Process['steps'] = [
      {
        id: 'ping',
        type: 'task',
        actor: 'clerk',
        label: { en: 'Ping' },
        actions: [{ id: 'go', label: { en: 'Go' }, to: 'pong' }],
      },
      {
        id: 'pong',
        type: 'task',
        actor: 'clerk',
        label: { en: 'Pong' },
        actions: [{ id: 'back', label: { en: 'Back' }, to: 'ping' }],
      },
    ];
    s.process.steps[1]!.actions!.push({ id: 'loop', label: { en: 'Loop' }, to: 'ping' });
    s.process.steps.push(...loop);
    const messages = crossCheck(all(s)).map((e) => e.message);
    expect(messages).toContain('step "ping" can never reach an end step: a loop with no way out');
    expect(messages).toContain('step "pong" can never reach an end step: a loop with no way out');
  });

  it('reports a process condition over a fact no ruleset declares', () => {
    const s = sampleDefinitions();
    s.process.steps[0]!.next![0]!.when = { all: [{ fact: 'income', operator: 'greaterThan', value: 5 }] };
    expect(crossCheck(all(s))).toContainEqual(
      expect.objectContaining({
        path: '/steps/0/next/0/when/all/0/fact',
        message: 'fact "income" is declared by no ruleset',
      }),
    );
  });

  it('reports a ruleset fact pointing at a field the form lacks', () => {
    const s = sampleDefinitions();
    s.ruleset.facts[0]!.path = '/documentsAttached';
    expect(crossCheck(all(s))).toContainEqual(
      expect.objectContaining({
        kind: 'ruleset',
        path: '/facts/0/path',
        message: expect.stringContaining('no field at /documentsAttached'),
      }),
    );
  });

  it('reads a data fact from the extra form it names, and reports a form the service does not have', () => {
    const s = sampleDefinitions();
    const extra = {
      ...s.form,
      id: 'permit-decision',
      fields: [{ key: 'decision', type: 'text' as const, label: { en: 'Decision' } }],
    };
    s.service.forms = ['permit-decision'];
    s.ruleset.facts.push({ id: 'decision', type: 'string', from: 'data', path: '/decision', form: 'permit-decision' });
    expect(crossCheck([...all(s), extra])).toEqual([]);
    s.service.forms = [];
    expect(crossCheck([...all(s), extra])).toContainEqual(
      expect.objectContaining({
        kind: 'ruleset',
        path: '/facts/1/form',
        message: expect.stringContaining('not a form of service'),
      }),
    );
  });

  it('reports a template field the form lacks', () => {
    const s = sampleDefinitions();
    s.template.body = { en: '{{data.applicantName}} {{data.address.street}}', ru: '{{data.nickname}}' };
    const found = crossCheck(all(s)).map((e) => `${e.path}: ${e.message}`);
    expect(found).toEqual([
      '/body/en: uses field "address.street", which form "permit-form" lacks',
      '/body/ru: uses field "nickname", which form "permit-form" lacks',
    ]);
  });

  it('reports a deadline counted from an event the service does not have', () => {
    const s = sampleDefinitions();
    s.service.deadlines[0]!.from = 'approved';
    expect(crossCheck(all(s))).toContainEqual(expect.objectContaining({ path: '/deadlines/0/from' }));
  });

  it('accepts a deadline counted from entering a step', () => {
    const s = sampleDefinitions();
    s.service.deadlines[0]!.from = 'review';
    expect(crossCheck(all(s))).toEqual([]);
  });

  it('reports two definitions of one kind with the same id', () => {
    const s = sampleDefinitions();
    expect(crossCheck([...all(s), { ...s.form }])).toContainEqual(
      expect.objectContaining({ kind: 'form', id: 'permit-form', path: '/id' }),
    );
  });
});
