import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import type { CaseView, StepView } from '../caseTypes';
import { ClaimButton } from '../ClaimButton';
import { labelOr, outcomeLabel, statusLabel } from '../labels';
import type { CaseDefinitions } from '../useCaseDefinitions';

interface HeaderProps {
  c: CaseView;
  defs: CaseDefinitions;
  /** the case's current step, if its process is loaded */
  step: StepView | undefined;
  /** the case was claimed or released */
  onChanged: () => void;
}

/** The case's number, service, version and channel, then its status, step, outcome, applicant and assignee. */
export function CaseHeader({ c, defs, step, onChanged }: HeaderProps) {
  const { t } = useTranslation('desk');
  const { lang } = useLang();
  const channel = defs.service?.channels.find((ch) => ch.id === c.channel);
  return (
    <header className="case-head">
      <Link to="/desk/queue">← {t('queue.title')}</Link>
      <h1>
        {t('case.title')}{' '}
        <span data-testid="case-number">{c.number ?? (c.status === 'draft' ? t('case.draftNumber') : '—')}</span>
      </h1>
      <p>
        {resolveLabel(defs.service?.title, lang) || t('loading')} · {t('case.version', { version: c.serviceVersion })} ·{' '}
        {channel ? resolveLabel(channel.label, lang) : t('loading')}
      </p>
      <dl className="case-status">
        <dt>{t('case.status')}</dt>
        <dd data-testid="case-status" data-status={c.status}>
          {statusLabel(t, c.status)}
        </dd>
        <dt>{t('case.step')}</dt>
        <dd data-testid="case-step" data-step={c.step ?? ''}>
          {step ? labelOr(t, step.label, lang) : c.step ? t('loading') : '—'}
        </dd>
        {c.outcome && (
          <>
            <dt>{t('case.outcome')}</dt>
            <dd data-testid="case-outcome" data-outcome={c.outcome}>
              {outcomeLabel(t, c.outcome)}
            </dd>
          </>
        )}
        {c.applicantName && (
          <>
            <dt>{t('case.applicant')}</dt>
            <dd>
              {c.applicantName}
              {c.applicantId ? ` (${c.applicantId})` : ''}
            </dd>
          </>
        )}
        {c.status === 'in-progress' && (
          <>
            <dt>{t('case.assignee')}</dt>
            <dd data-testid="case-assignee">
              {c.assignee ?? t('case.nobody')} <ClaimButton caseId={c.id} assignee={c.assignee} onChanged={onChanged} />
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
