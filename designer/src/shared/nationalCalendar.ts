/**
 * The national calendar the platform ships (definitions/calendars/kz.json), the one new services count on: its time
 * zone is the one the designer shows time in when no case's own calendar is at hand (issue 17: the designer's defaults
 * come from definitions, not from a zone written in its code). Read at build time, and only the two values: a
 * published change of the calendar's zone reaches the designer with the next build; the Desk prefers the case's
 * calendar as loaded.
 */
import { id, timeZone } from '../../../definitions/calendars/kz.json';

/** The shipped national calendar's id (DESIGN.md): what new services count on, and what a new calendar copies. */
export const NATIONAL_CALENDAR_ID: string = id;

/** The national calendar's IANA zone (Asia/Almaty, UTC+5 since 1 March 2024). */
export const CALENDAR_ZONE: string = timeZone;
