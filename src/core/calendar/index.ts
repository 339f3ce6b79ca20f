// Business-hours calendars and the time-zone helpers behind them.
export { BusinessCalendar } from './business-calendar.ts';
export type { OpenInterval } from './business-calendar.ts';
export { calendarDefinitionSchema, parseCalendarDefinition } from './calendar-definition.ts';
export type { CalendarDefinition, CalendarDefinitionInput } from './calendar-definition.ts';
export {
  WEEKDAYS, formatLocalDate, localDayOf, localPosition, parseLocalDate, startOfLocalDay, weekdayOf,
} from './local-date.ts';
export type { Weekday } from './local-date.ts';
export { TimeZone, isValidTimeZone, timeZone } from './time-zone.ts';
