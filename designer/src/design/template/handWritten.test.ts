import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../runtime/definitions/types';
import { handWritten } from './handWritten';

const template = (sample?: Record<string, unknown>): Template => ({
  kind: 'template',
  id: 't',
  title: { en: 'T' },
  body: { en: '{{data.name}}' },
  ...(sample && { sample }),
});

describe('the hand-written sample a template without a form is previewed with', () => {
  it('when the sample is form data alone, then it is the data, at the fixed sample instant', () => {
    expect(handWritten(template({ name: 'Aigerim' }), 'kk')).toEqual({
      lang: 'kk',
      data: { name: 'Aigerim' },
      now: '2026-03-20T12:45:00Z',
    });
  });

  it('when the sample is a whole context, then its parts go through and the preview language wins over its own', () => {
    const sample = {
      data: { name: 'A' },
      case: { id: 'c1' },
      deadlines: { answer: '2026-04-01' },
      now: '2026-01-02T00:00:00Z',
      lang: 'en',
    };
    expect(handWritten(template(sample), 'ru')).toEqual({ ...sample, lang: 'ru' });
  });

  it('when a context part has the wrong shape, then it is left out rather than passed to the renderer', () => {
    const input = handWritten(template({ data: {}, now: 5, deadlines: 'soon' }), 'en');
    expect(input).toEqual({ lang: 'en', data: {}, now: '2026-03-20T12:45:00Z' });
  });

  it('when there is no sample, then the data is empty', () => {
    expect(handWritten(template(), 'en').data).toEqual({});
  });
});
