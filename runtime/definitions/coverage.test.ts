import { describe, expect, it } from 'vitest';
import type { Act } from './act';
import { actCoverage } from './coverage';
import { sampleDefinitions } from './sampleDefinitions';
import type { Definition } from './types';

const act: Act = {
  kind: 'act',
  id: 'permit-act',
  title: { en: 'Permit act' },
  doc: 'P',
  paragraphs: [
    { id: '1', text: '1. Scope.' },
    { id: '2', text: '2. Terms:' },
    { id: '2.1', text: '1) the term is five working days;' },
    {
      id: '3',
      text: '3. This order enters into force…',
      notApplicable: { reason: { en: 'entry into force of the order' } },
    },
    { id: '4', text: '4. Not yet encoded.' },
    { id: 'App1', text: 'Appendix 1: form', parts: true },
  ],
};

describe('actCoverage()', () => {
  it('when definitions cite a subpoint and a part of an appendix, then those, their point and the appendix are encoded; marks and the rest are told apart', () => {
    const s = sampleDefinitions();
    const service = { ...s.service, source: { doc: 'P', para: '2.1' } };
    const form = { ...s.form, source: { doc: 'P', para: 'App1.F3' } };
    const [coverage] = actCoverage([act, service, form] as Definition[]);
    expect(coverage!.paragraphs.map((p) => [p.id, p.status])).toEqual([
      ['1', 'missing'],
      ['2', 'encoded'],
      ['2.1', 'encoded'],
      ['3', 'not-applicable'],
      ['4', 'missing'],
      ['App1', 'encoded'],
    ]);
    expect(coverage!.counts).toEqual({ encoded: 3, notApplicable: 1, missing: 2, total: 6 });
    expect(coverage!.paragraphs[5]).toMatchObject({
      citedBy: [{ kind: 'form', id: s.form.id, path: '/source', para: 'App1.F3' }],
    });
  });

  it('when a citation names further paragraphs (also), then they are encoded too; a paragraph id with a hyphen is not a range', () => {
    const s = sampleDefinitions();
    const hyphened: Act = { ...act, paragraphs: [...act.paragraphs, { id: '4-1', text: '4-1. Added later.' }] };
    const service = { ...s.service, source: { doc: 'P', para: '4-1', also: ['1', '2.1'] } };
    const [coverage] = actCoverage([hyphened, service] as Definition[]);
    expect(coverage!.paragraphs.filter((p) => p.status === 'encoded').map((p) => p.id)).toEqual([
      '1',
      '2',
      '2.1',
      '4-1',
    ]);
  });
});
