import { describe, expect, it } from 'vitest';
import { validate } from '../../../runtime/definitions/validate';
import { sampleDefinitions } from '../../../runtime/definitions/sampleDefinitions';
import type { Ruleset } from '../../../runtime/definitions/types';
import { addCondition, removeCondition, renameCondition } from './namedConditions';

function withNamed(): Ruleset {
  const { ruleset } = sampleDefinitions();
  return {
    ...ruleset,
    conditions: {
      incomplete: { all: [{ fact: 'documentsComplete', operator: 'equal', value: false }] },
      again: { not: { condition: 'incomplete' } },
    },
    rules: [{ ...ruleset.rules[0]!, conditions: { any: [{ condition: 'incomplete' }] } }],
  };
}

describe('editing named conditions', () => {
  it('when a named condition is renamed, then the rules and the other named conditions follow, and it stays valid', () => {
    const renamed = renameCondition(withNamed(), 'incomplete', 'documentsMissing');
    expect(Object.keys(renamed.conditions ?? {})).toEqual(['documentsMissing', 'again']);
    expect(renamed.rules[0]?.conditions).toEqual({ any: [{ condition: 'documentsMissing' }] });
    expect(renamed.conditions?.again).toEqual({ not: { condition: 'documentsMissing' } });
    expect(validate(renamed)).toEqual([]);
  });

  it('when renamed to a name already taken, then nothing changes', () => {
    const r = withNamed();
    expect(renameCondition(r, 'incomplete', 'again')).toBe(r);
  });

  it('when one is added, then it holds always and takes a free name', () => {
    const { ruleset, name } = addCondition(withNamed());
    expect(name).toBe('condition3');
    expect(ruleset.conditions?.[name]).toEqual({ all: [] });
  });

  it('when one still used is removed, then validate() points at each reference left', () => {
    const removed = removeCondition(withNamed(), 'incomplete');
    expect(validate(removed).map((e) => e.path)).toEqual(
      expect.arrayContaining(['/conditions/again/not/condition', '/rules/0/conditions/any/0/condition']),
    );
  });
});
