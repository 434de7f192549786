import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CaseAttachments } from '../documents/CaseAttachments';
import { AttachmentCase } from '../shared/attachmentContext';
import { CALENDAR_ZONE } from '../shared/format';
import { CaseFormPanel } from './CaseFormPanel';
import { stepsOf } from './caseSteps';
import { CaseHeader } from './case/CaseHeader';
import { CasePanels } from './case/CasePanels';
import { useCase } from './case/useCase';
import { useCaseDefinitions } from './useCaseDefinitions';

/**
 * One case: its form while a draft; then its number, status and step, the work of the current step, the
 * application as submitted, the steps with their limits, deadlines, rules, documents and the full history.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('desk');
  const { c, error, reload, setCase } = useCase(id);
  const defs = useCaseDefinitions(c);
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

  return (
    <section className="case-page">
      <CaseHeader c={c} defs={defs} step={step} onChanged={reload} />
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
      {c.status !== 'draft' && <CasePanels c={c} defs={defs} steps={steps} timeZone={timeZone} reload={reload} />}
      <CaseAttachments caseId={c.id} revision={c.revision} />
    </section>
  );
}
