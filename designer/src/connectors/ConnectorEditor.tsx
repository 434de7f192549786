import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../runtime/definitions/connector';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import type { EditorProps } from '../design/editorProps';
import { SourceInput } from '../design/SourceInput';
import { api, errorText } from '../shared/api';
import { useLang } from '../shared/lang';
import { LocalizedInput, SelectField, TextField } from '../shared/widgets';
import { ConnectorIo } from './editor/ConnectorIo';
import { JsonValueField } from './editor/JsonValueField';
import { KeyValueField } from './editor/KeyValueField';
import { ResponseSchemaField } from './editor/ResponseSchemaField';

type TryResult =
  | { ok: true; outputs: Record<string, unknown>; attempts: number }
  | { ok: false; failure: string; message: string; attempts: number };

const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * A connector edited with widgets: the call (method, URL template, headers, body, timeout,
 * retries, answer size), the credential's name, inputs and outputs, the response schema, and a
 * "try it" that calls the draft as it stands with sample inputs (kept as the connector's sample),
 * through the server and its allowlist, and shows the mapped outputs.
 */
export function ConnectorEditor({ definition: connector, onChange, errors }: EditorProps<Connector>) {
  const { t } = useTranslation('connectors');
  const { t: ta } = useTranslation('connectorsAdmin');
  const { lang } = useLang();
  const [result, setResult] = useState<TryResult | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Connector>) => onChange({ ...connector, ...patch });
  const sample = connector.sample ?? {};
  const setSample = (name: string, value: string) => {
    const next = { ...sample, [name]: value };
    if (!value) delete next[name];
    set({ sample: Object.keys(next).length ? next : undefined });
  };

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
      <SourceInput value={connector.source} onChange={(source) => set({ source })} errors={errors} at="/source" />
      <SelectField
        label={t('editor.method')}
        value={connector.method}
        options={['GET', 'POST']}
        onChange={(method) => set({ method, ...(method === 'GET' ? { body: undefined } : {}) })}
        errors={errors}
        at="/method"
      />
      <TextField
        label={t('editor.url')}
        value={connector.url}
        onChange={(url) => set({ url })}
        errors={errors}
        at="/url"
      />
      <KeyValueField
        label={ta('editor.headers')}
        value={connector.headers}
        onChange={(headers) => set({ headers })}
        errors={errors}
        at="/headers"
        keyLabel={ta('editor.headerName')}
        valueLabel={ta('editor.headerValue')}
      />
      {connector.method === 'POST' || connector.body !== undefined ? (
        <JsonValueField
          label={ta('editor.body')}
          value={connector.body}
          onChange={(body) => set({ body })}
          errors={errors}
          at="/body"
        />
      ) : null}
      <fieldset className="row">
        <legend>{ta('editor.limits')}</legend>
        <TextField
          label={t('editor.timeout')}
          type="number"
          value={connector.timeoutMs}
          onChange={(v) => set({ timeoutMs: Number(v) })}
          errors={errors}
          at="/timeoutMs"
        />
        <TextField
          label={t('editor.retries')}
          type="number"
          value={connector.retries}
          onChange={(v) => set({ retries: Number(v) })}
          errors={errors}
          at="/retries"
        />
        <TextField
          label={ta('editor.maxResponseBytes')}
          type="number"
          value={connector.maxResponseBytes}
          onChange={(v) => set({ maxResponseBytes: num(v) })}
          errors={errors}
          at="/maxResponseBytes"
        />
      </fieldset>
      <fieldset className="row">
        <legend>{ta('editor.credential')}</legend>
        <TextField
          label={t('editor.credential')}
          value={connector.credential?.name}
          onChange={(name) =>
            set({
              credential: name
                ? { header: 'Authorization', prefix: 'Bearer ', ...connector.credential, name: name.toUpperCase() }
                : undefined,
            })
          }
          errors={errors}
          at="/credential/name"
        />
        {connector.credential && (
          <>
            <TextField
              label={ta('editor.credentialHeader')}
              value={connector.credential.header}
              onChange={(header) => set({ credential: { ...connector.credential!, header } })}
              errors={errors}
              at="/credential/header"
            />
            <TextField
              label={ta('editor.credentialPrefix')}
              value={connector.credential.prefix}
              onChange={(prefix) => set({ credential: { ...connector.credential!, prefix: prefix || undefined } })}
              errors={errors}
              at="/credential/prefix"
            />
          </>
        )}
      </fieldset>
      <ConnectorIo connector={connector} set={set} errors={errors} />
      <ResponseSchemaField
        value={connector.responseSchema}
        onChange={(responseSchema) => set({ responseSchema })}
        errors={errors}
        at="/responseSchema"
      />

      <section className="panel" aria-label={t('try.heading')}>
        <h3>{t('try.heading')}</h3>
        <fieldset data-pointer="/sample">
          <legend>{ta('editor.sample')}</legend>
          {connector.inputs.map((input) => (
            <label key={input.name}>
              {resolveLabel(input.label, lang) || input.name}{' '}
              <input
                name={`try-${input.name}`}
                value={sample[input.name] ?? ''}
                onChange={(e) => setSample(input.name, e.target.value)}
              />
            </label>
          ))}
        </fieldset>
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
