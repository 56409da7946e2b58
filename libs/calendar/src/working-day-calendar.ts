import { addDays, dayOfWeek, LocalDate } from '@dondoc/core';
import type { CalendarExceptionKind } from './calendar-exception.entity';

export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarExceptionKind;
  name?: string;
}

/** Far enough for any deadline a person types; stops a loop if a calendar ever had no working day. */
const MAX_SCAN_DAYS = 3660;

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Days since 1970-01-01 of a 'YYYY-MM-DD' (parsed as UTC midnight); NaN for anything else. */
const dayNumber = (date: LocalDate) => (DATE_SHAPE.test(date) ? Date.parse(date) / DAY_MS : NaN);
/** The span the running count covers; counting outside it walks day by day as before. */
const INDEX_FIRST_DAY = dayNumber('2000-01-01');
const INDEX_DAYS = dayNumber('2100-01-01') - INDEX_FIRST_DAY;

/**
 * The Vietnamese working-day calendar: Monday to Friday, except the dated exceptions. Pure and
 * immutable; the service builds a new one whenever an administrator edits the exceptions.
 */
export class WorkingDayCalendar {
  private readonly exceptions: ReadonlyMap<LocalDate, CalendarEntry>;
  /** workingBefore[i] = working days in [INDEX_FIRST_DAY, INDEX_FIRST_DAY + i); built on first use. */
  private workingBefore?: Int32Array;

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

  /**
   * Working days in the half-open range (from, to]: 0 when to ≤ from. A subtraction of two running
   * counts: lists and reports ask this for every overdue task, often years overdue.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const a = dayNumber(from) - INDEX_FIRST_DAY;
    const b = dayNumber(to) - INDEX_FIRST_DAY;
    if (a >= 0 && b < INDEX_DAYS && Number.isInteger(a) && Number.isInteger(b)) {
      if (b <= a) return 0;
      const counts = this.runningCounts();
      return counts[b + 1] - counts[a + 1];
    }
    return this.walkWorkingDaysBetween(from, to);
  }

  private runningCounts(): Int32Array {
    if (this.workingBefore) return this.workingBefore;
    const exceptions = new Map([...this.exceptions.values()].map((e) => [dayNumber(e.date), e.kind]));
    const counts = new Int32Array(INDEX_DAYS + 1);
    for (let i = 0; i < INDEX_DAYS; i++) {
      const day = INDEX_FIRST_DAY + i;
      const kind = exceptions.get(day);
      // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
      const dow = (day + 4) % 7;
      const working = kind ? kind === 'working_day' : dow !== 0 && dow !== 6;
      counts[i + 1] = counts[i] + (working ? 1 : 0);
    }
    this.workingBefore = counts;
    return counts;
  }

  private walkWorkingDaysBetween(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let d = addDays(from, 1), i = 0; d <= to && i < MAX_SCAN_DAYS * 5; d = addDays(d, 1), i++) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }
}
