import type { LocalizedText } from '../../runtime/definitions/index';

/** Column headings of the built-in reports, so an export never shows a raw column name. */
export const REPORT_COLUMNS: Record<string, LocalizedText> = {
  service: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' },
  status: { kk: 'Мәртебе', ru: 'Статус', en: 'Status' },
  count: { kk: 'Саны', ru: 'Количество', en: 'Count' },
  closed: { kk: 'Аяқталған', ru: 'Завершено', en: 'Closed' },
  onTime: { kk: 'Мерзімінде', ru: 'В срок', en: 'On time' },
  rate: { kk: 'Үлесі', ru: 'Доля', en: 'Rate' },
};

/** A case's status as staff read it. */
export const CASE_STATUSES: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  'in-progress': { kk: 'Орындалуда', ru: 'В работе', en: 'In progress' },
  done: { kk: 'Аяқталды', ru: 'Завершено', en: 'Done' },
};
