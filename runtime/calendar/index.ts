export { WorkingCalendar, type DateInput, type DayInfo } from './workingCalendar';
export { dueDate, dueDates, type DueDateOptions, type EventTimes } from './deadline';
export { calendarFor, clearCalendarCache } from './calendarCache';
export { CalendarRangeError } from './calendarRangeError';
export type { DayReason } from './dayTable';
