import { ResultPdfLinks } from '../../documents/ResultPdfLinks';
import { FetchedDocuments } from '../../connectors/FetchedDocuments';
import { CaseApplication } from '../CaseApplication';
import { CaseDeadlines } from '../CaseDeadlines';
import { CaseDocuments } from '../CaseDocuments';
import { CaseHistory } from '../CaseHistory';
import { CaseOutcomes } from '../CaseOutcomes';
import { CaseStepWork } from '../CaseStepWork';
import { CaseSteps } from '../CaseSteps';
import type { CaseView, StepView } from '../caseTypes';
import { SurveyPanel } from '../SurveyPanel';
import type { CaseDefinitions } from '../useCaseDefinitions';

interface PanelsProps {
  c: CaseView;
  defs: CaseDefinitions;
  steps: StepView[];
  timeZone: string;
  /** something changed the case: read it again */
  reload: () => void;
}

/** A submitted case: the current step's work, the application, steps, deadlines, documents, outcomes, survey, history. */
export function CasePanels({ c, defs, steps, timeZone, reload }: PanelsProps) {
  return (
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
  );
}
