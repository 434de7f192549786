import { describe, expect, it } from 'vitest';
import { actionOf, caseViewOf } from './caseFixtures';
import { actionBody, actionEnabled, hasContent, stepWorkOf, typedInput, widgetFor } from './stepWork';

const label = { en: 'x' };
const base = caseViewOf({
  service: 'archival-reference',
  step: 'search-and-decide',
  pins: { forms: [{ id: 'archival-reference-result', version: 3 }] },
});

describe('the work of the current step', () => {
  it('when an action that is not yet available asks for a form, then the step shows that form at its pinned version', () => {
    const work = stepWorkOf(
      {
        ...base,
        actions: [],
        stepActions: [
          actionOf({
            id: 'issue',
            label,
            to: 'issued',
            forms: [{ id: 'archival-reference-result', version: null, required: true }],
          }),
          actionOf({
            id: 'refuse',
            label,
            to: 'refused',
            requiresReason: true,
            forms: [{ id: 'archival-reference-result', version: null, required: false }],
          }),
        ],
      },
      'archival-reference-survey',
    );
    expect(work.actions.map((a) => a.id)).toEqual(['issue', 'refuse']);
    expect(work.forms).toEqual([{ id: 'archival-reference-result', version: 3, required: true }]);
  });

  it('when an input is of a type the Desk has no widget for, then it has none', () => {
    expect(widgetFor({ id: 'a', type: 'boolean' })).toBe('boolean');
    expect(widgetFor({ id: 'b', type: 'object' })).toBeNull();
  });

  it('when inputs are typed as text, then they are sent typed and blanks are left out', () => {
    const inputs = [
      { id: 'n', type: 'number' },
      { id: 'b', type: 'boolean' },
      { id: 's', type: 'string' },
      { id: 'empty', type: 'string' },
    ];
    expect(typedInput(inputs, { n: '12', b: 'false', s: 'ok', empty: '' })).toEqual({ n: 12, b: false, s: 'ok' });
  });

  it('when a refusal is given a reason, then the body carries it trimmed, with the forms and inputs given', () => {
    expect(actionBody({ f: { a: 1 } }, {}, '  no record found ')).toEqual({
      forms: { f: { a: 1 } },
      reason: 'no record found',
    });
    expect(actionBody({}, {}, ' ')).toEqual({});
  });

  it('when a form was left untouched (rjsf gives empty objects and rows), then it holds nothing to send', () => {
    expect(hasContent({ a: {}, rows: [{}], note: '' })).toBe(false);
    expect(hasContent({ rows: [{ n: 0 }] })).toBe(true);
    expect(hasContent({ agree: false })).toBe(true);
  });

  it('when a preview answered, then it decides the buttons; before it, an action that takes data stays enabled', () => {
    const waiting = actionOf({ id: 'issue', label, to: 'x', forms: [{ id: 'f', version: null, required: false }] });
    const closed = actionOf({ id: 'close', label, to: 'x' });
    expect(actionEnabled(waiting, null)).toBe(true);
    expect(actionEnabled(closed, null)).toBe(false);
    expect(actionEnabled(waiting, new Set(['close']))).toBe(false);
    expect(actionEnabled(closed, new Set(['close']))).toBe(true);
  });
});
