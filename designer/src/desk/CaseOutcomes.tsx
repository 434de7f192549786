import { useTranslation } from 'react-i18next';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CaseView } from './caseTypes';

/** Which rules fired on the case and why: the facts each rule read. */
export function CaseOutcomes({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const outcomes = caseView.outcomes ?? [];
  const labelOf = (ruleset: string, id: string) =>
    resolveLabel(caseView.evaluation?.rules.find((r) => r.ruleset === ruleset && r.id === id)?.label as never, lang);
  const eventOf = (ruleset: string, type: string) =>
    resolveLabel(
      caseView.evaluation?.events.find((e) => e.ruleset === ruleset && e.type === type)?.label as never,
      lang,
    ) || type;
  return (
    <section className="panel" aria-label={t('rules.title')}>
      <h2>{t('rules.title')}</h2>
      {outcomes.length === 0 && <p>{t('rules.none')}</p>}
      {outcomes.map((o) => (
        <div key={o.ruleset} className="outcome" data-testid={`outcome-${o.ruleset}`}>
          <h3>
            {o.ruleset}
            {o.version ? ` v${o.version}` : ''}
          </h3>
          <p>
            {t('rules.events')}: {o.events.length ? o.events.map((e) => eventOf(o.ruleset, e.type)).join(', ') : '—'}
          </p>
          <ul className="rule-results">
            {o.rules.map((r) => (
              <li key={r.id} className={r.fired ? 'fired' : 'not-fired'}>
                <strong>{r.fired ? `✔ ${t('rules.fired')}` : `✘ ${t('rules.notFired')}`}</strong>{' '}
                {labelOf(o.ruleset, r.id) || <code>{r.id}</code>}
                <div className="why">
                  {t('rules.because')}{' '}
                  {Object.entries(r.facts)
                    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                    .join('; ') || '—'}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
