/**
 * How notices name the units they assign: a head noun ("Phòng", "Sở", "UBND") and a proper name,
 * a group ("các xã, thị trấn"), a person standing for a unit ("Chủ tịch UBND các xã") or an
 * abbreviation ("TC-KH"). Lower case with diacritics, as everywhere in rules/.
 */

/** Head nouns of a named unit; written with a capital in running text ("Phòng Tư pháp", "Sở Xây dựng"). */
// prettier-ignore
export const UNIT_HEADS = [
  'ủy ban nhân dân', 'uỷ ban nhân dân', 'ủy ban mặt trận tổ quốc', 'uỷ ban mặt trận tổ quốc', 'ủy ban mttq',
  'ubmttq', 'mặt trận tổ quốc', 'ubnd', 'hđnd', 'hội đồng nhân dân', 'văn phòng', 'trung tâm', 'chi cục', 'cục',
  'sở', 'phòng', 'ban', 'bộ chỉ huy', 'ban chỉ huy', 'ban chỉ đạo', 'ban quản lý', 'công an', 'thanh tra', 'kho bạc',
  'bảo hiểm xã hội', 'điện lực', 'hạt kiểm lâm', 'kiểm lâm', 'đội', 'trạm', 'hội', 'liên đoàn', 'huyện đoàn',
  'tỉnh đoàn', 'thành đoàn', 'đoàn thanh niên', 'đài', 'trường', 'bệnh viện', 'chi nhánh', 'công ty', 'hợp tác xã',
  'ngân hàng', 'quỹ', 'viện kiểm sát', 'tòa án', 'toà án', 'đảng ủy', 'đảng uỷ', 'huyện ủy', 'huyện uỷ', 'tỉnh ủy',
  'tỉnh uỷ', 'thành ủy', 'thường trực', 'ban thường vụ', 'công chức', 'cán bộ', 'thôn', 'tổ dân phố', 'xã',
  'phường', 'thị trấn', 'đặc khu', 'huyện', 'tỉnh', 'thành phố', 'thị xã', 'bản', 'khối', 'chi bộ', 'thuế',
  // A sector named for its department ("ngành Giáo dục", "đề nghị ngành nông nghiệp ...").
  'ngành',
  // Short forms: "UB MTTQ phường", "BQL dự án", "Ban QLDA ...", "Bộ CHQS tỉnh".
  'ub mttq', 'mttq', 'bql', 'bqlda', 'ban qlda', 'bộ chqs', 'ban chqs', 'cảng vụ', 'vp', 'bộ phận',
  // The Party's bodies in a notice of a Party committee: "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh".
  'đảng đoàn', 'ban cán sự đảng', 'đảng bộ', 'ủy ban kiểm tra', 'uỷ ban kiểm tra', 'cấp ủy', 'cấp uỷ',
  // Bodies set up for a task, and the press: "Tổ công tác liên ngành", "Đoàn kiểm tra", "Báo Hà Tĩnh".
  'tổ công tác', 'tổ giúp việc', 'đoàn kiểm tra', 'đoàn công tác', 'đoàn liên ngành', 'hội đồng', 'báo',
  'cổng thông tin điện tử',
  // Parties an inspection holds responsible besides the state's own units.
  'liên danh', 'nhà thầu', 'nhà đầu tư', 'chủ đầu tư', 'tư vấn giám sát', 'đơn vị thi công', 'đơn vị tư vấn',
  'đơn vị tư vấn giám sát', 'đơn vị giám sát',
];

/** Words that begin like a head but are not one: "Ban hành", "Trường hợp", "Xã hội". */
// prettier-ignore
export const FALSE_HEADS = [
  'xã hội', 'hội nghị', 'hội thảo', 'hội viên', 'phòng chống', 'phòng, chống', 'phòng ngừa', 'phòng tránh',
  'phòng cháy', 'phòng dịch', 'ban hành', 'ban đầu', 'đội ngũ', 'trường hợp', 'bản đồ', 'bản thân', 'khối lượng',
  'cục bộ', 'quỹ đất', 'sở hữu', 'đoàn kết', 'đoàn viên', 'đài thọ', 'thôn xóm', 'huyện lỵ', 'ngành nghề',
  'ngành hàng', 'báo cáo', 'báo chí', 'báo động', 'báo giá', 'báo hiệu', 'báo tin', 'hội đồng hương',
];

/** Heads written in capitals by convention, which text typed all in lower case still makes plain. */
export const ACRONYM_HEADS = ['ubnd', 'hđnd', 'ubmttq', 'mttq', 'vp'];

/** Heads that people also write in lower case, before a capitalised place name: "xã Kỳ Anh", "huyện Sơn Dương". */
export const PLACE_HEADS = [
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'thôn',
  'tổ dân phố',
  'bản',
  'huyện',
  'tỉnh',
  'thành phố',
  'thị xã',
];

/** People who stand for their unit: "Chủ tịch UBND các xã", "Thủ trưởng các cơ quan, đơn vị". */
// prettier-ignore
export const PERSON_HEADS = [
  'chủ tịch', 'phó chủ tịch', 'thủ trưởng', 'giám đốc', 'trưởng phòng', 'trưởng ban', 'trưởng', 'lãnh đạo',
  'người đứng đầu', 'bí thư', 'phó giám đốc', 'phó trưởng phòng', 'hiệu trưởng', 'chỉ huy trưởng', 'chánh văn phòng',
  'chánh thanh tra', 'cục trưởng', 'chi cục trưởng', 'tổng giám đốc', 'trưởng trạm',
];

/** What follows a leader's title to say which field is theirs: "Phó Chủ tịch phụ trách khối kinh tế". */
export const IN_CHARGE_OF = ['phụ trách', 'phụ trách lĩnh vực', 'phụ trách khối', 'theo dõi lĩnh vực'];

/** How a person is addressed before a title or a name: "Đ/c Trần Văn Bình", "đồng chí Phó Chủ tịch". */
export const COMRADE_MARKERS = ['đồng chí', 'đ/c', 'đc'];

/** Heads of the speaker rather than of a lead: named before "đề nghị", they give the instruction. */
// prettier-ignore
export const AUTHORITY_HEADS = [
  'ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'huyện', 'tỉnh', 'thành phố', 'thị xã', 'huyện ủy', 'huyện uỷ',
  'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'đảng ủy', 'đảng uỷ', 'thường trực', 'ban thường vụ', 'chủ tịch',
  'phó chủ tịch', 'bí thư', 'lãnh đạo', 'đồng chí',
];

/** Nouns of a group after "các": "các phòng, ban", "các xã, thị trấn", "các sở, ngành, địa phương". */
// prettier-ignore
export const GROUP_NOUNS = [
  'xã', 'phường', 'thị trấn', 'đặc khu', 'thôn', 'tổ dân phố', 'bản', 'phòng', 'ban', 'ngành', 'sở', 'cơ quan',
  'đơn vị', 'địa phương', 'đoàn thể', 'hội', 'tổ chức', 'trường', 'nhà trường', 'chủ đầu tư', 'chủ rừng',
  'doanh nghiệp', 'thành viên', 'hợp tác xã', 'trạm', 'trung tâm', 'chi nhánh', 'đồng chí', 'cấp', 'lực lượng',
  'huyện', 'tỉnh', 'bộ', 'cơ sở', 'tổ', 'khu dân cư', 'thành phố', 'thị xã', 'cơ sở giáo dục', 'hộ', 'bộ phận', 'cấp ủy', 'cấp uỷ', 'chính quyền',
  'chi bộ', 'đảng bộ', 'chi, đảng bộ', 'chi bộ, đảng bộ', 'tổ chức đảng', 'tổ chức cơ sở đảng',
];

/**
 * Groups a notice acts on rather than through: households, businesses, premises. Named as the topic
 * ("Đối với các hộ có nhà bị sập, khẩn trương bố trí chỗ ở tạm") they are what the task is about;
 * only a modal makes them its subject ("Đối với các doanh nghiệp, phải ...").
 */
export const BENEFICIARY_GROUPS = [
  'hộ',
  'hộ gia đình',
  'hộ dân',
  'doanh nghiệp',
  'cơ sở',
  'đối tượng',
  'người dân',
];

/** Group nouns that take a unit after them: "các thành viên Ban Chỉ đạo", "các Phó Chủ tịch UBND huyện". */
// prettier-ignore
export const GROUP_NOUNS_WITH_COMPLEMENT = [
  'thành viên', 'đồng chí', 'phó chủ tịch', 'chủ tịch', 'giám đốc', 'phó giám đốc', 'trưởng phòng', 'thủ trưởng',
  'hiệu trưởng', 'bí thư',
];

/** Words before a group: "các", "toàn bộ các". */
export const GROUP_DETERMINERS = ['tất cả các', 'toàn bộ các', 'các', 'những'];

/**
 * Names of bodies found in every locality whose words would otherwise end the name early
 * ("xây dựng", "phòng, chống" are also verbs).
 */
// prettier-ignore
export const STANDARD_UNIT_NAMES = [
  'ban quản lý dự án đầu tư xây dựng', 'ban quản lý các dự án đầu tư xây dựng', 'ban quản lý dự án',
  'ban quản lý dự án các công trình xây dựng', 'ban quản lý dự án đầu tư xây dựng các công trình',
  'ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn',
  'ban chỉ huy pctt và tkcn', 'ban chỉ huy pctt&tkcn', 'ban chỉ đạo xây dựng nông thôn mới',
  'ban chỉ đạo chương trình mục tiêu quốc gia', 'trung tâm phát triển quỹ đất', 'trung tâm phục vụ hành chính công',
  'trung tâm xúc tiến đầu tư, thương mại và du lịch', 'trung tâm dịch vụ nông nghiệp', 'trung tâm văn hóa - truyền thông',
  'trung tâm văn hóa, thông tin và thể thao', 'phòng kinh tế, hạ tầng và đô thị', 'phòng văn hóa, khoa học và thông tin',
  'công chức địa chính - xây dựng', 'công chức văn hóa - xã hội', 'trạm trồng trọt và bảo vệ thực vật',
  'ban chỉ huy quân sự', 'bộ chỉ huy quân sự', 'hội liên hiệp phụ nữ', 'kho bạc nhà nước', 'bảo hiểm xã hội',
  'ban quản lý khu kinh tế', 'đài truyền thanh', 'văn phòng hđnd và ubnd', 'văn phòng hđnd - ubnd',
  'văn phòng hội đồng nhân dân và ủy ban nhân dân', 'văn phòng ubnd', 'văn phòng ủy ban nhân dân',
];

/**
 * The departments every People's Committee has, by their standard names (Nghị định 37/2014,
 * 108/2020 and, from 2025, 45/2025 for phòng; 107/2020 and 45/2025 for sở). Known whole, they are
 * found even typed in lower case without diacritics ("giao phong tai chinh - ke hoach chu tri").
 */
// prettier-ignore
export const STANDARD_DEPARTMENTS = [
  'phòng tài chính - kế hoạch', 'phòng tài nguyên và môi trường', 'phòng nông nghiệp và phát triển nông thôn',
  'phòng nông nghiệp và môi trường', 'phòng kinh tế - hạ tầng', 'phòng kinh tế, hạ tầng và đô thị', 'phòng kinh tế',
  'phòng quản lý đô thị', 'phòng lao động - thương binh và xã hội', 'phòng văn hóa - thông tin',
  'phòng văn hóa và thông tin', 'phòng văn hóa - xã hội', 'phòng văn hóa, khoa học và thông tin', 'phòng giáo dục và đào tạo',
  'phòng y tế', 'phòng nội vụ', 'phòng tư pháp', 'phòng dân tộc', 'phòng dân tộc và tôn giáo', 'thanh tra huyện',
  'sở tài chính', 'sở nội vụ', 'sở tư pháp', 'sở y tế', 'sở xây dựng', 'sở công thương', 'sở khoa học và công nghệ',
  'sở giáo dục và đào tạo', 'sở nông nghiệp và môi trường', 'sở văn hóa, thể thao và du lịch', 'sở dân tộc và tôn giáo',
  'sở ngoại vụ', 'sở kế hoạch và đầu tư', 'sở tài nguyên và môi trường', 'sở nông nghiệp và phát triển nông thôn',
  'sở giao thông vận tải', 'sở thông tin và truyền thông', 'sở lao động - thương binh và xã hội', 'thanh tra tỉnh',
  'văn phòng ubnd tỉnh', 'văn phòng ủy ban nhân dân tỉnh',
];

/** What may follow a group to narrow it: "các cơ quan, đơn vị liên quan", "các xã trên địa bàn". */
// prettier-ignore
export const GROUP_QUALIFIERS = [
  'có liên quan', 'liên quan', 'trên địa bàn huyện', 'trên địa bàn tỉnh', 'trên địa bàn xã', 'trên địa bàn phường',
  'trên địa bàn', 'trực thuộc', 'chuyên môn', 'cấp huyện', 'cấp tỉnh', 'cấp xã', 'ven biển', 'miền núi', 'thuộc huyện',
  'thuộc tỉnh', 'thuộc xã', 'biên giới', 'vùng cao',
];

/** A unit's remit said after its name, before its action: "Các sở, ngành theo chức năng, nhiệm vụ được giao chủ động ...". */
// prettier-ignore
export const REMIT_PHRASES = [
  'theo chức năng, nhiệm vụ được giao', 'theo chức năng, nhiệm vụ', 'theo chức năng nhiệm vụ được giao',
  'theo chức năng nhiệm vụ', 'theo nhiệm vụ được giao', 'theo thẩm quyền', 'theo lĩnh vực được phân công',
  'theo lĩnh vực phụ trách', 'theo lĩnh vực quản lý', 'theo phân cấp', 'trong phạm vi chức năng, nhiệm vụ',
];

/** A relative clause after a group never opens with these: "các đoàn thể trong vận động ..." is not a subject. */
export const PREPOSITIONS = [
  'trong',
  'tại',
  'của',
  'về',
  'với',
  'để',
  'cho',
  'theo',
  'trên',
  'từ',
  'đến',
  'bằng',
  'do',
  'vào',
];

/** Words that end a unit name written in lower case: prepositions, copulas, aspect words. */
// prettier-ignore
export const NAME_STOP_WORDS = [
  'với', 'để', 'trong', 'trước', 'theo', 'về', 'tại', 'cho', 'của', 'có', 'là', 'được', 'đã', 'sẽ', 'đang', 'các',
  'những', 'khi', 'nếu', 'thì', 'nhằm', 'đến', 'từ', 'trên', 'cùng', 'cũng', 'vẫn', 'còn', 'chưa', 'không', 'đồng thời',
  'cần', 'phải', 'ngay', 'sau', 'qua', 'do', 'bằng', 'vào', 'ra', 'lên', 'xuống', 'này', 'đó', 'như', 'nhất là',
  'đề nghị', 'yêu cầu', 'giao', 'tiến độ', 'công tác', 'việc', 'ước', 'dự ước', 'đạt', 'tăng', 'giảm',
];

/**
 * Nouns inside a lower-case name whose last syllable is also a verb or a preposition ("công trình",
 * "giao thông"): read whole, they do not end the name.
 */
// prettier-ignore
export const COMPOUND_NOUNS = [
  'công trình', 'chương trình', 'quy trình', 'lộ trình', 'giao thông', 'thu nhập', 'dân dụng', 'phát triển nông thôn',
  'bảo vệ thực vật', 'phòng cháy chữa cháy', 'phòng cháy, chữa cháy', 'tìm kiếm cứu nạn', 'cứu hộ cứu nạn',
  // Typed without marks, these begin like "từ", "vẫn", "tại", "đó": read whole, they stay in the name.
  'tư pháp', 'hộ tịch', 'văn hóa', 'văn phòng', 'tài chính', 'tài nguyên', 'đô thị', 'kế toán',
];

/** Heads that name a body with nothing after them ("Đảng ủy, UBND xã ..."); others need a name ("Thanh tra tỉnh"). */
// prettier-ignore
export const STANDALONE_HEADS = [
  'đảng ủy', 'đảng uỷ', 'huyện ủy', 'huyện uỷ', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn',
  'thường trực', 'ban thường vụ', 'ubnd', 'hđnd', 'ubmttq', 'mttq', 'mặt trận tổ quốc', 'văn phòng', 'công an', 'vp',
  'nhà thầu', 'nhà đầu tư', 'chủ đầu tư', 'liên danh nhà thầu', 'tư vấn giám sát', 'đơn vị thi công', 'bql', 'bqlda',
  'đơn vị tư vấn', 'đơn vị tư vấn giám sát', 'đơn vị giám sát',
  'ban qlda',
];

/** Short forms of standard names: "Ban QLDA các công trình xây dựng huyện" is a "Ban Quản lý dự án ...". */
export const NAME_ABBREVIATIONS: ReadonlyArray<[string, readonly string[]]> = [
  ['ban quản lý dự án', ['ban qlda', 'bqlda', 'bql dự án']],
  ['ban quản lý', ['bql']],
  ['ban chỉ huy quân sự', ['ban chqs', 'bchqs']],
  ['bộ chỉ huy quân sự', ['bộ chqs']],
];
