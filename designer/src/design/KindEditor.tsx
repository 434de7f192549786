import type { Definition } from '../../../runtime/definitions/types';
import { CalendarEditor } from '../admin/CalendarEditor';
import { ActEditor } from './ActEditor';
import { ConnectorEditor } from '../connectors/ConnectorEditor';
import { ChecklistEditor } from './ChecklistEditor';
import { DictionaryEditor } from './DictionaryEditor';
import type { EditorProps } from './editorProps';
import { FormBuilder } from './FormBuilder';
import { HeaderFields } from './HeaderFields';
import { ProcessEditor } from './ProcessEditor';
import { ReportEditor } from './ReportEditor';
import { RulesEditor } from './RulesEditor';
import { ServiceEditor } from './ServiceEditor';
import { TemplateEditor } from './TemplateEditor';

/** The editor made for the definition's kind, and the fields every definition shares (description, validity, tags). */
export function KindEditor({ definition, onChange, errors }: EditorProps<Definition>) {
  return (
    <>
      <ContentEditor definition={definition} onChange={onChange} errors={errors} />
      <HeaderFields definition={definition} onChange={onChange} errors={errors} />
    </>
  );
}

function ContentEditor({ definition, onChange, errors }: EditorProps<Definition>) {
  switch (definition.kind) {
    case 'form':
      return <FormBuilder definition={definition} onChange={onChange} errors={errors} />;
    case 'service':
      return <ServiceEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'process':
      return <ProcessEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'ruleset':
      return <RulesEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'checklist':
      return <ChecklistEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'template':
      return <TemplateEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'dictionary':
      return <DictionaryEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'calendar':
      return <CalendarEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'connector':
      return <ConnectorEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'act':
      return <ActEditor definition={definition} onChange={onChange} errors={errors} />;
    case 'report':
      return <ReportEditor definition={definition} onChange={onChange} errors={errors} />;
  }
}
