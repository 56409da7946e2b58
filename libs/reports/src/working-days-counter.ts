import { addDays, daysBetween, LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';

const DAY_MS = 86_400_000;

/**
 * Working days from many deadlines up to one "today", answered in O(1) each.
 *
 * calendar.workingDaysBetween walks day by day; an overdue report over thousands of units and
 * deadlines years old would walk millions of days per request. This walks the span once and keeps a
 * running count, so each answer is a subtraction. It asks the same calendar the same question
 * (isWorkingDay), and a test holds it equal to workingDaysBetween.
 */
export class WorkingDaysCounter {
  /** cumulative[i] = working days in (earliest, earliest + i]. */
  private readonly cumulative: Int32Array;
  private readonly earliestMs: number;

  constructor(
    private readonly calendar: WorkingDayCalendar,
    private readonly earliest: LocalDate,
    private readonly today: LocalDate,
  ) {
    this.earliestMs = Date.parse(earliest);
    const span = Math.max(0, daysBetween(earliest, today));
    this.cumulative = new Int32Array(span + 1);
    let day = earliest;
    for (let i = 1; i <= span; i++) {
      day = addDays(day, 1);
      this.cumulative[i] = this.cumulative[i - 1] + (calendar.isWorkingDay(day) ? 1 : 0);
    }
  }

  /** Whether this counter answers for `today` and every deadline from `earliest` on. */
  covers(calendar: WorkingDayCalendar, earliest: LocalDate, today: LocalDate): boolean {
    return this.calendar === calendar && this.today === today && this.earliest <= earliest;
  }

  /** calendar.workingDaysBetween(due, today): working days after the deadline up to and including today. */
  workingDaysOverdue(due: LocalDate): number {
    if (due >= this.today) return 0;
    if (due < this.earliest) return this.calendar.workingDaysBetween(due, this.today);
    // Date.parse reads 'YYYY-MM-DD' as UTC midnight: a cheap daysBetween for the many lookups.
    const at = Math.round((Date.parse(due) - this.earliestMs) / DAY_MS);
    return this.cumulative[this.cumulative.length - 1] - this.cumulative[at];
  }
}
