// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../runtime/definitions/types';
import { LangProvider } from '../shared/lang';
import { AskedWhenEditor } from './AskedWhenEditor';
import type { AskedWhen } from './askedWhen';

const items: ChecklistItem[] = [
  {
    id: 'q12',
    number: '12',
    question: { en: 'Channel?' },
    answer: 'choice',
    options: [
      { value: 'portal', label: { en: 'Portal', ru: 'Портал', kk: 'Портал' } },
      { value: 'office', label: { en: 'Office', ru: 'Офис', kk: 'Кеңсе' } },
    ],
  },
  { id: 'q13', number: '13', question: { en: 'Is the service automated?' }, answer: 'boolean' },
  { id: 'q14', number: '14', question: { en: 'Which system?' }, answer: 'text' },
  { id: 'q15', number: '15', question: { en: 'How many days?' }, answer: 'number' },
  { id: 'q16', number: '16', question: { en: 'Why?' }, answer: 'text' },
];

/** Renders in a language, as the designer does: the interface and the content both follow it. */
function renderEditor(index: number, value: AskedWhen | undefined, lang = 'en') {
  localStorage.setItem('qagida.lang', lang);
  const changes: (AskedWhen | undefined)[] = [];
  render(
    <LangProvider>
      <AskedWhenEditor
        items={items}
        index={index}
        value={value}
        onChange={(v) => changes.push(v)}
        errors={[]}
        at={`/items/${index}/askedWhen`}
      />
    </LangProvider>,
  );
  return changes;
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

afterEach(cleanup);

describe('<AskedWhenEditor>', () => {
  it('when Q14 is edited, then the picker offers only the questions before it, and picking Q13 asks it when Q13 is yes', () => {
    const changes = renderEditor(2, undefined);
    const question = screen.getByLabelText('Earlier question');
    expect(optionTexts(question)).toEqual(['(always asked)', '12 — Channel?', '13 — Is the service automated?']);
    fireEvent.change(question, { target: { value: 'q13' } });
    expect(changes).toEqual([{ item: 'q13', equals: true }]);
  });

  it('when the condition is on a yes/no question, then the answer is picked from yes and no, and no gives false', () => {
    const changes = renderEditor(2, { item: 'q13', equals: true });
    const answer = screen.getByLabelText('is answered');
    expect(optionTexts(answer)).toEqual(['yes', 'no']);
    fireEvent.change(answer, { target: { value: 'false' } });
    expect(changes).toEqual([{ item: 'q13', equals: false }]);
  });

  it('when the condition is on a choice, then its options are offered in the interface language', () => {
    renderEditor(3, { item: 'q12', equals: 'portal' }, 'kk');
    expect(optionTexts(screen.getByLabelText('жауабы'))).toEqual(['Портал', 'Кеңсе']);
    expect(screen.getByText('Тек мына жағдайда қойылады')).toBeTruthy();
  });

  it('when a typed number answer is given, then it is kept as a number; choosing "always" removes the condition', () => {
    const items4 = renderEditor(4, { item: 'q15', equals: 0 }, 'ru');
    fireEvent.change(screen.getByLabelText('получил ответ'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Предыдущий вопрос'), { target: { value: '(always)' } });
    expect(items4).toEqual([{ item: 'q15', equals: 5 }, undefined]);
  });

  it('when the first question is edited, then nothing can be picked and the editor says it is always asked', () => {
    renderEditor(0, undefined);
    expect(optionTexts(screen.getByLabelText('Earlier question'))).toEqual(['(always asked)']);
    expect(screen.getByText('The first question is always asked.')).toBeTruthy();
  });
});
