import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CaseAttachments } from '../documents/CaseAttachments';
import { ResultPdfLinks } from '../documents/ResultPdfLinks';
import { api, errorText } from '../shared/api';
import { AttachmentCase } from '../shared/attachmentContext';
import { CALENDAR_ZONE } from '../shared/format';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { CaseApplication } from './CaseApplication';
import { CaseDeadlines } from './CaseDeadlines';
import { CaseDocuments } from './CaseDocuments';
import { FetchedDocuments } from '../connectors/FetchedDocuments';
import { CaseFormPanel } from './CaseFormPanel';
import { CaseHistory } from './CaseHistory';
import { CaseOutcomes } from './CaseOutcomes';
import { CaseStepWork } from './CaseStepWork';
import { CaseSteps } from './CaseSteps';
import { stepsOf } from './caseSteps';
import type { CaseView } from './caseTypes';
import { ClaimButton } from './ClaimButton';
import { labelOr, outcomeLabel, statusLabel } from './labels';
import { SurveyPanel } from './SurveyPanel';
import { useCaseDefinitions } from './useCaseDefinitions';

/**
 * One case: its form while a draft; then its number, status and step, the work of the current step, the
 * application as submitted, the steps with their limits, deadlines, rules, documents and the full history.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('desk');
  const [c, setCase] = useState<CaseView | null>(null);
  const [error, setError] = useState('');
  const { lang } = useLang();
  const defs = useCaseDefinitions(c);

  const reload = useCallback(() => {
    api<CaseView>(`/api/cases/${encodeURIComponent(id)}`)
      .then(setCase)
      .catch((e: unknown) => setError(errorText(e)));
  }, [id]);
  useEffect(reload, [reload]);
  const steps = useMemo(() => (c ? stepsOf(c, defs.process) : []), [c, defs.process]);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!c) return <p>{t('loading')}</p>;
  const step = steps.find((s) => s.id === c.step);
  const timeZone = defs.calendar?.timeZone ?? CALENDAR_ZONE;
  const channel = defs.service?.channels.find((ch) => ch.id === c.channel);

  return (
    <section className="case-page">
      <header className="case-head">
        <Link to="/desk/queue">← {t('queue.title')}</Link>
        <h1>
          {t('case.title')}{' '}
          <span data-testid="case-number">{c.number ?? (c.status === 'draft' ? t('case.draftNumber') : '—')}</span>
        </h1>
        <p>
          {resolveLabel(defs.service?.title, lang) || t('loading')} · {t('case.version', { version: c.serviceVersion })}{' '}
          · {channel ? resolveLabel(channel.label, lang) : t('loading')}
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
                {c.assignee ?? t('case.nobody')} <ClaimButton caseId={c.id} assignee={c.assignee} onChanged={reload} />
              </dd>
            </>
          )}
        </dl>
      </header>
      {c.status === 'draft' && defs.form && (
        <AttachmentCase.Provider value={c.id}>
          <CaseFormPanel
            caseView={c}
            form={defs.form}
            onChanged={(next) => {
              // the submit answer lacks what only a read gives (the step's work for this user): read it whole
              if (next.status !== 'draft') reload();
              else setCase(next);
            }}
          />
        </AttachmentCase.Provider>
      )}
      {c.status === 'draft' && !defs.form && <p>{t('loading')}</p>}
      {c.status !== 'draft' && (
        <div className="case-grid">
          {c.status === 'in-progress' && (
            <CaseStepWork
              key={`${c.step ?? ''}:${c.revision ?? ''}`}
              caseView={c}
              surveyId={defs.service?.survey}
              timeZone={timeZone}
              onChanged={reload}
            />
          )}
          <CaseApplication caseView={c} form={defs.form} />
          <CaseSteps caseView={c} steps={steps} timeZone={timeZone} />
          <CaseDeadlines caseView={c} service={defs.service} timeZone={timeZone} steps={steps} />
          <CaseDocuments caseView={c} service={defs.service} />
          <FetchedDocuments caseId={c.id} service={defs.service} />
          <CaseOutcomes caseView={c} />
          <ResultPdfLinks caseId={c.id} documents={c.documents ?? []} />
          {defs.survey && <SurveyPanel caseView={c} survey={defs.survey} onRecorded={reload} />}
          <CaseHistory caseView={c} steps={steps} timeZone={timeZone} />
        </div>
      )}
      <CaseAttachments caseId={c.id} revision={c.revision} />
    </section>
  );
}
