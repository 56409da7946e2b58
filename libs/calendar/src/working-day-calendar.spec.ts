import { addDays, dayOfWeek, LocalDate } from '@dondoc/core';
import { VIETNAM_PUBLIC_HOLIDAYS } from './vietnam-public-holidays';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * The official schedules transcribed by hand from the notices (dd/mm), independently of the data
 * file, so a typo in either shows up as a disagreement. Working days per year, worked out by hand:
 *   2024 is a leap year starting on a Monday: 52 weeks + Mon, Tue = 262 weekdays; −12 off, +1 Saturday = 251.
 *   2025 starts on a Wednesday: 52 weeks + Wed = 261 weekdays; −12 off, +1 Saturday = 250.
 *   2026 starts on a Thursday: 52 weeks + Thu = 261 weekdays; −14 off, +2 Saturdays = 249.
 */
const OFFICIAL: Record<
  number,
  { weekdaysOff: string[]; saturdaysWorked: string[]; weekdays: number; workingDays: number }
> = {
  2024: {
    // 1/1; Tết 8–14/2 (two of them nghỉ bù for mùng 1–2 on the weekend); Giỗ Tổ 18/4;
    // 29/4 swapped for Saturday 4/5; 30/4, 1/5; Quốc khánh 2–3/9.
    weekdaysOff: [
      '01/01',
      '08/02',
      '09/02',
      '12/02',
      '13/02',
      '14/02',
      '18/04',
      '29/04',
      '30/04',
      '01/05',
      '02/09',
      '03/09',
    ],
    saturdaysWorked: ['04/05'],
    weekdays: 262,
    workingDays: 251,
  },
  2025: {
    // 1/1; Tết 27–31/1; Giỗ Tổ 7/4; 30/4, 1/5; 2/5 swapped for Saturday 26/4; Quốc khánh 1–2/9.
    weekdaysOff: [
      '01/01',
      '27/01',
      '28/01',
      '29/01',
      '30/01',
      '31/01',
      '07/04',
      '30/04',
      '01/05',
      '02/05',
      '01/09',
      '02/09',
    ],
    saturdaysWorked: ['26/04'],
    weekdays: 261,
    workingDays: 250,
  },
  2026: {
    // 1/1 and 2/1 (swapped for Saturday 10/1); Tết 16–20/2; nghỉ bù Giỗ Tổ 27/4; 30/4, 1/5;
    // 31/8 swapped for Saturday 22/8; Quốc khánh 1–2/9; Ngày Văn hóa Việt Nam 24/11.
    weekdaysOff: [
      '01/01',
      '02/01',
      '16/02',
      '17/02',
      '18/02',
      '19/02',
      '20/02',
      '27/04',
      '30/04',
      '01/05',
      '31/08',
      '01/09',
      '02/09',
      '24/11',
    ],
    saturdaysWorked: ['10/01', '22/08'],
    weekdays: 261,
    workingDays: 249,
  },
};

const YEARS = [2024, 2025, 2026];
const calendar = new WorkingDayCalendar(VIETNAM_PUBLIC_HOLIDAYS);
const plainWeeks = new WorkingDayCalendar([]);

const isoOf = (year: number, dayMonth: string): LocalDate => {
  const [day, month] = dayMonth.split('/');
  return `${year}-${month}-${day}`;
};

function* datesOf(year: number): Generator<LocalDate> {
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) yield d;
}

describe('WorkingDayCalendar with the 2024–2026 Vietnamese schedules', () => {
  describe.each(YEARS)('%i', (year) => {
    const official = OFFICIAL[year];
    const off = new Set(official.weekdaysOff.map((dm) => isoOf(year, dm)));
    const worked = new Set(official.saturdaysWorked.map((dm) => isoOf(year, dm)));

    it('classifies every date of the year as the official schedule does', () => {
      const wrong: string[] = [];
      for (const date of datesOf(year)) {
        const weekday = dayOfWeek(date) >= 1 && dayOfWeek(date) <= 5;
        const expected = (weekday && !off.has(date)) || worked.has(date);
        if (calendar.isWorkingDay(date) !== expected)
          wrong.push(`${date} should be ${expected ? 'worked' : 'off'}`);
      }
      expect(wrong).toEqual([]);
    });

    it('has the hand-counted number of weekdays and of working days', () => {
      const dayBefore = `${year - 1}-12-31`;
      const lastDay = `${year}-12-31`;
      expect(plainWeeks.workingDaysBetween(dayBefore, lastDay)).toBe(official.weekdays);
      expect(calendar.workingDaysBetween(dayBefore, lastDay)).toBe(official.workingDays);
      expect([...datesOf(year)].filter((d) => calendar.isWorkingDay(d))).toHaveLength(official.workingDays);
    });

    it('(the table above) puts every day off on a weekday and every day worked on a Saturday', () => {
      for (const date of off) expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(date));
      for (const date of worked) expect(dayOfWeek(date)).toBe(6);
    });
  });

  it('names the exception on a date, and nothing on an ordinary one', () => {
    expect(calendar.exceptionOn('2026-11-24')?.name).toBe('Ngày Văn hóa Việt Nam (24/11)');
    expect(calendar.exceptionOn('2025-04-26')?.kind).toBe('working_day');
    expect(calendar.exceptionOn('2026-11-25')).toBeUndefined();
  });

  describe('rollForward (Civil Code art. 148: a deadline on a day off moves to the next working day)', () => {
    it('leaves a working day where it is, including a Saturday worked', () => {
      expect(calendar.rollForward('2026-03-04')).toBe('2026-03-04');
      expect(calendar.rollForward('2025-04-26')).toBe('2025-04-26');
    });

    it('moves a weekend to the Monday', () => {
      expect(calendar.rollForward('2024-11-23')).toBe('2024-11-25');
      expect(calendar.rollForward('2024-11-24')).toBe('2024-11-25');
    });

    it('moves a day in Tết past the whole break', () => {
      expect(calendar.rollForward('2024-02-08')).toBe('2024-02-15');
      expect(calendar.rollForward('2025-01-25')).toBe('2025-02-03');
      expect(calendar.rollForward('2026-02-17')).toBe('2026-02-23');
    });

    it('moves across a swapped day and a new year', () => {
      expect(calendar.rollForward('2026-08-29')).toBe('2026-09-03');
      expect(calendar.rollForward('2025-12-31')).toBe('2025-12-31');
      expect(calendar.rollForward('2026-01-01')).toBe('2026-01-05');
    });
  });

  describe('addWorkingDays ("trong N ngày làm việc": the first day is not counted)', () => {
    it('counts 10 working days from before Tết to after it', () => {
      // Tue 10/2/2026: 11, 12, 13/2, then Tết 14–22/2, then 23–27/2, 2/3, 3/3.
      expect(calendar.addWorkingDays('2026-02-10', 10)).toBe('2026-03-03');
      // Mon 20/1/2025: 21–24/1, then Tết 25/1–2/2, then 3–7/2, 10/2.
      expect(calendar.addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
    });

    it('counts a Saturday worked and skips a swapped weekday', () => {
      expect(calendar.addWorkingDays('2025-04-24', 3)).toBe('2025-04-28');
      expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
      expect(calendar.addWorkingDays('2024-04-26', 1)).toBe('2024-05-02');
      expect(calendar.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    });

    it('with n = 0 answers the date itself, or the next working day when it is a day off', () => {
      expect(calendar.addWorkingDays('2025-04-26', 0)).toBe('2025-04-26');
      expect(calendar.addWorkingDays('2026-11-24', 0)).toBe('2026-11-25');
      expect(calendar.addWorkingDays('2025-04-30', 0)).toBe('2025-05-05');
    });

    it('refuses a negative count', () => {
      expect(() => calendar.addWorkingDays('2025-01-02', -1)).toThrow(RangeError);
    });
  });

  describe('workingDaysBetween (the half-open range (from, to])', () => {
    it('counts 0 when the range is empty or backwards', () => {
      expect(calendar.workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
      expect(calendar.workingDaysBetween('2025-03-05', '2025-03-03')).toBe(0);
    });

    it('counts the end but not the start', () => {
      expect(calendar.workingDaysBetween('2025-03-03', '2025-03-04')).toBe(1);
      expect(calendar.workingDaysBetween('2025-03-03', '2025-03-07')).toBe(4);
    });

    it('skips the breaks and counts the Saturdays worked', () => {
      expect(calendar.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
      expect(calendar.workingDaysBetween('2026-08-21', '2026-08-24')).toBe(2);
      expect(calendar.workingDaysBetween('2026-11-22', '2026-11-28')).toBe(4);
      expect(calendar.workingDaysBetween('2024-04-26', '2024-05-05')).toBe(3);
    });
  });

  describe('previousWorkingDay', () => {
    it('steps back over a weekend, a break and a year end', () => {
      expect(calendar.previousWorkingDay('2024-11-25')).toBe('2024-11-22');
      expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
      expect(calendar.previousWorkingDay('2024-09-04')).toBe('2024-08-30');
      expect(calendar.previousWorkingDay('2026-01-05')).toBe('2025-12-31');
    });

    it('lands on a Saturday worked', () => {
      expect(calendar.previousWorkingDay('2025-04-28')).toBe('2025-04-26');
    });

    it('is strictly before, even from a working day', () => {
      expect(calendar.previousWorkingDay('2025-03-05')).toBe('2025-03-04');
    });
  });

  it('lets an exception override the weekend and the weekday alike', () => {
    const custom = new WorkingDayCalendar([
      { date: '2027-01-03', kind: 'working_day' },
      { date: '2027-01-04', kind: 'holiday' },
    ]);
    expect(custom.isWorkingDay('2027-01-03')).toBe(true);
    expect(custom.isWorkingDay('2027-01-04')).toBe(false);
    expect(custom.addWorkingDays('2027-01-01', 2)).toBe('2027-01-05');
  });
});
