import type { DefinitionError, LocalizedText, Source } from '../../../../runtime/definitions/types';
import { LocalizedInput } from '../../shared/widgets';
import { SourceInput } from '../SourceInput';

interface Hours {
  text: LocalizedText;
  source?: Source;
}

/** Hours as the act words them (working, reception, after-hours): the text and its citation; empty text removes it. */
export function HoursInput({
  label,
  value,
  onChange,
  errors,
  at,
}: {
  label: string;
  value: Hours | undefined;
  onChange: (v: Hours | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const hasText = (text: LocalizedText) => Object.values(text).some((v) => typeof v === 'string' && v !== '');
  return (
    <div className="hours" data-pointer-group={at}>
      <LocalizedInput
        label={label}
        value={value?.text}
        onChange={(text) => onChange(hasText(text) ? { ...value, text } : undefined)}
        errors={errors}
        at={`${at}/text`}
        multiline
      />
      {value && (
        <SourceInput
          value={value.source}
          onChange={(source) => onChange({ ...value, source })}
          errors={errors}
          at={`${at}/source`}
        />
      )}
    </div>
  );
}
