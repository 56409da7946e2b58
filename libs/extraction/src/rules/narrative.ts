/**
 * What marks a sentence as a report of results or a description of the situation rather than an
 * instruction. A marker only counts when it comes before the action ("Phấn đấu thu ngân sách đạt
 * kế hoạch" is a task; "Thu ngân sách ước đạt 266 tỷ" is not).
 */
// prettier-ignore
export const NARRATIVE_WORDS = [
  'đã', 'đã được', 'tiếp tục được', 'đang được', 'đang', 'được', 'ước đạt', 'dự ước', 'ước tính', 'ước thực hiện',
  'đạt', 'vượt', 'so với', 'cùng kỳ', 'tuy nhiên', 'tuy vậy', 'song', 'nhìn chung', 'đến nay', 'hiện nay',
  'vừa qua', 'thời gian qua', 'năm qua', 'vẫn', 'vẫn còn', 'còn', 'chưa', 'xảy ra', 'diễn ra', 'xuất hiện',
  'bị', 'theo báo cáo', 'theo dự báo', 'có thể', 'có thêm', 'nguyên nhân', 'do', 'mới đạt', 'chỉ đạt',
];

/** Regex markers of the same kind: figures of growth and counts ("tăng 8,92%", "có 12 hồ"). */
// prettier-ignore
export const NARRATIVE_REGEXES = [
  '(?<![\\p{L}\\p{N}])(?:tăng|giảm|bằng|có|chiếm|hơn)\\s+(?:trên\\s+|gần\\s+|hơn\\s+)?\\d',
];

/** A figure reached ("đạt 214,5 tỷ", "vượt 18%"): a result, unless a goal word comes first. */
export const RESULT_FIGURE =
  '(?<![\\p{L}])(?:ước\\s+)?(?:đạt|vượt|bằng)\\s+(?:trên\\s+|gần\\s+|khoảng\\s+|hơn\\s+)?\\d';

/** Words that make a figure a target rather than a result: "phấn đấu ... vượt 25/25 chỉ tiêu". */
export const GOAL_WORDS = [
  'phấn đấu',
  'đảm bảo',
  'bảo đảm',
  'để',
  'nhằm',
  'phải',
  'cần',
  'mục tiêu',
  'chỉ tiêu',
];

/** "chịu trách nhiệm trước / nếu / chính ..." states accountability: no modal before an action, no task. */
export const ACCOUNTABILITY =
  'chịu\\s+trách\\s+nhiệm\\s+(?:toàn\\s+diện|trước|về|chính|nếu|khi|trong|chung)(?![\\p{L}])';

/** Openers of what the meeting did rather than what it asks: thanks, approvals, attendance. */
// prettier-ignore
export const NON_TASK_OPENERS = [
  'ghi nhận', 'đánh giá cao', 'biểu dương', 'hoan nghênh', 'chúc mừng', 'cảm ơn', 'trao tặng', 'thống nhất',
  'cơ bản thống nhất', 'nhất trí', 'đồng ý', 'chấp thuận', 'tham dự', 'dự họp', 'phát biểu', 'có mặt',
];

/**
 * Topics that set a clause at the meeting itself ("Dịp này, UBND huyện khen thưởng ...", "Tại hội
 * nghị, các đại biểu ..."): what follows reports the meeting unless it assigns work.
 */
// prettier-ignore
export const OCCASION_TOPICS = [
  'dịp này', 'nhân dịp này', 'tại hội nghị', 'tại buổi làm việc', 'tại cuộc họp', 'tại phiên họp', 'tại buổi họp',
  'tại kỳ họp', 'tại buổi kiểm tra',
];

/**
 * A sentence opening on the date of the meeting or before it tells what happened then: "Sáng
 * 20/10/2025, đồng chí Chủ tịch UBND xã chủ trì giao ban.", "Chiều 5/11, ...".
 */
export const DATED_FRAME =
  '(?:(?:sáng|chiều|tối|trưa)\\s+)?(?:(?:hôm\\s+)?ngày\\s+)?(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})(?:\\s*[/.-]\\s*(?<y>\\d{4}))?\\s*,';

/** Sentences that are never a task wherever they stand (the closing line of a notice, chairing, copulas). */
// prettier-ignore
export const NON_TASK_REGEXES = [
  'thông\\s+báo\\s+(?:để|cho|đến|tới)\\s',
  '(?<![\\p{L}])biết(?:\\s*,\\s*|\\s+và\\s+|\\s+để\\s+)(?:thực\\s+hiện|phối\\s+hợp)',
  'chủ\\s+trì\\s+(?:cuộc\\s+họp|hội\\s+nghị|buổi|phiên|kỳ\\s+họp|hội\\s+thảo)',
  '(?<![\\p{L}])tham\\s+dự(?![\\p{L}])',
  // A pointer to the tasks listed elsewhere: "... giao nhiệm vụ cụ thể tại Phụ lục kèm theo".
  '(?<![\\p{L}])(?:tại|theo)\\s+phụ\\s+lục',
];

/**
 * A copula that states what something is ("Giải ngân ... là nhiệm vụ chính trị trọng tâm"): no
 * task, unless units are told to hold it so ("yêu cầu các sở ... xác định chuyển đổi số là nhiệm vụ ...").
 */
export const COPULA =
  '(?<![\\p{L}])là\\s+(?:nhiệm\\s+vụ|một|giải\\s+pháp|yêu\\s+cầu|khâu|mục\\s+tiêu|trách\\s+nhiệm|điều\\s+kiện|việc|nội\\s+dung)';

/** Section headings: "II. NHIỆM VỤ TRỌNG TÂM" opens the instructions; "I. ĐÁNH GIÁ CHUNG" is narrative. */
// prettier-ignore
export const DIRECTIVE_HEADING_WORDS = [
  'nhiệm vụ', 'giải pháp', 'kết luận', 'chỉ đạo', 'đề nghị', 'kiến nghị', 'phương hướng', 'thời gian tới',
  'tổ chức thực hiện', 'phân công', 'yêu cầu',
];
// prettier-ignore
export const NARRATIVE_HEADING_WORDS = [
  'tình hình', 'kết quả', 'đánh giá', 'thực trạng', 'hạn chế', 'tồn tại', 'nguyên nhân', 'bối cảnh',
];

/** Where the body of a notice or an article ends: the distribution list, a news site's related links. */
export const END_OF_BODY = [
  'nơi nhận',
  'tin cùng chuyên mục',
  'tin liên quan',
  'bài liên quan',
  'tin khác',
  'xem thêm',
];
