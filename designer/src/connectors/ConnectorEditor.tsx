import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../runtime/definitions/connector';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import type { EditorProps } from '../design/editorProps';
import { api, errorText } from '../shared/api';
import { useLang } from '../shared/lang';
import { ErrorsAt, LocalizedInput } from '../shared/widgets';

type TryResult =
  | { ok: true; outputs: Record<string, unknown>; attempts: number }
  | { ok: false; failure: string; message: string; attempts: number };

/**
 * A connector's call (method, URL template, timeout, retries, credential name) and a "try it"
 * that calls the draft as it stands with sample inputs, through the server and its allowlist,
 * and shows the mapped outputs. Inputs, outputs and the response schema are edited in the JSON tab.
 */
export function ConnectorEditor({ definition: connector, onChange, errors }: EditorProps<Connector>) {
  const { t } = useTranslation('connectors');
  const { lang } = useLang();
  const [sample, setSample] = useState<Record<string, string>>(() => ({ ...connector.sample }));
  const [result, setResult] = useState<TryResult | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Connector>) => onChange({ ...connector, ...patch });

  const tryIt = async () => {
    setBusy(true);
    setMessage('');
    setResult(null);
    try {
      const { version: _version, ...draft } = connector;
      setResult(
        await api<TryResult>('/api/connectors/try', { method: 'POST', body: { connector: draft, inputs: sample } }),
      );
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="connector-editor">
      <LocalizedInput
        label={t('editor.title')}
        value={connector.title}
        onChange={(title) => set({ title })}
        errors={errors}
        at="/title"
      />
      <label>
        {t('editor.method')}{' '}
        <select value={connector.method} onChange={(e) => set({ method: e.target.value })}>
          <option value="GET">GET</option>
          <option value="POST">POST</option>
        </select>
      </label>
      <label>
        {t('editor.url')}{' '}
        <input name="url" size={60} value={connector.url} onChange={(e) => set({ url: e.target.value })} />
      </label>
      <ErrorsAt errors={errors} at="/url" />
      <label>
        {t('editor.timeout')}{' '}
        <input
          type="number"
          name="timeoutMs"
          value={connector.timeoutMs}
          onChange={(e) => set({ timeoutMs: Number(e.target.value) })}
        />
      </label>
      <ErrorsAt errors={errors} at="/timeoutMs" />
      <label>
        {t('editor.retries')}{' '}
        <input
          type="number"
          name="retries"
          value={connector.retries}
          onChange={(e) => set({ retries: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('editor.credential')}{' '}
        <input
          name="credential"
          value={connector.credential?.name ?? ''}
          onChange={(e) =>
            set({
              credential: e.target.value
                ? { header: 'Authorization', prefix: 'Bearer ', ...connector.credential, name: e.target.value }
                : undefined,
            })
          }
        />
      </label>
      <ErrorsAt errors={errors} at="/credential/name" />
      <p className="hint">{t('editor.jsonHint')}</p>

      <section className="panel" aria-label={t('try.heading')}>
        <h3>{t('try.heading')}</h3>
        {connector.inputs.map((input) => (
          <label key={input.name}>
            {resolveLabel(input.label, lang) || input.name}{' '}
            <input
              name={`try-${input.name}`}
              value={sample[input.name] ?? ''}
              onChange={(e) => setSample({ ...sample, [input.name]: e.target.value })}
            />
          </label>
        ))}
        <button type="button" onClick={() => void tryIt()} disabled={busy} data-testid="connector-try">
          {t('try.run')}
        </button>
        {message && <p role="alert">{message}</p>}
        {result && !result.ok && (
          <p role="alert" data-testid="connector-try-failed">
            {t('try.failed', { failure: t(`failure.${result.failure}`), message: result.message })}
          </p>
        )}
        {result?.ok && (
          <table data-testid="connector-try-outputs">
            <caption>{t('try.outputs')}</caption>
            <tbody>
              {connector.outputs.map((output) => (
                <tr key={output.name}>
                  <th scope="row">{resolveLabel(output.label, lang) || output.name}</th>
                  <td>{JSON.stringify(result.outputs[output.name] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {result && <p>{t('try.attempts', { attempts: result.attempts })}</p>}
      </section>
    </div>
  );
}
