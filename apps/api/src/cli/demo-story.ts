/**
 * What happened to the demo tasks before "today", so every list has something to show: each
 * clause of the seed notices gets a lead, a deadline in working days from today, and a story of
 * actions taken at given working-day offsets. Data, not code: edit freely.
 */
export type StoryStep =
  | { at: number; action: 'progress'; note: string; progressPercent: number }
  | { at: number; action: 'report_done'; note: string }
  | { at: number; action: 'confirm' }
  | { at: number; action: 'extension'; requestedIn: number; reason: string; approve: boolean | null };

export interface ClausePlan {
  /** The clause's evidence in the annotation file (its position in the list). */
  index: number;
  /** A unit code, or a group name (one task per member unit). */
  lead: { unit: string } | { group: string };
  coordinating?: string[];
  /** Working days from today; null for a standing task (thường xuyên). */
  dueIn: number | null;
  expectedOutput?: string;
  /** Applied to the first task of the clause (or to every member, for `allMembers`). */
  story?: StoryStep[];
  /** For group clauses: stories for the members in order; members past the list stay untouched. */
  memberStories?: StoryStep[][];
}

const done = (
  reportAt: number,
  confirmAt: number,
  note = 'Đã hoàn thành, gửi báo cáo kết quả.',
): StoryStep[] => [
  {
    at: reportAt - 4,
    action: 'progress',
    note: 'Đã triển khai, đang tổng hợp số liệu.',
    progressPercent: 60,
  },
  { at: reportAt, action: 'report_done', note },
  { at: confirmAt, action: 'confirm' },
];

export const HUONG_SON_PLAN: ClausePlan[] = [
  {
    index: 0,
    lead: { group: 'các xã, thị trấn' },
    dueIn: -6,
    expectedOutput: 'Báo cáo rà soát tiêu chí',
    memberStories: [
      done(-8, -7),
      done(-3, -2, 'Đã rà soát xong, nộp chậm do chờ số liệu thôn.'),
      [{ at: -10, action: 'progress', note: 'Đã rà soát 12/19 tiêu chí.', progressPercent: 60 }],
    ],
  },
  {
    index: 1,
    lead: { unit: 'BQLDA' },
    coordinating: ['KTHT'],
    dueIn: 2,
    story: [
      {
        at: -5,
        action: 'progress',
        note: 'Đường giao thông Sơn Tây đạt 80% khối lượng.',
        progressPercent: 80,
      },
    ],
  },
  {
    index: 2,
    lead: { unit: 'TCKH' },
    coordinating: ['BQLDA'],
    dueIn: -3,
    expectedOutput: 'Báo cáo tiến độ giải ngân',
    story: [{ at: -9, action: 'progress', note: 'Giải ngân đạt 71% kế hoạch vốn.', progressPercent: 71 }],
  },
  {
    index: 3,
    lead: { unit: 'NNPTNT' },
    coordinating: ['LDTBXH', 'TCKH'],
    dueIn: 12,
    story: [
      {
        at: -6,
        action: 'extension',
        requestedIn: 20,
        reason: 'Chờ tỉnh phân bổ vốn bổ sung nguồn NTM.',
        approve: true,
      },
    ],
  },
  { index: 4, lead: { group: 'các xã, thị trấn' }, dueIn: null },
  {
    index: 5,
    lead: { group: 'các xã, thị trấn' },
    dueIn: 25,
    memberStories: [[{ at: -2, action: 'progress', note: 'Đã tích tụ được 12 ha.', progressPercent: 30 }]],
  },
  {
    index: 6,
    lead: { unit: 'NNPTNT' },
    dueIn: 1,
    story: [{ at: -1, action: 'report_done', note: 'Đã ban hành khung lịch thời vụ vụ Xuân.' }],
  },
  {
    index: 7,
    lead: { unit: 'TCKH' },
    dueIn: 6,
    story: [
      {
        at: -1,
        action: 'extension',
        requestedIn: 15,
        reason: 'Số thu tiền sử dụng đất dồn vào cuối năm.',
        approve: null,
      },
    ],
  },
  { index: 8, lead: { unit: 'VHTT' }, coordinating: ['TTVHTT'], dueIn: -15, story: done(-16, -14) },
  {
    index: 9,
    lead: { unit: 'CA' },
    dueIn: null,
    story: [{ at: -3, action: 'progress', note: 'Ra quân bảo đảm ATGT dịp cuối năm.', progressPercent: 50 }],
  },
];

export const SON_DUONG_PLAN: ClausePlan[] = [
  { index: 0, lead: { unit: 'BQLDA' }, coordinating: ['TNMT'], dueIn: -20, story: done(-18, -17) },
  {
    index: 1,
    lead: { unit: 'NV' },
    dueIn: -25,
    story: [{ at: -30, action: 'progress', note: 'Đã rà soát thủ tục hành chính.', progressPercent: 40 }],
  },
  { index: 2, lead: { unit: 'TCKH' }, dueIn: 40 },
  { index: 3, lead: { unit: 'TCKH' }, dueIn: 60 },
  { index: 4, lead: { unit: 'TNMT' }, dueIn: -10, story: done(-12, -11) },
  { index: 5, lead: { unit: 'NNPTNT' }, dueIn: 120 },
];
