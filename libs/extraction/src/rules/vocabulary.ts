import { ORDINAL_MARKERS, TASKS_ABOVE } from './discourse';

/**
 * The words of an instruction in Vietnamese administrative writing. Everything is lower case with
 * diacritics; the scanner derives the unaccented forms for text typed without them.
 */

/** Verbs that open an instruction. Used to find where the action of a clause starts and where a unit name ends. */
// prettier-ignore
export const COMMAND_VERBS = [
  'ban hành', 'bàn giao', 'bám sát', 'báo cáo', 'bảo đảm', 'bảo dưỡng', 'bảo trì', 'bảo vệ', 'biên soạn',
  'bổ sung', 'bố trí', 'bồi dưỡng', 'cải cách', 'cải thiện', 'cân đối', 'canh gác', 'cấp', 'cập nhật',
  'chấn chỉnh', 'chăm sóc', 'chi trả', 'chỉ đạo', 'chỉnh lý', 'chỉnh trang', 'chuẩn bị', 'chuẩn hóa', 'chuyển đổi',
  'chủ trì', 'công bố', 'công khai', 'củng cố', 'cung cấp', 'cưỡng chế', 'dỡ bỏ', 'di dời', 'duy trì',
  'dừng', 'đánh giá', 'đảm bảo', 'đăng ký', 'đào tạo', 'đầu tư', 'đẩy mạnh', 'đẩy nhanh', 'đề xuất',
  'điều chỉnh', 'điều chuyển', 'đình chỉ', 'định hướng', 'đo đạc', 'đôn đốc', 'đối chiếu', 'đổi mới', 'đón',
  'gia cố', 'giải ngân', 'giải quyết', 'giải tỏa', 'giám sát', 'gieo cấy', 'gieo trồng', 'giới thiệu', 'giữ gìn',
  'gửi', 'hoàn chỉnh', 'hoàn thành', 'hoàn thiện', 'hoàn trả', 'hỗ trợ', 'hướng dẫn', 'huy động', 'kê khai',
  'kết nối', 'kêu gọi', 'khảo sát', 'khắc phục', 'khai thác', 'khen thưởng', 'khôi phục', 'khơi thông', 'khởi công',
  'kiểm đếm', 'kiểm soát', 'kiểm tra', 'kiện toàn', 'ký kết', 'làm rõ', 'làm tốt', 'làm việc', 'lập', 'lựa chọn',
  'mở rộng', 'mua sắm', 'nạo vét', 'nắm', 'nắm bắt', 'nắm chắc', 'nắm vững', 'nâng cao', 'nâng cấp', 'ngăn chặn',
  'ngăn ngừa', 'nghiên cứu', 'nghiệm thu', 'nhân rộng', 'nộp', 'phân bổ', 'phân công', 'phân loại', 'phát động',
  'phát hiện', 'phát huy', 'phát triển', 'phấn đấu', 'phòng chống', 'phòng, chống', 'phổ biến', 'phối hợp', 'quan tâm',
  'quán triệt', 'quản lý', 'quyết toán', 'ra quân', 'rà soát', 'sắp xếp', 'sẵn sàng', 'sơ kết', 'sơ tán',
  'số hóa', 'soạn thảo', 'sửa chữa', 'tạm dừng', 'tạo điều kiện', 'tăng cường', 'tập huấn', 'tập trung', 'tham gia',
  'tham mưu', 'thanh toán', 'thanh tra', 'tháo dỡ', 'tháo gỡ', 'thẩm định', 'thẩm tra', 'thành lập', 'theo dõi',
  'thi công', 'thông tin', 'thống kê', 'thu', 'thu hoạch', 'thu hồi', 'thu hút', 'thu nộp', 'thực hiện', 'thường trực',
  'tiến hành', 'tiếp nhận', 'tiếp thu', 'tiếp tục', 'tìm kiếm', 'tổ chức', 'tổng hợp', 'tổng kết', 'tổng vệ sinh',
  'trình', 'trồng', 'trực', 'truy thu', 'tuần tra', 'tuyên truyền', 'tuyển dụng', 'ưu tiên', 'ứng dụng', 'ứng phó',
  'vận động', 'vận hành', 'vệ sinh', 'xác định', 'xác minh', 'xây dựng', 'xử lý', 'xóa', 'xem xét',
  'triển khai', 'niêm yết', 'phủ sóng', 'thu thập', 'làm sạch', 'kiểm định', 'kiểm kê', 'tiêu hủy', 'khoanh vùng',
  'phun', 'thu gom', 'xử phạt', 'lắp đặt', 'trang bị', 'đối thoại', 'tiếp công dân', 'hòa giải', 'di chuyển',
  'phê duyệt', 'trả lời', 'phản hồi', 'cấp phép', 'ổn định', 'sửa đổi', 'bãi bỏ', 'thăm', 'thăm hỏi', 'ủng hộ',
  'bảo quản', 'bảo tồn', 'tôn tạo', 'trùng tu', 'vớt', 'san lấp', 'giải phóng', 'khai trương', 'phát hành',
  'tiếp cận', 'điều tra', 'truy quét', 'tuyển sinh', 'chuyển giao', 'quy hoạch', 'đánh giá lại', 'thông báo',
  'chăm lo', 'cung ứng', 'cam kết', 'cắm mốc', 'cắm biển', 'cụ thể hóa', 'tạm ứng', 'xúc tiến', 'cảnh báo',
  'lập lại', 'lấy ý kiến', 'đăng tải', 'hoàn tất', 'họp', 'tu sửa', 'tiêm phòng', 'tiêm chủng', 'trả kết quả',
  'dọn dẹp', 'đưa vào sử dụng', 'giữ vững', 'quảng bá', 'đấu giá', 'đấu thầu', 'ký hợp đồng', 'cấp phát', 'phân phối',
  'dự trữ', 'bình ổn', 'trấn áp', 'đấu tranh', 'điều tiết', 'phân luồng', 'cứu hộ', 'cứu trợ', 'khử trùng', 'tiêu độc',
  'kiểm dịch', 'treo', 'trang trí', 'huấn luyện', 'diễn tập', 'đồng bộ', 'tích hợp', 'thay thế', 'kiểm điểm',
  'thanh lý', 'thông qua', 'tiếp xúc', 'ứng trực', 'niêm phong', 'tịch thu', 'lồng ghép', 'phản ánh', 'hủy bỏ',
  'đảm nhận', 'đảm nhiệm', 'chấm dứt', 'khám', 'khám sàng lọc', 'tầm soát', 'tặng quà',
];

/** Adverbs that often open an instruction before (or instead of) its verb. */
// prettier-ignore
export const COMMAND_ADVERBS = [
  'tiếp tục', 'khẩn trương', 'chủ động', 'tích cực', 'kịp thời', 'sớm', 'quyết liệt', 'nghiêm túc',
  'thường xuyên', 'kiên quyết', 'cương quyết', 'tuyệt đối', 'tập trung', 'nghiêm cấm', 'không để', 'không được',
  'khẩn cấp', 'chặt chẽ', 'nghiêm', 'nhanh chóng', 'khẩn', 'dứt điểm',
];

/**
 * Verbs by which the leader hands work to a unit (đề nghị / yêu cầu / giao ...). Said by the
 * speaker, so whoever is named before them is the assigner and whoever after, the lead.
 */
// prettier-ignore
export const ASSIGNING_VERBS = [
  'đề nghị', 'yêu cầu', 'giao', 'giao cho', 'giao nhiệm vụ cho', 'giao trách nhiệm cho', 'chỉ đạo', 'nhấn mạnh',
  'lưu ý', 'kết luận', 'phân công', 'phân công cho',
];

/** Words that begin with "giao" without handing anything to anyone: "giao ban" (a briefing), "giao thông". */
// prettier-ignore
export const NOT_ASSIGNING = [
  'giao ban', 'giao lưu', 'giao thông', 'giao dịch', 'giao đất', 'giao quân', 'giao nhận', 'giao khoán', 'giao hàng',
  'giao thừa', 'giao tiếp', 'giao kết', 'giao thương', 'giao rừng',
];

/** Words that make a report of an assigning verb when right before it: "đã chỉ đạo", "được giao". */
export const NEGATORS = ['đã', 'được', 'không', 'chưa', 'đang'];

/** What hands a clause to its lead at its end or in brackets: "(giao Sở X chủ trì)", "do Phòng Y thực hiện". */
export const HAND_OVER = ['giao', 'giao cho', 'do'];

/** Of the above, those that are also ordinary actions ("Phòng GD&ĐT chỉ đạo các trường ..."): they only assign before a unit or a colon. */
export const WEAK_ASSIGNING_VERBS = [
  'chỉ đạo',
  'nhấn mạnh',
  'lưu ý',
  'kết luận',
  'phân công',
  'phân công cho',
];

/** Aspect words belong to the verb after them: "các địa phương đã tập trung" is not a longer subject. */
export const ASPECT_WORDS = ['đã', 'đang', 'sẽ', 'cũng', 'vẫn', 'còn', 'đều', 'luôn', 'đã được', 'được'];

/** Words between a unit and its action that make an instruction out of it. */
export const MODALS = ['cần phải', 'cần', 'phải', 'có trách nhiệm', 'chịu trách nhiệm'];

/** Auxiliaries allowed between the speaker and an assigning verb ("huyện ... tập trung chỉ đạo"). */
export const SPEAKER_AUXILIARIES = ['cũng', 'tiếp tục', 'tập trung', 'sẽ', 'đồng thời'];

/** Linking words at the head of a sentence that add nothing to the task. */
// prettier-ignore
export const CONNECTIVES = [
  'từ đó', 'đồng thời', 'bên cạnh đó', 'ngoài ra', 'theo đó', 'mặt khác', 'cùng với đó', 'tiếp đó', 'vì vậy',
  'do đó', 'qua đó', 'trên cơ sở đó', 'trước mắt', 'cụ thể', 'cụ thể là', 'trong thời gian tới', 'thời gian tới',
  'trong đó',
  'cuối cùng', ...ORDINAL_MARKERS,
];

/**
 * Openers of a phrase ending in a comma that frames the clause: a topic ("Đối với các xã ..., tiếp
 * tục ..."), a condition, or how the speaker came to speak ("Sau khi nghe báo cáo ..., đồng chí ...").
 */
// prettier-ignore
export const TOPIC_PREFIXES = [
  'riêng đối với', 'đối với', 'riêng', 'về', 'trường hợp', 'để', 'nhằm', 'trên cơ sở', 'căn cứ', 'sau khi',
  'phát biểu', 'kết luận hội nghị', 'kết luận cuộc họp', 'kết luận buổi làm việc', 'kết luận phiên họp', 'tại',
  // When, in time: "Sau Tết, ...", "Ngay sau kỳ nghỉ, ...", "Kết thúc đợt kiểm tra, ...", "Khi có ..., ".
  'sau', 'ngay sau', 'ngay sau khi', 'kết thúc', 'khi', 'trước khi', 'trong quá trình', 'dịp này', 'nhân dịp này',
];

/** Of those, the ones whose topic names the unit concerned ("Đối với các chủ rừng, phải ..."). */
export const UNIT_TOPIC_PREFIXES = ['riêng đối với', 'đối với', 'riêng'];

/** Nouns that head a directive stated without a verb: "Tiến độ giải ngân nguồn vốn NTM ...". */
export const TOPIC_NOUNS = ['tiến độ', 'công tác', 'việc'];

/**
 * After "và", these open a second task of their own ("Đẩy nhanh tiến độ thi công ... và làm tốt
 * việc giải ngân ..."); other verbs after "và" continue the same task ("tuyên truyền và vận động").
 */
// prettier-ignore
export const SECOND_TASK_STARTERS = [
  'đẩy nhanh', 'đẩy mạnh', 'làm tốt', 'tăng cường', 'tập trung', 'tiếp tục', 'khẩn trương', 'chủ động',
  'thực hiện tốt', 'quan tâm', 'kịp thời', 'chỉ đạo',
];

/**
 * Documents whose titles run on with verbs: after "Đề án phát triển nguồn thu", "và tăng cường quản
 * lý ngân sách" is still the title, not a second task.
 */
// prettier-ignore
export const DOCUMENT_NOUNS = [
  'đề án', 'kế hoạch', 'chương trình', 'nghị quyết', 'quyết định', 'chỉ thị', 'dự án', 'luật', 'nghị định',
  'thông tư', 'phong trào', 'cuộc vận động', 'chiến lược', 'quy hoạch',
];

/**
 * Verbs that say nothing of the work itself: "..., giao Sở Tư pháp chủ trì thực hiện" names the
 * lead of the clause before it rather than a task of its own.
 */
// prettier-ignore
export const GENERIC_ACTIONS = [
  'chủ trì', 'thực hiện', 'triển khai', 'theo dõi', 'tham mưu', 'giải quyết', 'xử lý', 'phối hợp', 'triển khai thực hiện',
  'tổ chức thực hiện', 'chủ trì thực hiện',
];

/**
 * Words that, with generic actions and adverbs of command, make an exhortation with nothing to do
 * in it: "nghiêm túc triển khai thực hiện", "phải quyết liệt hơn", "xử lý nghiêm theo quy định".
 */
// prettier-ignore
export const EXHORTATION_WORDS = [
  'tốt', 'có hiệu quả', 'hiệu quả', 'hơn', 'hơn nữa', 'theo quy định', 'theo quy định của pháp luật', 'đúng quy định',
  'nhiệm vụ được giao', 'các nhiệm vụ được giao', 'chức năng, nhiệm vụ', 'nỗ lực', 'cố gắng', 'quyết tâm', 'gương mẫu',
];

/** A connective that starts a second task in the same sentence: "..., đồng thời lập kế hoạch ...". */
export const SECOND_TASK_CONNECTIVES = ['đồng thời'];

/** Whom a closing clause reports to without naming a unit: "báo cáo huyện", "trình Chủ tịch". */
export const ADDRESSEES = ['ubnd', 'huyện', 'tỉnh', 'xã', 'phường', 'chủ tịch', 'lãnh đạo'];

/** Words a title should not end on once its deadline is cut: "... tổng duyệt trước", "... dịp". */
export const TITLE_DANGLING_WORDS = [
  'và',
  'để',
  'cho',
  'với',
  'của',
  'các',
  'dịp',
  'trong',
  'trước',
  'từ',
  'đến',
  'vào',
  'tại',
];

/** Verbs left alone at the end of a title once its deadline is cut: "..., báo cáo", "..., trình". */
export const TITLE_ORPHAN_VERBS = ['báo cáo', 'báo cáo kết quả', 'trình', 'gửi', 'nộp', 'hoàn thành', 'xong'];

/** Words that open an action but add nothing to its title: "tiếp tục", "cần", "khẩn trương". */
export const TITLE_FILLERS = [
  'cần phải',
  'cần',
  'phải',
  'tiếp tục',
  'khẩn trương',
  'có trách nhiệm',
  'chủ trì',
];

/** Lead role ("X chủ trì") and coordination ("phối hợp với Y") markers. */
export const LEAD_ROLE = ['chủ trì'];
export const COORDINATION = [
  'phối hợp chặt chẽ với',
  'phối hợp với',
  'phối hợp cùng',
  'phối hợp',
  'cùng với',
];

/**
 * Words of a clause that only closes the previous one ("...; báo cáo kết quả hằng tháng",
 * "...; hoàn thành trước ngày 15/12"): once deadlines and units are removed, nothing else is left.
 */
// prettier-ignore
export const CLOSING_WORDS = [
  'hoàn thành', 'xong', 'báo cáo', 'kết quả', 'thời gian', 'thời hạn', 'hạn', 'trình', 'gửi', 'về', 'cho', 'là',
  'nộp', 'và', 'tiến độ', 'thực hiện', 'hoàn thành việc', 'tổng hợp', 'trước', 'ngày', 'chậm nhất', 'định kỳ',
  ...TASKS_ABOVE,
];

/**
 * Said right before the colon that opens the conclusions: "... kết luận như sau:", "... yêu cầu:",
 * "... các nội dung để các đơn vị triển khai:" (an office passing the instructions on).
 */
export const CONCLUSION_OPENERS = [
  'kết luận',
  'chỉ đạo',
  'yêu cầu',
  'đề nghị',
  'giao',
  'nhấn mạnh',
  'lưu ý',
  'thống nhất',
  'triển khai',
  'thực hiện',
  'triển khai thực hiện',
];

/** What an opener of the conclusions may name before its colon: "Chủ tịch UBND xã giao nhiệm vụ:", "... kết luận một số nội dung:". */
// prettier-ignore
export const CONCLUSION_OBJECTS = [
  'nhiệm vụ', 'các nhiệm vụ', 'nhiệm vụ cụ thể', 'nội dung', 'các nội dung', 'một số nội dung', 'một số nhiệm vụ',
  'công việc', 'các công việc', 'cụ thể', 'các đơn vị',
];

/** Phrases that end a list introduction: "... các nội dung sau:", "kết luận như sau:". */
export const LIST_INTRO_ENDINGS = ['như sau', 'sau', 'dưới đây', 'cụ thể như sau', 'cụ thể'];

/** Words a line does not end on unless a PDF wrapped it: "... và⏎UBND các xã". */
export const LINE_JOINING_WORDS = ['và', 'với', 'của', 'các', 'cho', 'tại', 'về', 'theo'];
