import { describe, expect, it } from 'vitest';
import { sampleDefinitions } from './sampleDefinitions';
import { validate } from './validate';

describe('validate()', () => {
  it('accepts each definition of the sample set', () => {
    for (const definition of Object.values(sampleDefinitions())) expect(validate(definition)).toEqual([]);
  });

  it('rejects an unknown kind at /kind', () => {
    expect(validate({ kind: 'spreadsheet', id: 'x' })).toEqual([
      { path: '/kind', message: expect.stringContaining('service') },
    ]);
  });

  it('points at a missing required property itself', () => {
    const { service } = sampleDefinitions();
    const { form: _form, ...withoutForm } = service;
    expect(validate(withoutForm)).toContainEqual({ path: '/form', message: 'is required' });
  });

  it('points at a property the schema does not know', () => {
    const { form } = sampleDefinitions();
    const errors = validate({ ...form, colour: 'red' });
    expect(errors).toContainEqual({ path: '/colour', message: 'is not a known property here' });
  });

  it('returns every error, not the first one', () => {
    const { service } = sampleDefinitions();
    const broken = { ...service, id: 'Bad Id', calendar: 7, cost: { free: 'yes' } };
    const paths = validate(broken).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/id', '/calendar', '/cost/free']));
  });

  it('rejects a deadline that is both a term and periodic', () => {
    const { service } = sampleDefinitions();
    const deadline = { ...service.deadlines[0]!, periodic: { every: 'year' as const, month: 3, day: 30 } };
    expect(validate({ ...service, deadlines: [deadline] })).toEqual([
      { path: '/deadlines/0', message: expect.stringContaining('exactly one') },
    ]);
  });

  it('rejects a yearly periodic deadline without its month', () => {
    const { service } = sampleDefinitions();
    const deadline = { id: 'list', label: { en: 'List' }, periodic: { every: 'year' as const, day: 30 } };
    expect(validate({ ...service, deadlines: [deadline] })).toEqual([
      { path: '/deadlines/0/periodic/month', message: 'a yearly deadline needs its month' },
    ]);
  });

  it('accepts a cost the act does not state, but not with an amount', () => {
    const { service } = sampleDefinitions();
    expect(validate({ ...service, cost: { free: false, stated: false } })).toEqual([]);
    expect(validate({ ...service, cost: { free: false, stated: false, amount: 5 } })).toEqual([
      { path: '/cost/amount', message: 'a cost the act does not state has no amount' },
    ]);
  });

  it('rejects a property that does not belong to the field type', () => {
    const { form } = sampleDefinitions();
    const fields = [
      { key: 'age', type: 'number', label: { en: 'Age' }, options: [{ value: 'a', label: { en: 'A' } }] },
    ];
    expect(validate({ ...form, fields })).toEqual([
      { path: '/fields/0/options', message: 'does not apply to a field of type "number"' },
    ]);
  });

  it('rejects duplicate field keys at one level', () => {
    const { form } = sampleDefinitions();
    const fields = [form.fields[0]!, { ...form.fields[0]! }];
    expect(validate({ ...form, fields })).toContainEqual({
      path: '/fields/1/key',
      message: 'duplicate key "applicantName"',
    });
  });

  it('rejects an unknown operator in a rule', () => {
    const { ruleset } = sampleDefinitions();
    const rule = {
      ...ruleset.rules[0]!,
      conditions: { all: [{ fact: 'documentsComplete', operator: 'eval', value: 1 }] },
    };
    const errors = validate({ ...ruleset, rules: [rule] });
    expect(errors).toContainEqual({
      path: '/rules/0/conditions/all/0/operator',
      message: expect.stringContaining('must be one of'),
    });
  });

  it('rejects a rule that uses a fact the ruleset does not declare', () => {
    const { ruleset } = sampleDefinitions();
    const rule = { ...ruleset.rules[0]!, conditions: { any: [{ fact: 'income', operator: 'greaterThan', value: 1 }] } };
    expect(validate({ ...ruleset, rules: [rule] })).toEqual([
      { path: '/rules/0/conditions/any/0/fact', message: 'fact "income" is not declared in this ruleset' },
    ]);
  });

  it('rejects a form named by a fact that does not come from data', () => {
    const { ruleset } = sampleDefinitions();
    const fact = { id: 'decision', type: 'string', from: 'input', form: 'permit-form' };
    expect(validate({ ...ruleset, facts: [...ruleset.facts, fact] })).toEqual([
      { path: '/facts/1/form', message: 'only a fact from data names the form it reads' },
    ]);
  });

  it('rejects a condition node with both all and fact', () => {
    const { ruleset } = sampleDefinitions();
    const conditions = { all: [], fact: 'documentsComplete', operator: 'equal', value: true };
    expect(validate({ ...ruleset, rules: [{ ...ruleset.rules[0]!, conditions }] })).toContainEqual({
      path: '/rules/0/conditions',
      message: 'a condition has exactly one of "all", "any", "not", "fact" or "condition"',
    });
  });

  it('rejects a task without actions and an end step without outcome', () => {
    const { process } = sampleDefinitions();
    const steps = [
      { id: 'a', type: 'task', actor: 'clerk', label: { en: 'A' } },
      { id: 'b', type: 'end', label: { en: 'B' } },
    ];
    const paths = validate({ ...process, start: 'a', steps }).map((e) => e.path);
    expect(paths).toEqual(['/steps/0/actions', '/steps/1/outcome']);
  });

  it('rejects a template that calls a helper outside the allowed set', () => {
    const { template } = sampleDefinitions();
    expect(validate({ ...template, body: { en: '{{exec "rm"}}' } })).toEqual([
      { path: '/body/en', message: 'uses helper "exec", which is not in the allowed set' },
    ]);
  });

  it('rejects working hours that end before they start', () => {
    const { calendar } = sampleDefinitions();
    const errors = validate({ ...calendar, workingHours: { start: '18:00', end: '09:00' } });
    expect(errors).toEqual([{ path: '/workingHours/end', message: 'must be later than start' }]);
  });
});
