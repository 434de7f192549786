import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../runtime/definitions/types';
import { fieldProps, listProps } from '../../design/fieldProps';
import { ListEditor } from '../../design/ListEditor';
import { SourceInput } from '../../design/SourceInput';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { CheckField, LocalizedInput, TextField } from '../../shared/widgets';
import type { CalendarPartProps } from './CalendarDefinitionPanel';
import { inAllLangs } from './inAllLangs';

/** The holidays added by decree, each with its date, name and source. */
export function ExtraHolidaysList({ c, set, errors }: CalendarPartProps) {
  const { t } = useTranslation('calendar');
  const { lang } = useLang();
  return (
    <ListEditor
      title={t('addedHolidays')}
      {...listProps(c, set, errors)('extraHolidays')}
      make={(): Calendar['extraHolidays'][number] => ({
        date: `${c.years.from}-01-02`,
        label: inAllLangs('holidayDefault'),
      })}
      name={(h) => `${h.date} — ${resolveLabel(h.label, lang)}`}
      render={(h, put, at) => {
        const field = fieldProps(h, put, errors, at);
        return (
          <>
            <TextField label={t('date')} type="date" {...field('date')} />
            <LocalizedInput label={t('name')} {...field('label')} />
            <SourceInput {...field('source')} />
          </>
        );
      }}
    />
  );
}

/** The days moved by decree: each date made a working day or a day off, with its name and source. */
export function TransfersList({ c, set, errors }: CalendarPartProps) {
  const { t } = useTranslation('calendar');
  return (
    <ListEditor
      title={t('movedDays')}
      {...listProps(c, set, errors)('transfers')}
      make={(): Calendar['transfers'][number] => ({
        date: `${c.years.from}-01-03`,
        working: true,
        label: inAllLangs('transferDefault'),
      })}
      name={(m) => `${m.date} — ${m.working ? t('movedWorking') : t('movedDayOff')}`}
      render={(m, put, at) => {
        const field = fieldProps(m, put, errors, at);
        return (
          <>
            <TextField label={t('date')} type="date" {...field('date')} />
            <CheckField
              label={t('workingDay')}
              checked={m.working}
              onChange={(working) => put({ ...m, working })}
              at={`${at}/working`}
            />
            <LocalizedInput label={t('name')} {...field('label')} />
            <SourceInput {...field('source')} />
          </>
        );
      }}
    />
  );
}
