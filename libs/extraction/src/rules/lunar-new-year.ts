/**
 * Mùng 1 Tết Nguyên đán (first day of the lunar year) by Gregorian year, on the Vietnamese calendar
 * (UTC+7). Extend when the table runs out; "trước Tết" then falls back to no date and a warning.
 */
// prettier-ignore
export const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19',
  2035: '2035-02-08',
};

/** Heavenly stems and earthly branches (can chi) that name a lunar year: 2025 is Ất Tỵ. */
export const STEMS = ['canh', 'tân', 'nhâm', 'quý', 'giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ'];
export const BRANCHES = ['thân', 'dậu', 'tuất', 'hợi', 'tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi'];
/** Other spellings of a branch. */
export const BRANCH_VARIANTS: Readonly<Record<string, string>> = { mẹo: 'mão', tị: 'tỵ' };
