import type { LocalDate } from '@dondoc/core';
import type { CalendarExceptionKind } from './calendar-exception.entity';

export interface PublicHolidayRow {
  readonly date: LocalDate;
  readonly kind: CalendarExceptionKind;
  readonly name: string;
}

/**
 * The official schedules for cán bộ, công chức, viên chức (the state sector, Monday–Friday),
 * shipped so a fresh install counts deadlines correctly. Only dates that change whether a day is
 * worked appear: days off that fall on a weekday, and Saturdays worked (làm bù). A statutory
 * holiday that falls on a weekend is not a row of its own; its nghỉ bù is.
 *
 * The Labour Code 2019 (art. 112) gives 11 days a year: 1/1, 5 days of Tết, Giỗ Tổ Hùng Vương
 * (10/3 âm lịch), 30/4, 1/5, and 2/9 plus one adjacent day. Each year the Prime Minister fixes the
 * Tết and 2/9 dates and may swap a working day with a Saturday; the ministry then announces it.
 *
 * Corrections belong in a new migration: databases that already ran
 * 1795336600000-VietnamHolidays2024To2026 will not read this file again.
 */
export const VIETNAM_PUBLIC_HOLIDAYS: readonly PublicHolidayRow[] = Object.freeze([
  // 2024 — Văn phòng Chính phủ, Công văn 8662/VPCP-KGVX ngày 03/11/2023 (Tết Âm lịch, Quốc khánh),
  // announced by Bộ Lao động – Thương binh và Xã hội; Công văn 2450/VPCP-KGVX ngày 12/4/2024
  // (hoán đổi dịp 30/4–1/5). 1/1 and Giỗ Tổ (18/4) fall on weekdays: Bộ luật Lao động art. 112 only.
  { date: '2024-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { date: '2024-02-08', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { date: '2024-02-09', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)' },
  { date: '2024-02-12', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
  // Mùng 1 and mùng 2 Tết were Saturday 10/2 and Sunday 11/2: the notice calls 13–14/2
  // "2 ngày nghỉ bù ngày nghỉ hằng tuần" (Bộ luật Lao động art. 111(3)).
  {
    date: '2024-02-13',
    kind: 'compensatory_day_off',
    name: 'Nghỉ bù Tết Nguyên đán (mùng 1 Tết trùng thứ Bảy)',
  },
  {
    date: '2024-02-14',
    kind: 'compensatory_day_off',
    name: 'Nghỉ bù Tết Nguyên đán (mùng 2 Tết trùng Chủ nhật)',
  },
  { date: '2024-04-18', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  {
    date: '2024-04-29',
    kind: 'swapped_day_off',
    name: 'Hoán đổi ngày làm việc dịp 30/4–1/5 (làm bù thứ Bảy 4/5)',
  },
  { date: '2024-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { date: '2024-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { date: '2024-05-04', kind: 'working_day', name: 'Làm bù cho ngày 29/4' },
  { date: '2024-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  { date: '2024-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền sau 2/9)' },

  // 2025 — Văn phòng Chính phủ, Công văn 8726/VPCP-KGVX ngày 26/11/2024, announced by Bộ Lao động –
  // Thương binh và Xã hội, Thông báo 6150/TB-LĐTBXH (Tết 25/1–2/2: five Tết days 27–31/1 plus
  // four weekend days, no làm bù; hoán đổi 2/5 with Saturday 26/4). Quốc khánh 30/8–2/9 with 1/9
  // as the adjacent day, announced by Bộ Nội vụ in August 2025. Giỗ Tổ: Monday 7/4.
  { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)' },
  { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1 tháng Giêng)' },
  { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2 tháng Giêng)' },
  { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
  { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  { date: '2025-04-26', kind: 'working_day', name: 'Làm bù cho ngày 2/5' },
  { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  {
    date: '2025-05-02',
    kind: 'swapped_day_off',
    name: 'Hoán đổi ngày làm việc dịp 30/4–1/5 (làm bù thứ Bảy 26/4)',
  },
  { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền trước 2/9)' },
  { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },

  // 2026 — Văn phòng Chính phủ, Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch: hoán đổi
  // 2/1 with Saturday 10/1); Bộ Nội vụ, Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 14/2–22/2 with
  // five Tết days 16–20/2; Quốc khánh 29/8–2/9: 1/9 and 2/9, hoán đổi 31/8 with Saturday 22/8).
  // Giỗ Tổ is Sunday 26/4, so Monday 27/4 is nghỉ bù; 30/4–1/5 (Thursday–Friday) has no swap.
  { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
  {
    date: '2026-01-02',
    kind: 'swapped_day_off',
    name: 'Hoán đổi ngày làm việc dịp Tết Dương lịch (làm bù thứ Bảy 10/1)',
  },
  { date: '2026-01-10', kind: 'working_day', name: 'Làm bù cho ngày 2/1' },
  { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)' },
  { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1 tháng Giêng)' },
  { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2 tháng Giêng)' },
  { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
  { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4 tháng Giêng)' },
  {
    date: '2026-04-27',
    kind: 'compensatory_day_off',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch trùng Chủ nhật 26/4)',
  },
  { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)' },
  { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)' },
  { date: '2026-08-22', kind: 'working_day', name: 'Làm bù cho ngày 31/8' },
  {
    date: '2026-08-31',
    kind: 'swapped_day_off',
    name: 'Hoán đổi ngày làm việc dịp Quốc khánh (làm bù thứ Bảy 22/8)',
  },
  { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền trước 2/9)' },
  { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)' },
  // New holiday added by Quốc hội, Nghị quyết 28/2026/QH16 (in force 01/7/2026), following Bộ Chính
  // trị's Nghị quyết 80-NQ/TW. Medium confidence: confirmed by several public sources citing the
  // resolution, not by the text itself. A swap (Monday 23/11 off, Saturday 28/11 worked) was
  // reported only as a proposal; no approval found, so none is shipped.
  { date: '2026-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)' },
]);
