import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPublished } from '../shared/definitionsApi';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { Ruleset } from '../../../runtime/definitions/types';
import type { CaseView } from './caseTypes';
import { labelOr } from './labels';

/** Which rules fired on the case and why: the facts each rule read. */
export function CaseOutcomes({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const outcomes = caseView.outcomes ?? [];
  const [rulesets, setRulesets] = useState<Record<string, Ruleset | null>>({});
  const key = outcomes.map((o) => `${o.ruleset}@${o.version ?? ''}`).join(',');
  // the rulesets by their titles, at the versions the case was judged by
  useEffect(() => {
    let live = true;
    void Promise.all(
      outcomes.map(
        async (o) => [o.ruleset, (await loadPublished('ruleset', o.ruleset, o.version)) as Ruleset | null] as const,
      ),
    )
      .then((found) => live && setRulesets(Object.fromEntries(found)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]); // the key names the rulesets and versions
  const labelOf = (ruleset: string, id: string) =>
    resolveLabel(caseView.evaluation?.rules.find((r) => r.ruleset === ruleset && r.id === id)?.label as never, lang);
  // a fact by its label where the ruleset gives one (the facts are the rule's own words otherwise)
  const factLabel = (ruleset: string, id: string) =>
    resolveLabel(rulesets[ruleset]?.facts.find((f) => f.id === id)?.label, lang) || id;
  const eventOf = (ruleset: string, type: string) =>
    resolveLabel(
      caseView.evaluation?.events.find((e) => e.ruleset === ruleset && e.type === type)?.label as never,
      lang,
    ) || t('unknown');
  return (
    <section className="panel" aria-label={t('rules.title')}>
      <h2>{t('rules.title')}</h2>
      {outcomes.length === 0 && <p>{t('rules.none')}</p>}
      {outcomes.map((o) => (
        <div key={o.ruleset} className="outcome" data-testid={`outcome-${o.ruleset}`}>
          <h3>
            {labelOr(t, rulesets[o.ruleset]?.title, lang)}
            {o.version ? ` (${t('case.version', { version: o.version })})` : ''}
          </h3>
          <p>
            {t('rules.events')}: {o.events.length ? o.events.map((e) => eventOf(o.ruleset, e.type)).join(', ') : '—'}
          </p>
          <ul className="rule-results">
            {o.rules.map((r) => (
              <li key={r.id} className={r.fired ? 'fired' : 'not-fired'}>
                <strong>{r.fired ? `✔ ${t('rules.fired')}` : `✘ ${t('rules.notFired')}`}</strong>{' '}
                {labelOf(o.ruleset, r.id) || t('unknown')}
                <div className="why">
                  {t('rules.because')}{' '}
                  {Object.entries(r.facts)
                    .map(
                      ([k, v]) =>
                        `${factLabel(o.ruleset, k)} = ${typeof v === 'boolean' ? t(v ? 'yes' : 'no') : JSON.stringify(v)}`,
                    )
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
