import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CaseAttachments } from '../documents/CaseAttachments';
import { ResultPdfLinks } from '../documents/ResultPdfLinks';
import { api, errorText } from '../shared/api';
import { AttachmentCase } from '../shared/attachmentContext';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { CaseActions } from './CaseActions';
import { CaseDeadlines } from './CaseDeadlines';
import { CaseDocuments } from './CaseDocuments';
import { CaseFormPanel } from './CaseFormPanel';
import { CaseOutcomes } from './CaseOutcomes';
import type { CaseView } from './caseTypes';
import { SurveyPanel } from './SurveyPanel';
import { useCaseDefinitions } from './useCaseDefinitions';

/** One case: its form while a draft; then status, step, actions, deadlines, rules that fired, documents. */
export function CasePage() {
  const { id = '' } = useParams();
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

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!c) return <p>Loading case…</p>;
  const step = defs.process?.steps.find((s) => s.id === c.step);
  const timeZone = defs.calendar?.timeZone ?? 'Asia/Almaty';

  return (
    <section className="case-page">
      <header className="case-head">
        <Link to="/desk/queue">← Queue</Link>
        <h1>
          Case <code>{c.id}</code>
        </h1>
        <p>
          {resolveLabel(defs.service?.title, lang) || c.service} · v{c.serviceVersion} · channel {c.channel}
        </p>
        <dl className="case-status">
          <dt>Status</dt>
          <dd data-testid="case-status">{c.status}</dd>
          <dt>Current step</dt>
          <dd data-testid="case-step">{step ? resolveLabel(step.label, lang) : (c.step ?? '—')}</dd>
          {c.outcome && (
            <>
              <dt>Outcome</dt>
              <dd data-testid="case-outcome">{c.outcome}</dd>
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
              setCase(next);
              // the submit answer lacks what only a read gives (the actions open to this user)
              if (next.status !== 'draft') reload();
            }}
          />
        </AttachmentCase.Provider>
      )}
      {c.status === 'draft' && !defs.form && <p>Loading the form…</p>}
      {c.status !== 'draft' && (
        <div className="case-grid">
          <CaseDeadlines caseView={c} service={defs.service} timeZone={timeZone} />
          <CaseActions caseView={c} onChanged={reload} />
          <CaseOutcomes caseView={c} />
          <CaseDocuments caseView={c} service={defs.service} />
          <ResultPdfLinks caseId={c.id} documents={c.documents ?? []} />
          {defs.survey && <SurveyPanel caseView={c} survey={defs.survey} onRecorded={reload} />}
        </div>
      )}
      <CaseAttachments caseId={c.id} revision={c.revision} />
    </section>
  );
}
