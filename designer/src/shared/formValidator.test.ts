import { describe, expect, it } from 'vitest';
import { createFormValidator, withoutAnnotations } from './formValidator';

describe('withoutAnnotations()', () => {
  it('drops titles and descriptions but keeps a field named title and constant data', () => {
    const schema = {
      type: 'object',
      title: 'Form',
      properties: { title: { type: 'string', title: 'Title' }, kind: { const: { title: 'kept' } } },
      allOf: [{ if: { properties: { kind: { const: 'a' } } }, then: { required: ['title'], description: 'x' } }],
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { title: { type: 'string' }, kind: { const: { title: 'kept' } } },
      allOf: [{ if: { properties: { kind: { const: 'a' } } }, then: { required: ['title'] } }],
    });
  });
});

describe('createFormValidator().isValid()', () => {
  it('answers conditions the same whatever the titles', () => {
    const validator = createFormValidator();
    const root = (title: string) => ({
      type: 'object' as const,
      title,
      properties: { a: { type: 'string' as const } },
    });
    const condition = { properties: { a: { const: 'x' } } };
    expect(validator.isValid(condition, { a: 'x' }, root('One'))).toBe(true);
    expect(validator.isValid(condition, { a: 'y' }, root('Two'))).toBe(false);
    expect(validator.isValid(condition, { a: 'x' }, root('Three'))).toBe(true);
  });
});
