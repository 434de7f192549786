import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../../../runtime/definitions/connector';
import { resolveLabel } from '../../../../runtime/i18n/resolveLabel';
import { api, errorText } from '../../shared/api';
import { useLang } from '../../shared/lang';

type TryResult =
  | { ok: true; outputs: Record<string, unknown>; attempts: number }
  | { ok: false; failure: string; message: string; attempts: number };

/**
 * "Try it": calls the draft as it stands with sample inputs (kept as the connector's sample), through the server and
 * its allowlist, and shows the mapped outputs or why the call failed.
 */
export function TryConnector({ connector, set }: { connector: Connector; set: (patch: Partial<Connector>) => void }) {
  const { t } = useTranslation('connectors');
  const { t: ta } = useTranslation('connectorsAdmin');
  const { lang } = useLang();
  const { result, message, busy, tryIt } = useTryConnector(connector);
  const sample = connector.sample ?? {};
  const setSample = (name: string, value: string) => {
    const next = { ...sample, [name]: value };
    if (!value) delete next[name];
    set({ sample: Object.keys(next).length ? next : undefined });
  };
  return (
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
      {result && <TryResultView connector={connector} result={result} />}
    </section>
  );
}

/** The call's answer: the outputs it mapped, or the failure; and how many attempts it took. */
function TryResultView({ connector, result }: { connector: Connector; result: TryResult }) {
  const { t } = useTranslation('connectors');
  const { lang } = useLang();
  return (
    <>
      {!result.ok && (
        <p role="alert" data-testid="connector-try-failed">
          {t('try.failed', { failure: t(`failure.${result.failure}`), message: result.message })}
        </p>
      )}
      {result.ok && (
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
      <p>{t('try.attempts', { attempts: result.attempts })}</p>
    </>
  );
}

/** One try of the draft (without its version) with its sample inputs: the answer, or the message of a refused request. */
function useTryConnector(connector: Connector) {
  const [result, setResult] = useState<TryResult | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const tryIt = async () => {
    setBusy(true);
    setMessage('');
    setResult(null);
    try {
      const { version: _version, ...draft } = connector;
      setResult(
        await api<TryResult>('/api/connectors/try', {
          method: 'POST',
          body: { connector: draft, inputs: connector.sample ?? {} },
        }),
      );
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { result, message, busy, tryIt };
}
