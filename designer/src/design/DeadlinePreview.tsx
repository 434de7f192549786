import type { Calendar, Deadline } from '../../../runtime/definitions/types';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../shared/format';
import { calendarFor, dueDate } from '../shared/runtime';

/** "submitted Fri 20 Mar 2026 17:45 → due …", computed in the browser on the service's calendar. */
export function DeadlinePreview({
  deadline,
  calendar,
  sample,
}: {
  deadline: Deadline;
  calendar: Calendar | null;
  sample: string;
}) {
  const { t } = useTranslation('design');
  if (!calendar) return <p className="deadline-preview muted">{t('deadline.noCalendar')}</p>;
  let text: string;
  try {
    const working = calendarFor(calendar); // the published calendar, fetched by id
    const anchor = deadline.from ?? deadline.before ?? 'from';
    const event = working.toInstant(sample);
    const due = dueDate(working, deadline, { [anchor]: event, from: event });
    text = t('deadline.preview', {
      anchor,
      event: formatInstant(event, calendar.timeZone),
      due: formatInstant(due, calendar.timeZone),
    });
  } catch (error) {
    text = t('deadline.cannot', { error: error instanceof Error ? error.message : String(error) });
  }
  return (
    <p className="deadline-preview" role="status" data-testid={`deadline-preview-${deadline.id}`}>
      {text}
    </p>
  );
}
