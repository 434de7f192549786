// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Act } from '../../../runtime/definitions/act';
import type { Source } from '../../../runtime/definitions/types';
import { LangProvider } from '../shared/lang';
import { SourceInput } from './SourceInput';

const act: Act = {
  kind: 'act',
  id: '000',
  title: { en: 'Rules' },
  doc: '000',
  paragraphs: [
    { id: '82', text: '82. The operator tests the operability.' },
    { id: '80-1', text: '80-1. The operator allocates the infrastructure.' },
    { id: '76-1', text: '76-1. Testing includes the integration check.' },
  ],
};

// the published act, as the server gives it
vi.mock('../shared/definitionsApi', () => ({
  loadPublished: (kind: string, id: string) => Promise.resolve(kind === 'act' && id === '000' ? act : null),
}));

function renderSource(value: Source | undefined) {
  localStorage.setItem('qagida.lang', 'en');
  const changes: (Source | undefined)[] = [];
  render(
    <LangProvider>
      <SourceInput value={value} onChange={(v) => changes.push(v)} errors={[]} at="/steps/3/source" />
    </LangProvider>,
  );
  return changes;
}

afterEach(cleanup);

describe('<SourceInput>', () => {
  it('when an element cites a paragraph and further ones (also), then each paragraph is shown beside it as the act prints it', async () => {
    renderSource({ doc: '000', para: '82', also: ['80-1', '76-1'] });
    await waitFor(() => expect(screen.getAllByTestId('source-text')).toHaveLength(3));
    expect(screen.getAllByTestId('source-text').map((b) => [b.dataset.para, b.textContent])).toEqual([
      ['82', '82. The operator tests the operability.'],
      ['80-1', '80-1. The operator allocates the infrastructure.'],
      ['76-1', '76-1. Testing includes the integration check.'],
    ]);
  });

  it('when a cited paragraph does not exist, then the editor says so in place of its text', async () => {
    renderSource({ doc: '000', para: '99' });
    await waitFor(() => expect(screen.getByTestId('source-text').textContent).toBe('Act 000 has no paragraph 99'));
  });

  it('when further paragraphs are typed, then they become the also list; cleared, the key goes', () => {
    const changes = renderSource({ doc: '000', para: '82' });
    const also = screen.getByLabelText('Also encodes paragraphs');
    fireEvent.change(also, { target: { value: '80-1, 76-1' } });
    fireEvent.change(also, { target: { value: ' ' } });
    expect(changes).toEqual([
      { doc: '000', para: '82', also: ['80-1', '76-1'] },
      { doc: '000', para: '82' },
    ]);
  });
});
