import { useTranslation } from 'react-i18next';
import type { ProcessViewProps } from './ProcessGraph';
import { removeStep } from '../processGraph';
import { StepInspector } from '../StepInspector';

/** Beside the graph: a picker of the step to edit (the keyboard's way to the graph's clicks) and its inspector. */
export function StepPanel({ process: p, errors, selected, onSelect, onChange }: ProcessViewProps) {
  const { t } = useTranslation('design');
  const step = p.steps.findIndex((s) => s.id === selected);
  return (
    <div className="step-panel">
      <label>
        {t('s.step')}
        <select value={selected ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
          <option value="">{t('s.choose_a_step')}</option>
          {p.steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id}
            </option>
          ))}
        </select>
      </label>
      {step >= 0 && (
        <StepInspector
          process={p}
          index={step}
          errors={errors}
          onChange={(next) => {
            onChange({ ...p, steps: p.steps.map((s, i) => (i === step ? next : s)) });
            if (next.id !== selected) onSelect(next.id);
          }}
          onRemove={() => {
            onChange(removeStep(p, p.steps[step]?.id ?? ''));
            onSelect(null);
          }}
        />
      )}
    </div>
  );
}
