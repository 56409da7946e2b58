import * as calendarLib from '@dondoc/calendar';
import { isLocalDate } from '@dondoc/core';

/**
 * A working-day calendar of Vietnam's public holidays when @dondoc/calendar ships them
 * (VIETNAM_PUBLIC_HOLIDAYS), else weekends only. For tools without a database (the CLI, the
 * evaluation); the API passes the calendar the administrators keep.
 */
export function publicHolidayCalendar(): calendarLib.WorkingDayCalendar {
  const rows: unknown = (calendarLib as Record<string, unknown>)['VIETNAM_PUBLIC_HOLIDAYS'];
  const entries = Array.isArray(rows) ? rows.filter(isCalendarEntry) : [];
  return new calendarLib.WorkingDayCalendar(entries);
}

function isCalendarEntry(row: unknown): row is calendarLib.CalendarEntry {
  if (typeof row !== 'object' || row === null) return false;
  const { date, kind } = row as Record<string, unknown>;
  return isLocalDate(date) && (calendarLib.CALENDAR_EXCEPTION_KINDS as readonly unknown[]).includes(kind);
}
