import { useTranslation } from 'react-i18next';

/** An event's parameters as one line of JSON, taken on blur; what is not a JSON object is refused where typed. */
export function ParamsInput({
  value,
  onChange,
  at,
}: {
  value: Record<string, unknown> | undefined;
  onChange: (v: Record<string, unknown> | undefined) => void;
  at: string;
}) {
  const { t } = useTranslation('design');
  return (
    <label className="params">
      {t('s.event_parameters_json')}
      <input
        key={JSON.stringify(value ?? {})}
        data-pointer={at}
        defaultValue={value ? JSON.stringify(value) : ''}
        onBlur={(e) => {
          try {
            const parsed: unknown = e.target.value.trim() ? JSON.parse(e.target.value) : undefined;
            if (parsed === undefined || (parsed && typeof parsed === 'object' && !Array.isArray(parsed)))
              onChange(parsed as Record<string, unknown> | undefined);
          } catch {
            e.target.setCustomValidity('not valid JSON');
            e.target.reportValidity();
          }
        }}
        onInput={(e) => (e.target as HTMLInputElement).setCustomValidity('')}
      />
    </label>
  );
}
