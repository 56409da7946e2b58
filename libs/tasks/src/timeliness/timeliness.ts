import type { LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import type { TaskState } from '../workflow/task-state';

export const TIMELINESS = [
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
  'no_deadline',
] as const;
/** trong hạn · sắp đến hạn · quá hạn · hoàn thành đúng hạn · hoàn thành quá hạn · không hạn (thường xuyên). */
export type Timeliness = (typeof TIMELINESS)[number];

/** "Sắp đến hạn": this many working days left or fewer. */
export const DUE_SOON_WORKING_DAYS = 3;

export interface TimelinessFacts {
  state: TaskState;
  originalDueDate: LocalDate | null;
  currentDueDate: LocalDate | null;
  completedOn: LocalDate | null;
}

export interface TimelinessView {
  /** Null for a cancelled task: it counts nowhere. */
  timeliness: Timeliness | null;
  workingDaysOverdue: number | null;
  workingDaysLeft: number | null;
  /** Done by the deadline first assigned, ignoring extensions; null until done with a deadline. */
  onTimeAgainstOriginal: boolean | null;
}

/**
 * Timeliness is derived, never typed in: from the task's dates, today, and the working-day calendar.
 * A deadline is the end of its day; deadlines are stored already rolled to a working day.
 * The API, the reports and the reminders all call this; timeliness.sql.ts mirrors it for filtering.
 */
export function timelinessOf(
  task: TimelinessFacts,
  today: LocalDate,
  calendar: WorkingDayCalendar,
): TimelinessView {
  const none: TimelinessView = {
    timeliness: null,
    workingDaysOverdue: null,
    workingDaysLeft: null,
    onTimeAgainstOriginal: null,
  };
  const due = task.currentDueDate;
  if (task.state === 'cancelled') return none;
  if (!due) return { ...none, timeliness: 'no_deadline' };
  if (task.state === 'done' && task.completedOn) {
    return {
      ...none,
      timeliness: task.completedOn <= due ? 'done_on_time' : 'done_late',
      onTimeAgainstOriginal: task.completedOn <= (task.originalDueDate ?? due),
    };
  }
  if (due < today) {
    return { ...none, timeliness: 'overdue', workingDaysOverdue: calendar.workingDaysBetween(due, today) };
  }
  const left = calendar.workingDaysBetween(today, due);
  return {
    ...none,
    timeliness: left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track',
    workingDaysLeft: left,
  };
}

/** The dates the SQL mirror compares against, computed once per request from the same calendar. */
export interface TimelinessCutoffs {
  today: LocalDate;
  /** A deadline before this date has at most DUE_SOON_WORKING_DAYS working days left. */
  dueSoonBefore: LocalDate;
}

export function timelinessCutoffs(today: LocalDate, calendar: WorkingDayCalendar): TimelinessCutoffs {
  return { today, dueSoonBefore: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1) };
}
