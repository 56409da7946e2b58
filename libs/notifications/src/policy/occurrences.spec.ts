import { addDays, LocalDate } from '@dondoc/core';
import { VIETNAM_PUBLIC_HOLIDAYS, WorkingDayCalendar } from '@dondoc/calendar';
import type { TimelinessFacts } from '@dondoc/tasks';
import { nextOccurrenceDate, occurrencesOn } from './occurrences';
import { DEFAULT_REMINDER_POLICY, normalisePolicy, ReminderPolicy } from './reminder-policy';

const calendar = new WorkingDayCalendar(VIETNAM_PUBLIC_HOLIDAYS);
const task = (over: Partial<TimelinessFacts> = {}): TimelinessFacts => ({
  state: 'in_progress',
  originalDueDate: '2024-12-20',
  currentDueDate: '2024-12-20', // a Friday
  completedOn: null,
  ...over,
});

/** Every reminder day from `from` on, by walking nextOccurrenceDate, with what each day holds. */
function plan(facts: TimelinessFacts, from: LocalDate, count: number, policy = DEFAULT_REMINDER_POLICY) {
  const days: string[] = [];
  for (let d: LocalDate | null = from; d && days.length < count;) {
    d = nextOccurrenceDate(facts, d, policy, calendar);
    if (!d) break;
    days.push(
      `${d} ${occurrencesOn(facts, d, policy, calendar)
        .map((o) => o.key.split('-')[0])
        .join('+')}`,
    );
    d = addDays(d, 1);
  }
  return days;
}

describe('which reminders a task gets for its deadline', () => {
  it('follows the default policy: 7, 3, 1 working days before, on the day, every 2 working days overdue, escalating at 5 and 10', () => {
    expect(plan(task(), '2024-12-01', 12)).toEqual([
      '2024-12-11 before7',
      '2024-12-17 before3',
      '2024-12-19 before1',
      '2024-12-20 due',
      '2024-12-23 overdue1',
      '2024-12-25 overdue3',
      '2024-12-27 overdue5+escalate5superior',
      '2024-12-31 overdue7',
      // 1/1/2025 is a holiday: overdue 8 is Thursday 2/1, overdue 9 Friday 3/1.
      '2025-01-03 overdue9',
      '2025-01-06 escalate10issuing_leader',
      '2025-01-07 overdue11',
      '2025-01-09 overdue13',
    ]);
  });

  it('counts working days across Tết, so "7 working days before" skips the holiday week', () => {
    // Deadline Wednesday 19/2/2025; Tết 2025 is 25/1–2/2 (Sat to Sun), so seven working days
    // before lands on Monday 10/2, not in the holiday.
    const facts = task({ originalDueDate: '2025-02-19', currentDueDate: '2025-02-19' });
    expect(plan(facts, '2025-01-20', 2)).toEqual(['2025-02-10 before7', '2025-02-14 before3']);
  });

  it('starts from today when a task is planned late, skipping reminders already in the past', () => {
    expect(plan(task(), '2024-12-18', 2)).toEqual(['2024-12-19 before1', '2024-12-20 due']);
    expect(plan(task(), '2024-12-24', 1)).toEqual(['2024-12-25 overdue3']);
  });

  it('never reminds on a weekend or holiday', () => {
    expect(occurrencesOn(task(), '2024-12-21', DEFAULT_REMINDER_POLICY, calendar)).toEqual([]);
    expect(occurrencesOn(task(), '2025-01-01', DEFAULT_REMINDER_POLICY, calendar)).toEqual([]);
  });

  it.each(['done', 'cancelled', 'paused', 'awaiting_confirmation'] as const)(
    'has no reminders while %s',
    (state) => {
      const facts = task({ state, completedOn: state === 'done' ? '2024-12-10' : null });
      expect(nextOccurrenceDate(facts, '2024-12-01', DEFAULT_REMINDER_POLICY, calendar)).toBeNull();
      expect(occurrencesOn(facts, '2024-12-20', DEFAULT_REMINDER_POLICY, calendar)).toEqual([]);
    },
  );

  it('has no reminders without a deadline (thường xuyên)', () => {
    const facts = task({ originalDueDate: null, currentDueDate: null });
    expect(nextOccurrenceDate(facts, '2024-12-01', DEFAULT_REMINDER_POLICY, calendar)).toBeNull();
  });

  it('keys each reminder by its deadline, so a new deadline gives new reminders', () => {
    const [before] = occurrencesOn(task(), '2024-12-19', DEFAULT_REMINDER_POLICY, calendar);
    expect(before).toMatchObject({
      kind: 'before',
      key: 'before1-2024-12-20',
      audience: 'responsible',
      workingDays: 1,
    });
    const moved = task({ currentDueDate: '2024-12-30' });
    expect(occurrencesOn(moved, '2024-12-19', DEFAULT_REMINDER_POLICY, calendar)[0].key).toBe(
      'before7-2024-12-30',
    );
    expect(occurrencesOn(moved, '2024-12-18', DEFAULT_REMINDER_POLICY, calendar)).toEqual([]);
    expect(occurrencesOn(moved, '2024-12-27', DEFAULT_REMINDER_POLICY, calendar)[0].key).toBe(
      'before1-2024-12-30',
    );
  });

  it('follows a policy without the daily nag: only the escalations remain once overdue', () => {
    const policy: ReminderPolicy = {
      ...DEFAULT_REMINDER_POLICY,
      beforeWorkingDays: [2],
      onDueDay: false,
      overdueEveryWorkingDays: 0,
    };
    expect(plan(task(), '2024-12-01', 4, policy)).toEqual([
      '2024-12-18 before2',
      '2024-12-27 escalate5superior',
      '2025-01-06 escalate10issuing_leader',
    ]);
  });
});

describe('a policy an administrator types', () => {
  it('is sorted and cleared of repeats', () => {
    const policy = normalisePolicy({
      ...DEFAULT_REMINDER_POLICY,
      beforeWorkingDays: [1, 7, 3, 7],
      escalations: [
        { afterWorkingDaysOverdue: 10, to: 'issuing_leader' },
        { afterWorkingDaysOverdue: 5, to: 'superior' },
        { afterWorkingDaysOverdue: 5, to: 'superior' },
      ],
    });
    expect(policy.beforeWorkingDays).toEqual([7, 3, 1]);
    expect(policy.escalations.map((e) => e.afterWorkingDaysOverdue)).toEqual([5, 10]);
  });

  it('refuses a send time at night and names the field', () => {
    expect(() => normalisePolicy({ ...DEFAULT_REMINDER_POLICY, sendAtMinutes: 22 * 60 })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: { fields: [expect.objectContaining({ field: 'sendAtMinutes' })] },
      }),
    );
  });
});
