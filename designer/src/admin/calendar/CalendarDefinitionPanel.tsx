import { useTranslation } from 'react-i18next';
import type { Calendar, DefinitionError } from '../../../../runtime/definitions/types';
import { SourceInput } from '../../design/SourceInput';
import { CheckField, LocalizedInput, Panel } from '../../shared/widgets';

export interface CalendarPartProps {
  c: Calendar;
  set: <K extends keyof Calendar>(key: K, value: Calendar[K]) => void;
  errors: readonly DefinitionError[];
}

/** The calendar's title, source, and whether it carries the law (the holidays and the substitute-day rule). */
export function CalendarDefinitionPanel({ c, set, errors }: CalendarPartProps) {
  const { t: tx } = useTranslation('designerEdit');
  return (
    <Panel title={tx('calendar.definition')}>
      <LocalizedInput
        label={tx('calendar.title')}
        value={c.title}
        onChange={(title) => set('title', title)}
        errors={errors}
        at="/title"
      />
      <SourceInput value={c.source} onChange={(source) => set('source', source)} errors={errors} at="/source" />
      <CheckField
        label={tx('calendar.hasLaw')}
        checked={c.law !== undefined}
        onChange={(on) =>
          set(
            'law',
            on
              ? {
                  holidays: [],
                  substituteRule: { rule: 'next-working-day-after-holidays', source: { doc: '', para: '' } },
                  dated: [],
                  years: [],
                }
              : undefined,
          )
        }
      />
    </Panel>
  );
}
