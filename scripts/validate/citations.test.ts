import { describe, expect, it } from 'vitest';
import { checkDefinitionFiles } from './checkDefinitionFiles';
import { loadDefinitionFiles } from './loadDefinitionFiles';

const shipped = loadDefinitionFiles(['definitions', 'rules']);

/** The shipped files with one service's first deadline citing `para` of its act instead. */
function withCitation(doc: string, para: string, also?: string[]) {
  return shipped.map((f) => {
    if (!f.file.endsWith('services/ucc-outage-notice.json')) return f;
    const body = structuredClone(f.body) as { deadlines: { source: { doc: string; para: string } }[] };
    body.deadlines[0]!.source = { doc, para, ...(also ? { also } : {}) };
    return { ...f, body };
  });
}

describe('every source.para resolves to a paragraph of its act', () => {
  it('when the shipped definitions are checked, then every citation resolves', () => {
    expect(checkDefinitionFiles(shipped).filter((e) => /act|paragraph/.test(e.message))).toEqual([]);
  });

  it('when a deadline cites a paragraph its act does not have, then validate fails naming it by pointer', () => {
    const errors = checkDefinitionFiles(withCitation('002', '99'));
    expect(errors).toEqual([
      {
        file: expect.stringContaining('services/ucc-outage-notice.json') as string,
        path: '/deadlines/0/source/para',
        message: 'act "002" has no paragraph "99"',
      },
    ]);
  });

  it('when a citation names an act that is not in definitions/acts, then validate fails at /doc', () => {
    const errors = checkDefinitionFiles(withCitation('999', '1'));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['/deadlines/0/source/doc', 'no act "999" in definitions/acts'],
    ]);
  });

  it('when an appendix is cited by a named part, then it resolves to the appendix, but not past it', () => {
    expect(checkDefinitionFiles(withCitation('001', 'App2.Q14'))).toEqual([]);
    expect(checkDefinitionFiles(withCitation('001', 'App9.Q1')).map((e) => e.message)).toEqual([
      'act "001" has no paragraph "App9.Q1"',
    ]);
  });

  it('when a citation names further paragraphs it encodes (also), then each must exist, the wrong one named by pointer', () => {
    expect(checkDefinitionFiles(withCitation('002', '23', ['20', '21']))).toEqual([]);
    expect(checkDefinitionFiles(withCitation('002', '23', ['20', '99'])).map((e) => [e.path, e.message])).toEqual([
      ['/deadlines/0/source/also/1', 'act "002" has no paragraph "99"'],
    ]);
  });
});
