import { describe, expect, it } from 'vitest';
import { describeFiles, humanSize } from './fileRefs';

describe('describeFiles', () => {
  it('when a value holds a legacy data-URL, then it becomes name, type and size, and the content is gone', () => {
    const content = Buffer.alloc(3000, 7).toString('base64');
    const out = describeFiles({ scan: `data:application/pdf;name=a%20b.pdf;base64,${content}`, n: 1 }, []);
    expect(out).toEqual({ scan: 'a b.pdf (application/pdf, 2.9 KB)', n: 1 });
  });

  it('when a value refers to a stored file, then it is described from its metadata', () => {
    const a = { id: 'f1', name: 'x.png', type: 'image/png', size: 5 * 1024 * 1024 };
    expect(describeFiles(['file:f1', 'file:f2', 'text'], [a as never])).toEqual([
      'x.png (image/png, 5.0 MB)',
      'file:f2',
      'text',
    ]);
  });

  it('sizes read as people read them', () => {
    expect([humanSize(512), humanSize(2048), humanSize(20 * 1024 * 1024)]).toEqual(['512 B', '2.0 KB', '20.0 MB']);
  });
});
