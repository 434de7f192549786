import { describe, expect, it } from 'vitest';
import { applyPrefill, prefillInputs } from './prefillData';
import { readOutputs } from './readOutputs';
import { sampleConnector, sampleForm } from './sampleConnector.fixture';

describe('prefillInputs(), readOutputs() and applyPrefill()', () => {
  const prefill = sampleForm().prefill![0]!;

  it('reads the inputs from the form data by the prefill map', () => {
    expect(prefillInputs(prefill, { iin: '900101300011' })).toEqual({ iin: '900101300011' });
  });

  it('reads outputs by pointer and leaves out what the answer lacks', () => {
    expect(readOutputs(sampleConnector(), { surname: 'Ахметова', extra: 1 })).toEqual({ surname: 'Ахметова' });
  });

  it('fills nested fields, keeps the others, names what it filled and does not change its argument', () => {
    const data = { iin: '900101300011', person: { surname: 'old', note: 'kept' } };
    const result = applyPrefill(prefill, { surname: 'Ахметова' }, data);
    expect(result).toEqual({
      data: { iin: '900101300011', person: { surname: 'Ахметова', note: 'kept' } },
      filled: ['person.surname'],
    });
    expect(data.person.surname).toBe('old');
  });
});
