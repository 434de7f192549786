// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Condition } from '../../../runtime/definitions/types';
import { setUiLanguage } from '../i18n';
import { ConditionBuilder } from './ConditionBuilder';
import { vocabularyOf } from './useRulesetVocabulary';
import { sampleDefinitions } from '../../../runtime/definitions/sampleDefinitions';

const { facts, events } = vocabularyOf([sampleDefinitions().ruleset]);

function renderBuilder(value: Condition) {
  const changes: Condition[] = [];
  render(
    <ConditionBuilder
      value={value}
      onChange={(c) => changes.push(c)}
      facts={facts}
      events={events}
      errors={[]}
      at="/steps/0/next/0/when"
    />,
  );
  return changes;
}

beforeAll(() => setUiLanguage('en'));
afterEach(cleanup);

describe("<ConditionBuilder> with the rulesets' vocabulary", () => {
  it('when a condition tests events, then the event is chosen from those the rulesets declare, by label', () => {
    const changes = renderBuilder({ all: [{ fact: 'events', operator: 'contains', value: '' }] });
    const picker = screen.getByRole('combobox', { name: 'Event' });
    const options = [...(picker as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['— choose an event —', 'Documents missing (documents-missing)']);
    fireEvent.change(picker, { target: { value: 'documents-missing' } });
    expect(changes.at(-1)).toEqual({ all: [{ fact: 'events', operator: 'contains', value: 'documents-missing' }] });
  });

  it('when a stored condition names an event nobody declares, then the picker shows it as such and marks it invalid', () => {
    renderBuilder({ all: [{ fact: 'events', operator: 'contains', value: 'documents-mising' }] });
    const picker = screen.getByRole('combobox', { name: 'Event' });
    expect((picker as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'documents-mising (declared by no ruleset)',
    );
    expect(picker.getAttribute('aria-invalid')).toBe('true');
  });

  it('then facts are chosen from the declared ones and the built-in ones, not typed', () => {
    renderBuilder({ all: [{ fact: 'documentsComplete', operator: 'equal', value: true }] });
    const fact = screen.getByRole('combobox', { name: 'Fact' }) as HTMLSelectElement;
    expect([...fact.options].map((o) => o.value)).toEqual(['channel', 'now', 'events', 'documentsComplete']);
    expect(screen.queryByRole('textbox', { name: 'Fact' })).toBeNull();
  });
});
