/**
 * How the parts of a notice refer to one another rather than what they ask: points counted in
 * words, a sentence announcing a list, "the tasks above", a deadline shared by a sentence, examples,
 * what a task must not let happen, and verbs that pass work on to the units named after them.
 * Lower case with diacritics, as everywhere in rules/.
 */

/** A speech counting its points: "Thứ nhất, tập trung ...", "Hai là, ..." (list markers, see text/layout.ts). */
// prettier-ignore
export const ORDINAL_MARKERS = [
  'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'một là', 'hai là', 'ba là', 'bốn là',
  'năm là', 'sáu là',
];

/**
 * A sentence announcing the list that follows without a colon: "Đồng chí yêu cầu xã Kỳ Trung tập
 * trung vào một số nhiệm vụ trọng tâm." then "Thứ nhất, ...".
 */
export const LIST_ANNOUNCEMENT =
  '(?<![\\p{L}])(?:một\\s+số|các|những)\\s+(?:nhiệm\\s+vụ|nội\\s+dung|giải\\s+pháp|việc|vấn\\s+đề)(?:\\s+(?:trọng\\s+tâm|chủ\\s+yếu|cụ\\s+thể|quan\\s+trọng|cấp\\s+bách|sau\\s+đây|sau))+\\s*$';

/** A sentence about "the tasks above" adds none of its own: "Các nhiệm vụ trên phải hoàn thành trước ngày 15/12". */
// prettier-ignore
export const TASKS_ABOVE = [
  'các nhiệm vụ trên', 'các nhiệm vụ nêu trên', 'nhiệm vụ trên', 'nhiệm vụ nêu trên', 'các nội dung trên',
  'các nội dung nêu trên', 'các việc trên', 'các công việc trên', 'các nhiệm vụ này', 'các nội dung này',
];

/**
 * Verbs that pass work on to others named after them: "Công an tỉnh chỉ đạo lực lượng chức năng và
 * Công an các xã nắm chắc ..." directs both; the second is not a task of its own.
 */
export const DIRECTING_VERBS = ['chỉ đạo', 'hướng dẫn', 'đôn đốc', 'yêu cầu', 'đề nghị', 'giao'];

/** Words that open a list of examples: "Các công trình trọng điểm như đường ..., Trường THCS X phải ..." names works, not units. */
export const EXAMPLE_MARKERS = ['như', 'gồm', 'bao gồm', 'nhất là'];

/**
 * What a task must not let happen ("..., không để dồn vào cuối năm"): it qualifies the task before
 * it, and the time it names is what to avoid, not a deadline.
 */
export const AVOIDANCE = ['không để', 'không được để', 'tránh để', 'tránh tình trạng'];

/** A deadline said of every task of its sentence: "A, B rà soát ..., cùng hoàn thành trong tháng 11". */
export const SHARED_DEADLINE_CUES = [
  'cùng hoàn thành',
  'cùng xong',
  'đồng loạt hoàn thành',
  'tất cả hoàn thành',
];

/**
 * Column headings of a task table (an appendix "Danh mục nhiệm vụ" pasted from Word or a
 * spreadsheet): which column holds the task, its lead, its coordinating units, its deadline.
 * Checked in this order, so "Cơ quan phối hợp" is coordination before "cơ quan" reads as the lead,
 * and "Kết quả thực hiện" is no lead at all.
 */
export const TABLE_COLUMNS: ReadonlyArray<
  ['other' | 'coordinating' | 'deadline' | 'lead' | 'task', readonly string[]]
> = [
  // A report's columns say what was done, not who is to do it.
  ['other', ['kết quả', 'tình hình', 'ghi chú', 'sản phẩm', 'tt', 'stt']],
  ['coordinating', ['phối hợp']],
  ['deadline', ['thời gian', 'thời hạn', 'tiến độ', 'hạn hoàn thành', 'hạn xử lý', 'hoàn thành']],
  ['lead', ['chủ trì', 'thực hiện', 'đơn vị', 'cơ quan', 'trách nhiệm', 'người thực hiện']],
  ['task', ['nội dung', 'nhiệm vụ', 'công việc', 'tên']],
];

/** Labels of a task's fields written on lines of their own: "- Đơn vị chủ trì: Sở Nội vụ." */
// prettier-ignore
export const LEAD_LABELS = [
  'đơn vị chủ trì', 'cơ quan chủ trì', 'chủ trì', 'đơn vị thực hiện', 'cơ quan thực hiện', 'trách nhiệm thực hiện',
  'đơn vị thực hiện chính',
];
export const COORDINATION_LABELS = ['đơn vị phối hợp', 'cơ quan phối hợp', 'phối hợp'];
