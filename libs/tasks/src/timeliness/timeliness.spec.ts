import { WorkingDayCalendar } from '@dondoc/calendar';
import { TimelinessFacts, timelinessCutoffs, timelinessOf } from './timeliness';

// Tết 2025: Monday 27/1 to Friday 31/1 off.
const calendar = new WorkingDayCalendar(
  ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
    date,
    kind: 'holiday' as const,
  })),
);
const open = (due: string | null, original = due): TimelinessFacts => ({
  state: 'in_progress',
  originalDueDate: original,
  currentDueDate: due,
  completedOn: null,
});
const done = (due: string | null, completedOn: string, original = due): TimelinessFacts => ({
  state: 'done',
  originalDueDate: original,
  currentDueDate: due,
  completedOn,
});

describe('timelinessOf', () => {
  const today = '2024-11-20'; // Wednesday

  it('is on track with more than 3 working days left', () => {
    expect(timelinessOf(open('2024-11-26'), today, calendar)).toMatchObject({
      timeliness: 'on_track',
      workingDaysLeft: 4,
    });
  });

  it('is due soon with 3 working days or fewer left, counting over a weekend', () => {
    expect(timelinessOf(open('2024-11-25'), today, calendar)).toMatchObject({
      timeliness: 'due_soon',
      workingDaysLeft: 3,
    });
    expect(timelinessOf(open(today), today, calendar)).toMatchObject({
      timeliness: 'due_soon',
      workingDaysLeft: 0,
    });
  });

  it('is overdue the day after the deadline, counted in working days', () => {
    expect(timelinessOf(open('2024-11-19'), today, calendar)).toMatchObject({
      timeliness: 'overdue',
      workingDaysOverdue: 1,
    });
    // Deadline Friday 15/11; on Wednesday 20/11 that is Mon, Tue, Wed: 3 working days.
    expect(timelinessOf(open('2024-11-15'), today, calendar)).toMatchObject({
      timeliness: 'overdue',
      workingDaysOverdue: 3,
    });
  });

  it('does not count Tết as days overdue', () => {
    // Deadline Friday 24/1/2025; Monday 3/2 is the first working day after Tết: 1 working day overdue.
    expect(timelinessOf(open('2025-01-24'), '2025-02-03', calendar)).toMatchObject({
      timeliness: 'overdue',
      workingDaysOverdue: 1,
    });
  });

  it('judges a done task by its completion date against the deadline in force and the original one', () => {
    expect(timelinessOf(done('2024-11-20', '2024-11-20'), today, calendar)).toMatchObject({
      timeliness: 'done_on_time',
      onTimeAgainstOriginal: true,
    });
    expect(timelinessOf(done('2024-11-20', '2024-11-21'), '2024-12-01', calendar)).toMatchObject({
      timeliness: 'done_late',
    });
    // Extended from 15/11 to 30/11 and done 25/11: on time now, late against the original deadline.
    expect(timelinessOf(done('2024-11-30', '2024-11-25', '2024-11-15'), today, calendar)).toMatchObject({
      timeliness: 'done_on_time',
      onTimeAgainstOriginal: false,
    });
  });

  it('has no deadline for a standing task, and nothing for a cancelled one', () => {
    expect(timelinessOf(open(null), today, calendar).timeliness).toBe('no_deadline');
    expect(timelinessOf(done(null, today), today, calendar).timeliness).toBe('no_deadline');
    expect(
      timelinessOf({ ...open('2024-11-01'), state: 'cancelled' }, today, calendar).timeliness,
    ).toBeNull();
  });

  it('keeps counting a paused or awaiting task against its deadline', () => {
    expect(timelinessOf({ ...open('2024-11-19'), state: 'paused' }, today, calendar).timeliness).toBe(
      'overdue',
    );
    expect(
      timelinessOf({ ...open('2024-11-19'), state: 'awaiting_confirmation' }, today, calendar).timeliness,
    ).toBe('overdue');
  });
});

describe('timelinessCutoffs', () => {
  it('puts the due-soon limit on the 4th working day after today', () => {
    expect(timelinessCutoffs('2024-11-20', calendar)).toEqual({
      today: '2024-11-20',
      dueSoonBefore: '2024-11-26',
    });
    // Thu 23/1: Fri 24/1 is 1, Tết is skipped, Mon 3/2 is 2, Tue 3, Wed 5/2 the 4th.
    expect(timelinessCutoffs('2025-01-23', calendar).dueSoonBefore).toBe('2025-02-05');
  });
});
