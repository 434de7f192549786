import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Process } from '../../../runtime/definitions/types';
import { LocalizedInput, SelectField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { ActorsList } from './process/ActorsList';
import { newStep } from './process/newStep';
import { ProcessGraph } from './process/ProcessGraph';
import { StepPanel } from './process/StepPanel';
import { SourceInput } from './SourceInput';

/** The process as a graph with a lane per actor; choose a step to edit it, drag between handles to connect. */
export function ProcessEditor({ definition: p, onChange, errors }: EditorProps<Process>) {
  const { t } = useTranslation('design');
  // the start step is open from the first render, so a step's properties are never hidden behind a click
  const [selected, setSelected] = useState<string | null>(() => p.start ?? p.steps[0]?.id ?? null);

  return (
    <div className="process-editor">
      <div className="process-top">
        <LocalizedInput
          label={t('s.title')}
          value={p.title}
          onChange={(title) => onChange({ ...p, title })}
          errors={errors}
          at="/title"
        />
        <SelectField
          label={t('s.start_step')}
          value={p.start}
          options={p.steps.map((s) => s.id)}
          onChange={(start) => onChange({ ...p, start })}
          errors={errors}
          at="/start"
        />
        <div className="row-actions">
          {(['task', 'auto', 'end'] as const).map((type) => (
            <button
              key={type}
              type="button"
              onClick={() => {
                const step = newStep(p, type);
                onChange({ ...p, steps: [...p.steps, step] });
                setSelected(step.id);
              }}
            >
              {t('s.add_step', { type: t(`common:enum.${type}`) })}
            </button>
          ))}
        </div>
      </div>
      <div className="process-body">
        <ProcessGraph process={p} errors={errors} selected={selected} onSelect={setSelected} onChange={onChange} />
        <StepPanel process={p} errors={errors} selected={selected} onSelect={setSelected} onChange={onChange} />
      </div>
      <ActorsList actors={p.actors} errors={errors} onChange={(actors) => onChange({ ...p, actors })} />
      <fieldset className="process-source">
        <legend>{t('acts:processCitation')}</legend>
        <SourceInput value={p.source} onChange={(source) => onChange({ ...p, source })} errors={errors} at="/source" />
      </fieldset>
    </div>
  );
}
