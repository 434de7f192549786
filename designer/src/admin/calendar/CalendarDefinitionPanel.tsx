import { useTranslation } from 'react-i18next';
import type { Calendar, DefinitionError } from '../../../../runtime/definitions/types';
import { setterProps } from '../../design/fieldProps';
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
  const field = setterProps(c, set, errors);
  return (
    <Panel title={tx('calendar.definition')}>
      <LocalizedInput label={tx('calendar.title')} {...field('title')} />
      <SourceInput {...field('source')} />
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
