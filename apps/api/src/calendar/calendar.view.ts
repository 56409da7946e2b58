import type { CalendarException } from '@dondoc/calendar';

/** What the API shows of a calendar exception. */
export function toCalendarExceptionView(exception: CalendarException) {
  return { date: exception.date, kind: exception.kind, name: exception.name, updatedAt: exception.updatedAt };
}
