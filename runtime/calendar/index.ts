export { WorkingCalendar, type DateInput, type DayInfo, type ReceivedReason } from './workingCalendar';
export { dueDate, dueDates, dueEpochMs, type DueDateOptions, type EventMs, type EventTimes } from './deadline';
export { calendarFor, calendarForChannel, clearCalendarCache } from './calendarCache';
export { CalendarRangeError } from './calendarRangeError';
export type { DayReason } from './dayTable';
export { explainDeadline } from './explain';
export { CountsFromReason, DeadlineExplanation, SkippedDay } from './explanationSchema';
export { yearView, type MonthView, type YearView } from './yearView';
