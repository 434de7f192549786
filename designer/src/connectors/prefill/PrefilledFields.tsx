import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/format';
import type { CallRow } from './usePrefill';

/** The fields a register filled, each marked with the latest successful call that filled it: connector, version, time. */
export function PrefilledFields({ calls, label }: { calls: CallRow[]; label: (path: string) => string }) {
  const { t } = useTranslation('connectors');
  const marks = new Map<string, CallRow>();
  for (const call of calls) if (call.ok) for (const path of call.record.filled ?? []) marks.set(path, call);
  if (marks.size === 0) return null;
  return (
    <ul className="prefilled" data-testid="prefilled">
      {[...marks].map(([path, call]) => (
        <li key={path} data-field={path}>
          {t('prefilledField', {
            field: label(path),
            connector: call.connector,
            version: call.version ?? '—',
            at: formatInstant(call.at),
          })}
        </li>
      ))}
    </ul>
  );
}
