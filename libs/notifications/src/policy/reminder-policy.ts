import { validationError } from '@dondoc/core';

export const ESCALATION_TARGETS = ['superior', 'issuing_leader'] as const;
/** superior: the lead unit head's superior (the parent unit's head, or its leaders); issuing_leader: who issued the directive. */
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export interface EscalationStep {
  /** Escalate on the day the task has been overdue this many working days. */
  afterWorkingDaysOverdue: number;
  to: EscalationTarget;
}

/**
 * When and to whom reminders go (chính sách đôn đốc): one global policy an administrator edits,
 * optionally overridden per directive. Pure data; occurrences.ts turns it into dated reminders.
 */
export interface ReminderPolicy {
  /** Working days before the deadline on which to remind (e.g. 7, 3, 1). */
  beforeWorkingDays: number[];
  onDueDay: boolean;
  /** While overdue, remind every this many working days from the first overdue day; 0 turns it off. */
  overdueEveryWorkingDays: number;
  escalations: EscalationStep[];
  /** Remind the heads of coordinating units too (otherwise only whoever holds the task). */
  remindCoordinating: boolean;
  /** Local time (minutes after midnight) at which immediate reminders go out. */
  sendAtMinutes: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  beforeWorkingDays: [7, 3, 1],
  onDueDay: true,
  overdueEveryWorkingDays: 2,
  escalations: [
    { afterWorkingDaysOverdue: 5, to: 'superior' },
    { afterWorkingDaysOverdue: 10, to: 'issuing_leader' },
  ],
  remindCoordinating: false,
  sendAtMinutes: 8 * 60,
};

/** The morning digest (07:30): one message of everything due soon or overdue, for those who chose it. */
export const DIGEST_AT_MINUTES = 7 * 60 + 30;

const MAX_DAYS = 60;

/** Checks a policy an administrator typed and answers it normalised (sorted, without repeats). */
export function normalisePolicy(input: ReminderPolicy): ReminderPolicy {
  const problems: { field: string; messages: string[] }[] = [];
  const dayCount = (v: number) => Number.isInteger(v) && v >= 1 && v <= MAX_DAYS;
  if (!input.beforeWorkingDays.every(dayCount)) {
    problems.push({ field: 'beforeWorkingDays', messages: [`each must be a whole number 1 to ${MAX_DAYS}`] });
  }
  const every = input.overdueEveryWorkingDays;
  if (!(Number.isInteger(every) && every >= 0 && every <= MAX_DAYS)) {
    problems.push({ field: 'overdueEveryWorkingDays', messages: [`must be 0 (off) to ${MAX_DAYS}`] });
  }
  input.escalations.forEach((step, i) => {
    if (!dayCount(step.afterWorkingDaysOverdue) || !ESCALATION_TARGETS.includes(step.to)) {
      problems.push({
        field: `escalations.${i}`,
        messages: [
          `needs afterWorkingDaysOverdue 1 to ${MAX_DAYS} and "to" one of ${ESCALATION_TARGETS.join(', ')}`,
        ],
      });
    }
  });
  const at = input.sendAtMinutes;
  if (!(Number.isInteger(at) && at >= 7 * 60 && at < 21 * 60)) {
    problems.push({ field: 'sendAtMinutes', messages: ['must be between 420 (07:00) and 1259 (20:59)'] });
  }
  if (problems.length) throw validationError(problems, 'The reminder policy is not valid.');
  const steps = new Map(input.escalations.map((s) => [`${s.afterWorkingDaysOverdue}-${s.to}`, s]));
  return {
    beforeWorkingDays: [...new Set(input.beforeWorkingDays)].sort((a, b) => b - a),
    onDueDay: input.onDueDay,
    overdueEveryWorkingDays: every,
    escalations: [...steps.values()].sort((a, b) => a.afterWorkingDaysOverdue - b.afterWorkingDaysOverdue),
    remindCoordinating: input.remindCoordinating,
    sendAtMinutes: at,
  };
}
