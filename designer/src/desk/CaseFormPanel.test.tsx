// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Form } from '../../../runtime/definitions/types';
import { setUiLanguage } from '../i18n';
import { AttachmentCase } from '../shared/attachmentContext';
import { AuthProvider } from '../shared/auth';
import { LangProvider } from '../shared/lang';
import { caseViewOf } from './caseFixtures';
import { CaseFormPanel } from './CaseFormPanel';

const label = (en: string) => ({ en, ru: en, kk: en });
const form = {
  id: 'scan-form',
  version: 1,
  title: label('Application'),
  fields: [{ key: 'scan', type: 'file', label: label('Scan') }],
} as unknown as Form;

let submitted: unknown[] = [];
let arrive: () => void = () => undefined;

beforeEach(() => {
  localStorage.setItem('qagida.lang', 'en');
  setUiLanguage('en');
  submitted = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/auth/session') return json({ user: { username: 'staff', role: 'staff' } });
    if (url.endsWith('/attachments'))
      // the file arrives when the test says so: until then it is on its way
      return new Promise<Response>((resolve) => {
        arrive = () =>
          resolve(
            json({
              id: 'a1',
              ref: 'file:a1',
              name: 'scan.pdf',
              type: 'application/pdf',
              size: 4,
              sha256: 'x',
              field: 'scan',
              document: null,
            }),
          );
      });
    if (url.endsWith('/submit')) submitted.push(JSON.parse(String(init?.body)));
    return json({});
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel() {
  render(
    <MemoryRouter>
      <LangProvider>
        <AuthProvider>
          <AttachmentCase.Provider value="c1">
            <CaseFormPanel
              caseView={caseViewOf({ id: 'c1', status: 'draft', data: {} })}
              form={form}
              onChanged={() => undefined}
            />
          </AttachmentCase.Provider>
        </AuthProvider>
      </LangProvider>
    </MemoryRouter>,
  );
}

describe('CaseFormPanel', () => {
  it('when a chosen file is still uploading, then the case cannot be submitted until it has arrived, and then carries it', async () => {
    renderPanel();
    const input = await screen.findByLabelText('Scan');
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' })] } });

    const submit = screen.getByRole('button', { name: 'Submit' });
    await waitFor(() => expect(screen.getByTestId('uploads-in-flight')).toBeTruthy());
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(submit);
    expect(submitted).toEqual([]);

    arrive();
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('uploads-in-flight')).toBeNull();
    // the field shows the file it holds, by name, type and size
    expect(screen.getByTestId('file-scan').textContent).toMatch(/scan\.pdf \(application\/pdf, 4 B\)/);
    fireEvent.click(submit);
    await waitFor(() => expect(submitted).toEqual([{ data: { scan: 'file:a1' } }]));
  });
});
