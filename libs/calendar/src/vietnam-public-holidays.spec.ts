import { dayOfWeek, isLocalDate } from '@dondoc/core';
import { CALENDAR_EXCEPTION_KINDS } from './calendar-exception.entity';
import { VIETNAM_PUBLIC_HOLIDAYS } from './vietnam-public-holidays';

const YEARS = [2024, 2025, 2026] as const;
const rowsOf = (year: number) => VIETNAM_PUBLIC_HOLIDAYS.filter((row) => row.date.startsWith(`${year}-`));
const isWeekend = (date: string) => [0, 6].includes(dayOfWeek(date));

describe('VIETNAM_PUBLIC_HOLIDAYS', () => {
  it('holds real dates of 2024–2026, in order, each once', () => {
    const dates = VIETNAM_PUBLIC_HOLIDAYS.map((row) => row.date);
    for (const date of dates) expect(isLocalDate(date)).toBe(true);
    expect(dates.every((date) => date >= '2024-01-01' && date <= '2026-12-31')).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual([...dates].sort());
  });

  it('uses only kinds the database accepts, and names that fit its column', () => {
    for (const row of VIETNAM_PUBLIC_HOLIDAYS) {
      expect(CALENDAR_EXCEPTION_KINDS).toContain(row.kind);
      expect(row.name.trim()).toBe(row.name);
      expect(row.name.length).toBeGreaterThan(0);
      expect(row.name.length).toBeLessThanOrEqual(200);
    }
  });

  it('puts every day off on a weekday, where it changes something', () => {
    const onWeekend = VIETNAM_PUBLIC_HOLIDAYS.filter(
      (row) => row.kind !== 'working_day' && isWeekend(row.date),
    );
    expect(onWeekend).toEqual([]);
  });

  it('puts every working_day (làm bù) on a Saturday or Sunday', () => {
    const onWeekday = VIETNAM_PUBLIC_HOLIDAYS.filter(
      (row) => row.kind === 'working_day' && !isWeekend(row.date),
    );
    expect(onWeekday).toEqual([]);
  });

  describe.each(YEARS)('%i', (year) => {
    const rows = rowsOf(year);
    const count = (kind: string) => rows.filter((row) => row.kind === kind).length;

    it('gives exactly the statutory days off: 11 (Labour Code art. 112), 12 from 2026 with 24/11', () => {
      // A holiday on a weekend is replaced by its nghỉ bù, so holidays plus nghỉ bù is the statutory count.
      expect(count('holiday') + count('compensatory_day_off')).toBe(year >= 2026 ? 12 : 11);
    });

    it('pays back every swapped weekday with one Saturday worked', () => {
      expect(count('swapped_day_off')).toBe(count('working_day'));
    });

    it('has 1/1, 30/4, 1/5 and 2/9 as holidays (all weekdays in these years)', () => {
      for (const dayMonth of ['01-01', '04-30', '05-01', '09-02']) {
        expect(rows.find((row) => row.date === `${year}-${dayMonth}`)?.kind).toBe('holiday');
      }
    });

    it('has five days off for Tết Nguyên đán', () => {
      const tet = rows.filter((row) => row.name.includes('Tết Nguyên đán'));
      expect(tet).toHaveLength(5);
    });
  });

  it('gives nghỉ bù where a holiday fell on a weekend: Tết 2024 and Giỗ Tổ 2026', () => {
    const compensatory = VIETNAM_PUBLIC_HOLIDAYS.filter((row) => row.kind === 'compensatory_day_off').map(
      (row) => row.date,
    );
    expect(compensatory).toEqual(['2024-02-13', '2024-02-14', '2026-04-27']);
  });
});
