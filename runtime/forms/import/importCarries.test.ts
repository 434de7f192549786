import { describe, expect, it } from 'vitest';
import { validate } from '../../definitions/validate';
import { importJsonSchemaForm } from './fromJsonSchema';
import { defaultOf, optionsOf } from '../../definitions/fieldGuards';

const imported = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  importJsonSchemaForm({ id: 'carried', schema: { type: 'object', properties, ...extra } });

describe('the importer carries the language’s newer constructs', () => {
  it('when choices are numbers or yes/no, then they stay numbers or yes/no', () => {
    const result = imported({
      pages: { type: 'integer', enum: [36, 48], default: 36 },
      urgent: {
        type: 'boolean',
        title: 'Urgent',
        oneOf: [
          { const: true, title: 'Yes' },
          { const: false, title: 'No' },
        ],
      },
    });
    expect(result.dropped).toEqual([]);
    expect(result.form.fields[0]).toMatchObject({
      type: 'choice',
      default: 36,
      options: [{ value: 36 }, { value: 48 }],
    });
    expect(optionsOf(result.form.fields[1]).map((o) => o.value)).toEqual([true, false]);
    expect(validate(result.form)).toEqual([]);
  });

  it('when choices mix kinds or hold null, then they are dropped with the reason', () => {
    const result = imported({ mixed: { enum: ['a', 1] }, empty: { enum: ['a', null] } });
    expect(result.dropped.map((d) => d.pointer)).toEqual(
      expect.arrayContaining(['/properties/mixed', '/properties/empty']),
    );
  });

  it('when a string has format time or date-time, then it becomes a time or date-time field', () => {
    const result = imported({ at: { type: 'string', format: 'time' }, when: { type: 'string', format: 'date-time' } });
    expect(result.form.fields.map((f) => f.type)).toEqual(['time', 'datetime']);
    expect(result.dropped).toEqual([]);
  });

  it('when an array holds simple values with bounds, then it becomes a list with min/max items and item limits', () => {
    const result = imported({
      phones: { type: 'array', items: { type: 'string', maxLength: 20 }, minItems: 1, maxItems: 3 },
      scores: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 10 }, default: [1, 2] },
      days: { type: 'array', items: { type: 'string', format: 'date' } },
    });
    expect(result.dropped).toEqual([]);
    expect(result.form.fields).toMatchObject([
      { type: 'list', itemType: 'text', maxLength: 20, minItems: 1, maxItems: 3 },
      { type: 'list', itemType: 'integer', min: 0, max: 10, default: [1, 2] },
      { type: 'list', itemType: 'date' },
    ]);
    expect(validate(result.form)).toEqual([]);
  });

  it('when a default does not fit its field, then it is dropped with the validator’s reason', () => {
    const result = imported({ age: { type: 'integer', maximum: 10, default: 99 } });
    expect(defaultOf(result.form.fields[0])).toBeUndefined();
    expect(result.dropped).toEqual([
      { in: 'schema', pointer: '/properties/age/default', reason: expect.stringContaining('does not fit the field') },
    ]);
  });

  it('when the schema says if/then, then it is reported as not carried, naming what states it instead', () => {
    const result = imported(
      { a: { type: 'string' } },
      { if: { properties: { a: { const: 'x' } } }, then: { required: ['a'] } },
    );
    expect(result.dropped.map((d) => d.pointer)).toEqual(['/if', '/then']);
    expect(result.dropped[0]?.reason).toContain('visibleWhen');
  });
});
