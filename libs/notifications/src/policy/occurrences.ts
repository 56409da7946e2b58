import { addDays, LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import { OPEN_STATES, timelinessOf, TimelinessFacts } from '@dondoc/tasks';
import type { TaskState } from '@dondoc/tasks';
import type { EscalationTarget, ReminderPolicy } from './reminder-policy';

export type OccurrenceKind = 'before' | 'due' | 'overdue' | 'escalation';
/** responsible: whoever holds the task (and coordinating heads when the policy says so). */
export type Audience = 'responsible' | EscalationTarget;

/** One dated reminder of a task: "3 working days before", "on the day", "overdue 5 days: escalate". */
export interface Occurrence {
  on: LocalDate;
  kind: OccurrenceKind;
  /** Stable within one deadline: 'before3-2024-12-20'. A new deadline gives new keys. */
  key: string;
  audience: Audience;
  /** Working days left (before, due: 0) or overdue (overdue, escalation). */
  workingDays: number;
  dueDate: LocalDate;
}

/**
 * Tasks that people are chased about. Not paused (tạm hoãn), not awaiting the office's
 * confirmation (the unit has reported done; chasing it would be wrong), not done or cancelled.
 */
export const REMINDABLE_STATES: readonly TaskState[] = OPEN_STATES.filter(
  (s) => s !== 'paused' && s !== 'awaiting_confirmation',
);

export const isRemindable = (task: Pick<TimelinessFacts, 'state' | 'currentDueDate'>) =>
  task.currentDueDate !== null && REMINDABLE_STATES.includes(task.state);

/**
 * The reminders a task gets on one date. Working days left and overdue come from timelinessOf,
 * the one rule for them; a non-working day has none (no reminder goes out on a day off).
 */
export function occurrencesOn(
  task: TimelinessFacts,
  date: LocalDate,
  policy: ReminderPolicy,
  calendar: WorkingDayCalendar,
): Occurrence[] {
  if (!isRemindable(task) || !calendar.isWorkingDay(date)) return [];
  const dueDate = task.currentDueDate!;
  const view = timelinessOf(task, date, calendar);
  const at = (kind: OccurrenceKind, name: string, workingDays: number, audience: Audience): Occurrence => ({
    on: date,
    kind,
    key: `${name}-${dueDate}`,
    audience,
    workingDays,
    dueDate,
  });
  if (view.timeliness === 'on_track' || view.timeliness === 'due_soon') {
    const left = view.workingDaysLeft!;
    if (left === 0) return policy.onDueDay ? [at('due', 'due', 0, 'responsible')] : [];
    return policy.beforeWorkingDays.includes(left)
      ? [at('before', `before${left}`, left, 'responsible')]
      : [];
  }
  if (view.timeliness !== 'overdue') return [];
  const overdue = view.workingDaysOverdue!;
  const found: Occurrence[] = [];
  const every = policy.overdueEveryWorkingDays;
  if (every > 0 && overdue >= 1 && (overdue - 1) % every === 0) {
    found.push(at('overdue', `overdue${overdue}`, overdue, 'responsible'));
  }
  for (const step of policy.escalations) {
    if (step.afterWorkingDaysOverdue === overdue) {
      found.push(at('escalation', `escalate${overdue}${step.to}`, overdue, step.to));
    }
  }
  return found;
}

/** The working day `n` working days before `date`. */
function workingDaysBefore(calendar: WorkingDayCalendar, date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let i = 0; i < n; i++) d = calendar.previousWorkingDay(d);
  return d;
}

/**
 * The first date on or after `from` with at least one reminder, or null when none will come.
 * Candidates are computed from the deadline directly (no day-by-day scan), then confirmed by
 * occurrencesOn so the two can never disagree.
 */
export function nextOccurrenceDate(
  task: TimelinessFacts,
  from: LocalDate,
  policy: ReminderPolicy,
  calendar: WorkingDayCalendar,
): LocalDate | null {
  if (!isRemindable(task)) return null;
  const due = task.currentDueDate!;
  const candidates: LocalDate[] = policy.beforeWorkingDays.map((n) => workingDaysBefore(calendar, due, n));
  if (policy.onDueDay) candidates.push(due);
  for (const step of policy.escalations) {
    candidates.push(calendar.addWorkingDays(due, step.afterWorkingDaysOverdue));
  }
  const every = policy.overdueEveryWorkingDays;
  if (every > 0) {
    // The first nag (on the day overdue reaches 1 + k·every working days) on or after `from`.
    const overdueAtFrom = from > due ? calendar.workingDaysBetween(due, calendar.rollForward(from)) : 1;
    const k = Math.ceil((overdueAtFrom - 1) / every);
    candidates.push(calendar.addWorkingDays(due, 1 + k * every));
  }
  const sorted = [...new Set(candidates)].filter((d) => d >= from).sort();
  for (const date of sorted) {
    if (occurrencesOn(task, date, policy, calendar).length) return date;
  }
  // Unreachable with a sane calendar; a day-by-day look a little further is the safe answer.
  for (let d = from, i = 0; i < 30; d = addDays(d, 1), i++) {
    if (occurrencesOn(task, d, policy, calendar).length) return d;
  }
  return null;
}
