import { addDays, dayOfWeek, LocalDate } from '@dondoc/core';
import type { CalendarExceptionKind } from './calendar-exception.entity';

export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarExceptionKind;
  name?: string;
}

/** Far enough for any deadline a person types; stops a loop if a calendar ever had no working day. */
const MAX_SCAN_DAYS = 3660;

/**
 * The Vietnamese working-day calendar: Monday to Friday, except the dated exceptions. Pure and
 * immutable; the service builds a new one whenever an administrator edits the exceptions.
 */
export class WorkingDayCalendar {
  private readonly exceptions: ReadonlyMap<LocalDate, CalendarEntry>;

  constructor(entries: Iterable<CalendarEntry>) {
    this.exceptions = new Map([...entries].map((e) => [e.date, e]));
  }

  exceptionOn(date: LocalDate): CalendarEntry | undefined {
    return this.exceptions.get(date);
  }

  isWorkingDay(date: LocalDate): boolean {
    const exception = this.exceptions.get(date);
    if (exception) return exception.kind === 'working_day';
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** Civil Code art. 148: a deadline on a non-working day moves to the next working day. */
  rollForward(date: LocalDate): LocalDate {
    let d = date;
    for (let i = 0; i < MAX_SCAN_DAYS && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }

  /** The working day n working days after `date` ("trong n ngày làm việc"; the first day is not counted). */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (n < 0) throw new RangeError('n must be zero or more');
    let d = date;
    let left = n;
    for (let i = 0; left > 0 && i < MAX_SCAN_DAYS; i++) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return n === 0 ? this.rollForward(d) : d;
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate {
    let d = addDays(date, -1);
    for (let i = 0; i < MAX_SCAN_DAYS && !this.isWorkingDay(d); i++) d = addDays(d, -1);
    return d;
  }

  /** Working days in the half-open range (from, to]: 0 when to ≤ from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let d = addDays(from, 1), i = 0; d <= to && i < MAX_SCAN_DAYS * 5; d = addDays(d, 1), i++) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }
}
