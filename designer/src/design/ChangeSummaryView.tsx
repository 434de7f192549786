import { useTranslation } from 'react-i18next';
import type { ChangeSummary } from './changeSummary';

/** The readable summary of what publishing changes: per collection, the items added, removed and changed. */
export function ChangeSummaryView({ summary }: { summary: ChangeSummary }) {
  const { t } = useTranslation('editors');
  if (!summary.collections.length && !summary.properties.length)
    return (
      <p className="change-summary" data-testid="change-summary">
        {t('publish.nothing')}
      </p>
    );
  const line = (kind: 'added' | 'removed' | 'changed', names: string[]) =>
    names.length > 0 && (
      <li className={`summary-${kind}`}>
        {t(`publish.${kind}`)} ({names.length}):{' '}
        {names.map((n, i) => (
          <span key={n}>
            {i > 0 && ', '}
            <code>{n}</code>
          </span>
        ))}
      </li>
    );
  return (
    <div className="change-summary" data-testid="change-summary">
      {summary.collections.map((c) => (
        <section key={c.collection} aria-label={c.collection}>
          <h3>{t(`publish.collection.${c.collection}`, { defaultValue: c.collection })}</h3>
          <ul>
            {line('added', c.added)}
            {line('removed', c.removed)}
            {line('changed', c.changed)}
          </ul>
        </section>
      ))}
      {summary.properties.length > 0 && (
        <p>
          {t('publish.properties')}: {summary.properties.join(', ')}
        </p>
      )}
    </div>
  );
}
