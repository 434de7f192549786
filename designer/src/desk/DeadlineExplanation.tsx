import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import type { DeadlineExplanation as Explanation, StepView } from './caseTypes';
import { durationText, EVENT_WORDS, eventLabel, labelOr } from './labels';

/** Why a count starts where it does, as runtime/calendar's explainDeadline says it. */
const RECEIPT_REASONS = [
  'on-time',
  'before-opening',
  'after-hours',
  'non-working-day',
  'elapsed-time',
  'before-event',
  'periodic',
];
const SKIP_REASONS = ['weekend', 'holiday', 'substitute', 'extra-holiday', 'transfer'];

/** How one due date was counted, asked of the server when staff open it (contract item 6). */
export function DeadlineExplanation({
  caseId,
  deadlineId,
  timeZone,
  steps,
}: {
  caseId: string;
  deadlineId: string;
  timeZone: string;
  steps: readonly StepView[];
}) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    api<Explanation>(`/api/cases/${encodeURIComponent(caseId)}/deadlines/${encodeURIComponent(deadlineId)}/explanation`)
      .then((e) => live && setExplanation(e))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [caseId, deadlineId]);
  if (error)
    return (
      <p className="error" role="alert">
        {t('explain.failed')}: {error}
      </p>
    );
  if (!explanation) return <p>{t('loading')}</p>;
  const why = RECEIPT_REASONS.includes(explanation.countsFromReason)
    ? t(`explain.receipt.${explanation.countsFromReason}`)
    : t('unknown');
  return (
    <div className="explanation" data-testid={`explanation-${deadlineId}`}>
      <dl>
        <dt>{t('explain.term')}</dt>
        <dd>{durationText(t, explanation.term)}</dd>
        <dt>{t('explain.from')}</dt>
        <dd>
          {(EVENT_WORDS as readonly string[]).includes(explanation.from.event)
            ? eventLabel(t, explanation.from.event)
            : t('explain.stepEntered', {
                step: labelOr(t, steps.find((s) => s.id === explanation.from.event)?.label, lang),
              })}
          , {formatInstant(explanation.from.at, timeZone)}
        </dd>
        <dt>{t('explain.received')}</dt>
        <dd>{formatInstant(explanation.receivedAt, timeZone)}</dd>
        <dt>{t('explain.countsFrom')}</dt>
        <dd data-testid="counts-from">
          {explanation.countsFrom} — {why}
        </dd>
        <dt>{t('explain.counted', { count: explanation.counted.length })}</dt>
        <dd className="dates">{explanation.counted.join(', ') || '—'}</dd>
        <dt>{t('explain.due')}</dt>
        <dd>{formatInstant(explanation.due, timeZone)}</dd>
      </dl>
      {explanation.skipped.length > 0 && (
        <div className="table-scroll" tabIndex={0}>
          <table className="grid" aria-label={t('explain.skipped')}>
            <caption>{t('explain.skipped')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('explain.date')}</th>
                <th scope="col">{t('explain.why')}</th>
                <th scope="col">{t('explain.source')}</th>
              </tr>
            </thead>
            <tbody>
              {explanation.skipped.map((s) => (
                <tr key={s.date}>
                  <td>{s.date}</td>
                  <td>
                    {resolveLabel(s.label as never, lang) ||
                      (SKIP_REASONS.includes(s.reason) ? t(`explain.skip.${s.reason}`) : t('unknown'))}
                  </td>
                  <td>{s.source ? `${s.source.doc}${s.source.para ? `, ${s.source.para}` : ''}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
