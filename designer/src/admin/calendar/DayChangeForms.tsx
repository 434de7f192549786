import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shared/lang';
import { Panel, TextField } from '../../shared/widgets';
import type { CalendarAction } from '../calendarEditorState';
import { inAllLangs } from './inAllLangs';

/** A holiday added by decree: its date and name. */
export function AddHolidayForm({ dispatch }: { dispatch: (action: CalendarAction) => void }) {
  const { t } = useTranslation('calendar');
  const { lang } = useLang();
  const [holidayDate, setHolidayDate] = useState('');
  const [holidayLabel, setHolidayLabel] = useState('');
  return (
    <Panel title={t('addHolidayTitle')}>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!holidayDate) return;
          dispatch({
            type: 'addHoliday',
            date: holidayDate,
            // the name is in the language it was typed in; the other languages fall back to it until translated
            label: holidayLabel ? { [lang]: holidayLabel } : inAllLangs('holidayDefault'),
          });
          setHolidayDate('');
          setHolidayLabel('');
        }}
      >
        <TextField label={t('holidayDate')} type="date" value={holidayDate} onChange={setHolidayDate} />
        <TextField label={t('name')} value={holidayLabel} onChange={setHolidayLabel} />
        <button type="submit">{t('addHoliday')}</button>
      </form>
    </Panel>
  );
}

/** A working day moved by decree: from which date to which. */
export function MoveWorkingDayForm({ dispatch }: { dispatch: (action: CalendarAction) => void }) {
  const { t } = useTranslation('calendar');
  const [moveFrom, setMoveFrom] = useState('');
  const [moveTo, setMoveTo] = useState('');
  return (
    <Panel title={t('moveTitle')}>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!moveFrom || !moveTo) return;
          dispatch({
            type: 'moveWorkingDay',
            from: moveFrom,
            to: moveTo,
            label: inAllLangs('movedLabel', { from: moveFrom, to: moveTo }),
          });
          setMoveFrom('');
          setMoveTo('');
        }}
      >
        <TextField label={t('moveFrom')} type="date" value={moveFrom} onChange={setMoveFrom} />
        <TextField label={t('moveTo')} type="date" value={moveTo} onChange={setMoveTo} />
        <button type="submit">{t('move')}</button>
      </form>
    </Panel>
  );
}
