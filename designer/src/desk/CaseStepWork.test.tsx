// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../i18n';
import { LangProvider } from '../shared/lang';
import { actionOf, caseViewOf } from './caseFixtures';
import type { CaseView } from './caseTypes';
import { CaseStepWork } from './CaseStepWork';

/** The shipped decision form of the archival reference, as the server would serve it. */
const resultForm = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../definitions/forms/archival-reference-result.json'), 'utf8'),
) as { id: string };
const label = (en: string) => ({ en, ru: en, kk: en });

/** The archival decision step as GET /api/cases/:id lists it: neither action open until the result form says. */
const atDecision: CaseView = caseViewOf({
  id: 'case-1',
  service: 'archival-reference',
  step: 'search-and-decide',
  stepActions: [
    actionOf({
      id: 'issue-reference',
      label: label('Archival reference'),
      to: 'create-output',
      forms: [{ id: resultForm.id, version: 1, required: true }],
    }),
    actionOf({
      id: 'refuse',
      label: label('Reasoned refusal'),
      to: 'create-output',
      requiresReason: true,
      forms: [{ id: resultForm.id, version: 1, required: true }],
      inputs: [{ id: 'archiveFound', type: 'boolean', label: label('Was the record found?') }],
    }),
  ],
});

let posted: { url: string; body: unknown }[] = [];

beforeEach(() => {
  localStorage.setItem('qagida.lang', 'en');
  setUiLanguage('en');
  posted = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url.startsWith('/api/definitions/form/'))
      return json({ kind: 'form', id: resultForm.id, version: 1, definition: { ...resultForm, version: 1 } });
    posted.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.endsWith('/actions-preview')) return new Response('{}', { status: 404 });
    return json({});
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the work of a step that asks for a form', () => {
  it('when no action is open yet but the step asks for a form, then the form, the inputs and the buttons are shown, not "no action"', async () => {
    render(
      <LangProvider>
        <CaseStepWork caseView={atDecision} onChanged={() => undefined} />
      </LangProvider>,
    );
    await screen.findByRole('heading', { name: /Result of the e-service \(required\)/ });
    expect(screen.queryByText(/No action is open/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Archival reference' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Reasoned refusal' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('group', { name: 'Was the record found?' })).toBeTruthy();
  });

  it('when staff refuse, then the reason is asked for and sent with the step form and the input', async () => {
    const changed = vi.fn();
    render(
      <LangProvider>
        <CaseStepWork caseView={atDecision} onChanged={changed} />
      </LangProvider>,
    );
    await screen.findByRole('heading', { name: /Result of the e-service/ });
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reasoned refusal' }));
    fireEvent.change(screen.getByLabelText('Reason (required)'), { target: { value: 'No record for 1990–1995' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(changed).toHaveBeenCalled());
    const action = posted.find((p) => p.url.endsWith('/actions/refuse'));
    expect(action?.body).toMatchObject({
      reason: 'No record for 1990–1995',
      input: { archiveFound: false },
      forms: { [resultForm.id]: expect.any(Object) as unknown },
    });
  });

  it('when an action needs an input of a type the Desk has no field for, then the step says so by its label', async () => {
    const odd: CaseView = {
      ...atDecision,
      stepActions: [
        actionOf({
          id: 'approve',
          label: label('Approve'),
          to: 'done',
          inputs: [{ id: 'members', type: 'array', label: label('Commission members') }],
        }),
      ],
    };
    render(
      <LangProvider>
        <CaseStepWork caseView={odd} onChanged={() => undefined} />
      </LangProvider>,
    );
    expect((await screen.findByTestId('input-without-widget-members')).textContent).toContain('Commission members');
  });

  it("when an action's 'not before' term has not come, then its button waits and says from when", async () => {
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const waiting: CaseView = {
      ...atDecision,
      stepActions: [
        actionOf({ id: 'consult', label: label('Start consulting'), to: 'x', available: true, possibleFrom: later }),
      ],
    };
    render(
      <LangProvider>
        <CaseStepWork caseView={waiting} onChanged={() => undefined} />
      </LangProvider>,
    );
    expect(screen.getByRole('button', { name: 'Start consulting' })).toHaveProperty('disabled', true);
    expect(screen.getByTestId('possible-from-consult').textContent).toMatch(/possible from \w{3}, \d+ \w{3} \d{4}/);
  });
});
