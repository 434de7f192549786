// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Form } from '../../../runtime/definitions/types';
import { setUiLanguage } from '../i18n';
import { FormView } from './FormView';

const family: Form = {
  kind: 'form',
  id: 'family',
  version: 1,
  title: { kk: 'Отбасы', ru: 'Семья', en: 'Family' },
  fields: [
    {
      key: 'members',
      type: 'table',
      label: { kk: 'Отбасы мүшелері', ru: 'Члены семьи', en: 'Family members' },
      fields: [{ key: 'name', type: 'text', label: { kk: 'Аты', ru: 'Имя', en: 'Name' } }],
    },
  ],
} as Form;

afterEach(cleanup);

describe('the array buttons of a generated form', () => {
  it('when the interface is Russian, then add-row and remove-row show their word, which is also their name', () => {
    setUiLanguage('ru');
    render(<FormView form={family} lang="ru" data={{ members: [{ name: 'Айгерим' }] }} onChange={() => {}} />);
    const add = screen.getByRole('button', { name: 'Добавить строку' });
    expect(add.textContent).toBe('Добавить строку');
    const remove = screen.getByRole('button', { name: 'Удалить' });
    expect(remove.textContent).toBe('Удалить');
    // no button is left without a visible word (the icon font is not loaded)
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim()).not.toBe('');
  });

  it('when the interface is Kazakh, then the same buttons speak Kazakh', () => {
    setUiLanguage('kk');
    render(<FormView form={family} lang="kk" data={{ members: [{ name: 'Айгерим' }] }} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Жол қосу' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Жою' })).toBeTruthy();
  });
});
