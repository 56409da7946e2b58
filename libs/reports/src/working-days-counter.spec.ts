import { addDays } from '@dondoc/core';
import { WorkingDayCalendar } from '@dondoc/calendar';
import { WorkingDaysCounter } from './working-days-counter';

// Tết 2025 (Mon 27/1 – Fri 31/1 off) and the 2025 swap: Sat 26/4 worked, Fri 2/5 off.
const calendar = new WorkingDayCalendar([
  ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
    date,
    kind: 'holiday' as const,
  })),
  { date: '2025-04-26', kind: 'working_day' },
  { date: '2025-05-02', kind: 'swapped_day_off' },
]);

describe('WorkingDaysCounter', () => {
  it('agrees with calendar.workingDaysBetween for every deadline in its span', () => {
    const today = '2025-05-06';
    const counter = new WorkingDaysCounter(calendar, '2024-12-20', today);
    for (let due = '2024-12-20'; due <= today; due = addDays(due, 1)) {
      expect([due, counter.workingDaysOverdue(due)]).toEqual([due, calendar.workingDaysBetween(due, today)]);
    }
  });

  it('skips Tết: Friday 24/1 is one working day overdue on Monday 3/2', () => {
    expect(
      new WorkingDaysCounter(calendar, '2025-01-24', '2025-02-03').workingDaysOverdue('2025-01-24'),
    ).toBe(1);
  });

  it('answers deadlines before its span and not yet passed as the calendar would', () => {
    const counter = new WorkingDaysCounter(calendar, '2025-04-01', '2025-04-30');
    expect(counter.workingDaysOverdue('2025-03-03')).toBe(
      calendar.workingDaysBetween('2025-03-03', '2025-04-30'),
    );
    expect(counter.workingDaysOverdue('2025-04-30')).toBe(0);
    expect(counter.workingDaysOverdue('2025-05-09')).toBe(0);
  });
});

describe('WorkingDaysCounter.covers', () => {
  it('answers for the same calendar and day, and deadlines no older than its span', () => {
    const counter = new WorkingDaysCounter(calendar, '2025-01-01', '2025-02-03');
    expect(counter.covers(calendar, '2025-01-10', '2025-02-03')).toBe(true);
    expect(counter.covers(calendar, '2024-12-31', '2025-02-03')).toBe(false);
    expect(counter.covers(calendar, '2025-01-10', '2025-02-04')).toBe(false);
    expect(counter.covers(new WorkingDayCalendar([]), '2025-01-10', '2025-02-03')).toBe(false);
  });
});
