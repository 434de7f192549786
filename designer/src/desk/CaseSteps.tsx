import { useTranslation } from 'react-i18next';
import { formatInstant, timeLeft } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { CasePanelProps } from './caseTypes';
import { durationText, labelOr, outcomeLabel } from './labels';
import { GridTable } from '../shared/GridTable';

/** The steps of the case's process, each with its time limit; the current one marked with its due time. */
export function CaseSteps({ caseView, steps, timeZone }: CasePanelProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const current = caseView.currentStep;
  const currentLimit = current?.limit ?? steps.find((s) => s.id === caseView.step)?.limit;
  return (
    <section className="panel case-steps" aria-label={t('steps.title')}>
      <h2>{t('steps.title')}</h2>
      {current && (
        <dl className="case-status">
          <dt>{t('steps.current')}</dt>
          <dd>{labelOr(t, current.label, lang)}</dd>
          {(current.actorLabel || current.actor) && (
            <>
              <dt>{t('steps.actor')}</dt>
              <dd>{labelOr(t, current.actorLabel ?? steps.find((s) => s.id === current.id)?.actorLabel, lang)}</dd>
            </>
          )}
          <dt>{t('steps.entered')}</dt>
          <dd>{formatInstant(current.enteredAt, timeZone)}</dd>
          <dt>{t('steps.limit')}</dt>
          <dd data-testid="step-limit">{currentLimit ? durationText(t, currentLimit) : t('steps.noLimit')}</dd>
          <dt>{t('steps.due')}</dt>
          <dd data-testid="step-due">
            {current.due ? `${formatInstant(current.due, timeZone)} (${timeLeft(current.due)})` : t('steps.noLimit')}
          </dd>
        </dl>
      )}
      <div className="table-scroll" tabIndex={0}>
        <GridTable
          testId="steps"
          headings={[t('steps.number'), t('steps.step'), t('steps.actor'), t('steps.limit')]}
          rows={steps}
          row={(s) => (
            <tr
              key={s.id}
              aria-current={s.id === caseView.step ? 'step' : undefined}
              className={s.id === caseView.step ? 'current' : ''}
            >
              <td>{s.number ?? ''}</td>
              <td>
                {labelOr(t, s.label, lang)}
                {s.outcome ? ` (${outcomeLabel(t, s.outcome)})` : ''}
              </td>
              <td>{s.actorLabel ? resolveLabel(s.actorLabel as never, lang) : ''}</td>
              <td>{s.limit ? durationText(t, s.limit) : s.type === 'task' ? t('steps.noLimit') : ''}</td>
            </tr>
          )}
        />
      </div>
    </section>
  );
}
