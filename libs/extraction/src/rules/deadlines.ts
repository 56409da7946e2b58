/**
 * Every way a notice states a deadline, strongest first. A rule is a regex over lower-case text
 * with diacritics (the scanner derives the unaccented form) and the kind of date it resolves to;
 * analysis/deadlines.ts turns a match into a date. When a clause holds several, the highest rank
 * wins and, among equals, the first: "chậm nhất ngày 18/12" (3) beats "kỳ họp cuối năm" (2), which
 * beats a plan's year "kế hoạch ... năm 2025" (1). Rank 0 is a standing task (thường xuyên).
 */
export type DeadlineKind =
  | 'date'
  | 'workingDays'
  | 'days'
  | 'weeks'
  | 'months'
  | 'tet'
  | 'newYearEve'
  | 'monthEnd'
  | 'quarterEnd'
  | 'yearPart'
  | 'yearEnd'
  | 'weekEnd'
  | 'period'
  | 'standing';

export interface DeadlineRule {
  kind: DeadlineKind;
  rank: 0 | 1 | 2 | 3;
  pattern: string;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const TIME = '(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s*)?';
/**
 * dd/mm, dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy: two-digit years are this century's. A period before the
 * year touches it: "trước ngày 15/2. 10. Các sở ..." ends the sentence, not "15/2/2010".
 */
const DATE_NUMERIC =
  '(?<d>\\d{1,2})\\s*[/.\\-]\\s*(?<m>\\d{1,2})(?:(?:\\s*[/\\-]\\s*|\\.)(?<y>\\d{4}|\\d{2}))?(?![\\d/])';
const DATE_WORDS = '(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})(?:\\s*(?:năm|/)\\s*(?<y>\\d{4}))?';
/** A day of the week before a date: "vào Chủ nhật 09/3", "trước thứ Sáu, ngày 12/9". */
const WEEKDAY = '(?:(?:sáng|chiều|tối)\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)\\s*,?\\s*';
/** Numbers written out, as in "trong mười lăm ngày". */
const NUM = '(?<n>\\d{1,3}|mười\\s+lăm|hai\\s+mươi|ba\\s+mươi|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)';
/** What a period counts from: "kể từ ngày ký", "sau khi có hồ sơ" (unknowable: the clerk fills it in). */
const ANCHOR = '(?:\\s+(?<anchor>(?:kể\\s+từ|tính\\s+từ|sau\\s+khi|sau|từ)\\s+[^,;.\\n]{1,60}))?';
const CUE_BEFORE_DATE =
  '(?:trước|chậm\\s+nhất(?:\\s+là)?|muộn\\s+nhất(?:\\s+là)?|hạn\\s+chót(?:\\s+là)?|không\\s+quá|(?:thời\\s+hạn|thời\\s+gian|hạn)(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|xử\\s+lý))?(?:\\s+là)?|xong\\s+trước)\\s*:?\\s*';
const CUE_PERIOD =
  '(?:trong|trước\\s+cuối|cuối|đến\\s+hết|đến|hết|hoàn\\s+thành\\s+trong|hoàn\\s+thành|xong\\s+trong|xong)\\s*';
const QUARTER = '(?<q>iv|iii|ii|i|[1-4])(?![\\p{L}\\p{N}])';
const CAN_CHI =
  '(?<canchi>(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))';

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  // "trước ngày 15/12/2024", "chậm nhất ngày 30/6", "trước 17 giờ ngày 06/9/2024"
  {
    kind: 'date',
    rank: 3,
    pattern: `${B}${CUE_BEFORE_DATE}${TIME}(?:${WEEKDAY})?(?:ngày\\s+)?${DATE_NUMERIC}`,
  },
  { kind: 'date', rank: 3, pattern: `${B}${CUE_BEFORE_DATE}${TIME}(?:ngày\\s+)?${DATE_WORDS}` },
  // "trong ngày 15/12", "đến hết ngày 31/12", "khai giảng đúng ngày 05/9"
  {
    kind: 'date',
    rank: 3,
    pattern: `${B}(?:trong|đến\\s+hết|hết|vào|đúng)\\s+${TIME}(?:${WEEKDAY}(?:ngày\\s+)?|ngày\\s+)${DATE_NUMERIC}`,
  },
  // "báo cáo Chủ tịch chiều thứ Sáu 12/9": a day named by its weekday and date is when
  { kind: 'date', rank: 2, pattern: `${B}${WEEKDAY}(?:ngày\\s+)?${DATE_NUMERIC}` },
  // "đến ngày 31/12/2025" says how far, not when: weaker than a "trước ngày" in the same clause
  {
    kind: 'date',
    rank: 2,
    pattern: `${B}(?:từ\\s+nay\\s+)?đến\\s+(?:hết\\s+)?${TIME}(?:ngày\\s+)?${DATE_NUMERIC}`,
  },
  // "trong 10 ngày làm việc" counts working days on the calendar
  {
    kind: 'workingDays',
    rank: 3,
    pattern: `${B}trong\\s+(?:vòng\\s+|thời\\s+hạn\\s+|thời\\s+gian\\s+)?${NUM}\\s+ngày\\s+làm\\s+việc${ANCHOR}`,
  },
  {
    kind: 'days',
    rank: 3,
    pattern: `${B}trong\\s+(?:vòng\\s+|thời\\s+hạn\\s+|thời\\s+gian\\s+)?${NUM}\\s+ngày(?!\\s+làm\\s+việc)${E}${ANCHOR}`,
  },
  { kind: 'weeks', rank: 3, pattern: `${B}trong\\s+(?:vòng\\s+)?${NUM}\\s+tuần${E}${ANCHOR}` },
  {
    kind: 'months',
    rank: 3,
    pattern: `${B}trong\\s+(?:vòng\\s+|thời\\s+hạn\\s+)?${NUM}\\s+tháng(?!\\s+(?:đầu|cuối))${E}${ANCHOR}`,
  },
  // "trước Tết Dương lịch" is 31/12; "trước Tết (Nguyên đán) (Ất Tỵ) (2025)" is the eve of the lunar new year
  {
    kind: 'newYearEve',
    rank: 3,
    pattern: `${B}trước\\s+(?:dịp\\s+)?tết\\s+dương\\s+lịch(?:\\s+(?:năm\\s+)?(?<y>\\d{4}))?`,
  },
  {
    kind: 'tet',
    rank: 3,
    pattern: `${B}(?:trước|(?:từ\\s+nay\\s+)?đến)\\s+(?:dịp\\s+)?tết(?!\\s+dương)(?:\\s+(?:nguyên\\s+đán|âm\\s+lịch|cổ\\s+truyền))?(?:\\s+(?:xuân\\s+)?${CAN_CHI})?(?:\\s+(?:năm\\s+)?(?<y>\\d{4}))?`,
  },
  // "trong tháng 12", "trong tháng 10/2024", "cuối tháng 12 năm 2024"
  {
    kind: 'monthEnd',
    rank: 2,
    pattern: `${B}${CUE_PERIOD}tháng\\s+(?<m>\\d{1,2})(?:\\s*(?:/|-|năm)\\s*(?<y>\\d{4}))?(?![\\d/]|\\.\\d)`,
  },
  { kind: 'monthEnd', rank: 2, pattern: `${B}trong\\s+tháng\\s+(?<rel>này|nay|tới|sau)${E}` },
  { kind: 'monthEnd', rank: 1, pattern: `${B}tháng\\s+(?<m>\\d{1,2})\\s*/\\s*(?<y>\\d{4})` },
  // "trong quý I/2025", "quý IV năm nay"
  {
    kind: 'quarterEnd',
    rank: 2,
    pattern: `${B}${CUE_PERIOD}quý\\s+${QUARTER}(?:\\s*(?:/|-|năm)\\s*(?<y>\\d{4}))?(?:\\s+năm\\s+(?<rel>nay|tới|sau))?`,
  },
  { kind: 'quarterEnd', rank: 2, pattern: `${B}trong\\s+quý\\s+(?<rel>này|tới|sau)${E}` },
  { kind: 'quarterEnd', rank: 1, pattern: `${B}quý\\s+${QUARTER}\\s*(?:/|năm)\\s*(?<y>\\d{4})` },
  // "6 tháng cuối năm 2023" is 31/12/2023; "6 tháng đầu năm" is 30/6
  {
    kind: 'yearPart',
    rank: 2,
    pattern: `${B}(?:trong\\s+)?(?<n>\\d{1,2}|sáu|chín|ba)\\s+tháng\\s+(?<part>đầu|cuối)\\s+năm(?:\\s+(?<y>\\d{4})|\\s+(?<rel>nay))?`,
  },
  // "từ nay đến cuối năm", "cuối năm 2025", "trong năm 2025", "vào năm 2025", "đến hết năm nay"
  {
    kind: 'yearEnd',
    rank: 2,
    // "dịp cuối năm" names an occasion: only as firm as a plan's year (below)
    pattern: `${B}(?<!dịp\\s+)(?:(?:từ\\s+nay\\s+)?(?:đến\\s+(?:hết\\s+)?|trước\\s+)|trong\\s+)?cuối\\s+năm(?:\\s+(?<y>\\d{4})|\\s+(?<rel>nay))?`,
  },
  {
    kind: 'yearEnd',
    rank: 2,
    pattern: `${B}(?:đến\\s+hết|trong|hết|vào|đến)\\s+năm\\s+(?:(?<y>\\d{4})|(?<rel>nay))`,
  },
  { kind: 'yearEnd', rank: 2, pattern: `${B}trong\\s+năm(?!\\s*(?:học|\\d|nay|tới|sau|qua|\\p{L}))` },
  { kind: 'weekEnd', rank: 2, pattern: `${B}trong\\s+tuần(?:\\s+(?<rel>này|nay|tới|sau))?${E}(?!\\s*\\d)` },
  // A plan's period or year: "Đề án ... giai đoạn 2021-2025", "kế hoạch đấu giá ... năm 2023"
  { kind: 'period', rank: 1, pattern: `${B}giai\\s+đoạn\\s+(?<y1>\\d{4})\\s*-\\s*(?<y>\\d{4})` },
  { kind: 'yearEnd', rank: 1, pattern: `${B}năm\\s+(?<y>\\d{4})${E}` },
  { kind: 'yearEnd', rank: 1, pattern: `${B}dịp\\s+cuối\\s+năm(?:\\s+(?<y>\\d{4}))?` },
  // A standing task (nhiệm vụ thường xuyên): no deadline, said so
  {
    kind: 'standing',
    rank: 0,
    pattern: `${B}(?:thường\\s+xuyên|(?:định\\s+kỳ\\s+)?(?:hằng|hàng)\\s+(?:ngày|tuần|tháng|quý|năm)|định\\s+kỳ|liên\\s+tục|lâu\\s+dài)${E}`,
  },
];

/** Words a deadline phrase can start with: positions without one are not tried against every rule. */
export const DEADLINE_STARTS =
  '(?<![\\p{L}\\p{N}])(?:trước|chậm|muộn|hạn|đúng\\s+ngày|sáng|chiều|tối|thứ|chủ\\s+nhật|không\\s+quá|thời\\s+(?:hạn|gian)|xong|trong|đến|hết|vào|từ\\s+nay|cuối|hoàn|quý|tháng\\s+\\d|giai|năm\\s+\\d|dịp\\s+cuối|thường|hằng|hàng|định|liên|lâu|(?:\\d{1,2}|sáu|chín|ba)\\s+tháng)';

/** Labels of a deadline stated on its own: "Thời hạn: trước ngày 20/12/2024", "Thời gian hoàn thành: ...". */
// prettier-ignore
export const DEADLINE_LABELS = [
  'thời hạn', 'thời hạn hoàn thành', 'thời gian hoàn thành', 'thời gian thực hiện', 'hạn hoàn thành', 'hạn xử lý',
  'thời gian',
];

/** Anchors a clerk can date from the meeting: the notice's signing, the meeting or inspection itself, "hôm nay". */
export const KNOWN_ANCHOR =
  '^(?:kể\\s+từ|tính\\s+từ|từ|sau)\\s+(?:ngày\\s+)?(?:ký|họp|ban\\s+hành|thông\\s+báo|kết\\s+luận|hội\\s+nghị|cuộc\\s+họp|buổi\\s+làm\\s+việc|(?:buổi\\s+)?kiểm\\s+tra(?:\\s+thực\\s+địa)?|làm\\s+việc|hôm\\s+nay|nhận\\s+được\\s+(?:thông\\s+báo|văn\\s+bản|kết\\s+luận)|phát\\s+hành)';

/** Numbers written out in a period ("trong mười ngày"). */
// prettier-ignore
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'mười lăm': 15, 'hai mươi': 20, 'ba mươi': 30,
};

export const QUARTERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
