import { useTranslation } from 'react-i18next';
import type { Form } from '../../../runtime/definitions/types';
import type { Prefill } from '../../../runtime/definitions/connector';
import { fieldPaths } from '../../../runtime/definitions/shape';
import { resolveLabel } from '../../../runtime/i18n/resolveLabel';
import { useLang } from '../shared/lang';
import { PrefilledFields } from './prefill/PrefilledFields';
import { usePrefill } from './prefill/usePrefill';

/**
 * Beside the case form: one button per prefill the form names, and the fields a register
 * filled, marked with the connector, version and time, so staff know which values came from
 * the state and which were typed. A failed call says why in the user's language and changes nothing.
 */
export function PrefillPanel({
  caseId,
  form,
  data,
  onData,
}: {
  caseId: string;
  form: Form;
  data: unknown;
  onData: (data: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('connectors');
  const { lang } = useLang();
  const prefills = (form as Form & { prefill?: Prefill[] }).prefill ?? [];
  const { calls, message, busy, run } = usePrefill({ caseId, count: prefills.length, data, onData });
  const paths = fieldPaths(form.fields);
  const label = (path: string) => resolveLabel(paths.get(path)?.label, lang) || path;

  if (prefills.length === 0) return null;

  return (
    <section className="prefill" aria-label={t('heading')} data-testid="prefill-panel">
      <div className="row-actions">
        {prefills.map((prefill, index) => (
          <button
            key={`${prefill.connector}-${index}`}
            type="button"
            disabled={busy}
            data-testid={`prefill-${index}`}
            onClick={() => void run(index)}
          >
            {prefill.button
              ? t('fillBeside', { field: label(prefill.button) })
              : t('fillFrom', { connector: prefill.connector })}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" className="notice" data-testid="prefill-message">
          {message}
        </p>
      )}
      <PrefilledFields calls={calls} label={label} />
    </section>
  );
}
