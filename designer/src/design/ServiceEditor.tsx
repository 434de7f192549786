import { useTranslation } from 'react-i18next';
import type { Service } from '../../../runtime/definitions/types';
import { useDefinitionList } from '../shared/useDefinitionIds';
import { Panel } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { conditionTargets } from './formBuilderState';
import { SourceInput } from './SourceInput';
import { ChannelsSection } from './service/ChannelsSection';
import { ComplaintsSection } from './service/ComplaintsSection';
import { CostSection } from './service/CostSection';
import { DeadlinesSection } from './service/DeadlinesSection';
import { DocumentsSection } from './service/DocumentsSection';
import { GeneralSection } from './service/GeneralSection';
import { HandoffsSection } from './service/HandoffsSection';
import { NoticesSection } from './service/NoticesSection';
import { OutputsSection } from './service/OutputsSection';
import { ResultSection } from './service/ResultSection';
import { useApplicationForm, type SectionProps } from './service/shared';

/**
 * Everything a service declares, one section per part (service/…): channels, documents, deadlines on its calendar,
 * rulesets, outputs, complaints, notices. Each section gets the service, a setter and the errors.
 */
export function ServiceEditor({ definition: s, onChange, errors }: EditorProps<Service>) {
  const { t } = useTranslation('design');
  const forms = useDefinitionList('form');
  const applicationForm = useApplicationForm(s.form, Boolean(forms.find((f) => f.id === s.form)?.version));
  const calendars = useDefinitionList('calendar');
  const processes = useDefinitionList('process');
  const rulesets = useDefinitionList('ruleset');
  const templates = useDefinitionList('template');
  const set: SectionProps['set'] = (key, value) => onChange({ ...s, [key]: value });
  const section = { s, set, errors };

  return (
    <div className="service-editor">
      <GeneralSection {...section} forms={forms} calendars={calendars} />
      <CostSection {...section} />
      <ResultSection {...section} />
      <ChannelsSection {...section} processes={processes} />
      <DocumentsSection {...section} targets={conditionTargets(applicationForm?.fields ?? [])} />
      <DeadlinesSection {...section} />
      <OutputsSection {...section} rulesets={rulesets} templates={templates} />
      <ComplaintsSection {...section} />
      <NoticesSection {...section} templates={templates} />
      <HandoffsSection service={s} onChange={(handoffs) => set('handoffs', handoffs)} errors={errors} />
      <Panel title={t('s.citation_of_the_service')}>
        <SourceInput value={s.source} onChange={(v) => set('source', v)} errors={errors} at="/source" />
      </Panel>
    </div>
  );
}
