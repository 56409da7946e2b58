import {
  addDays,
  dayOfWeek,
  daysBetween,
  instantAt,
  isLocalDate,
  localDateOf,
  localMinutesOf,
  lastDayOfMonth,
} from './local-date';

describe('local dates', () => {
  it('validates real calendar dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('24-01-01')).toBe(false);
    expect(isLocalDate(20240101)).toBe(false);
  });

  it('does arithmetic across months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-12-25', '2025-01-05')).toBe(11);
    expect(dayOfWeek('2024-11-22')).toBe(5);
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
  });

  it('reads instants in Asia/Ho_Chi_Minh', () => {
    // 17:30 UTC is already 00:30 the next day in Hà Nội.
    expect(localDateOf(new Date('2024-11-21T17:30:00Z'))).toBe('2024-11-22');
    expect(localMinutesOf(new Date('2024-11-21T17:30:00Z'))).toBe(30);
    expect(instantAt('2024-11-22', 7 * 60 + 30).toISOString()).toBe('2024-11-22T00:30:00.000Z');
  });
});
