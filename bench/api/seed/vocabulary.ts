import { foldDiacritics } from '@dondoc/core';

/**
 * Words the seed builds names and titles from. Kept in JS so each phrase is folded once by the
 * project's own foldDiacritics: the SQL then only glues folded pieces together, and search_text
 * matches what the API itself would have stored.
 */

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Công'];
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thủy',
  'Trang',
  'Tuấn',
  'Vinh',
  'Yến',
];

/** Sở and the Văn phòng: kind 'department'. The first one is the office (Văn phòng UBND tỉnh). */
export const DEPARTMENTS = [
  'Văn phòng UBND tỉnh',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Tư pháp',
  'Sở Dân tộc và Tôn giáo',
  'Thanh tra tỉnh',
  'Sở Ngoại vụ',
];

/** Cơ quan, đơn vị sự nghiệp: kind 'agency'. */
export const AGENCIES = [
  'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp',
  'Ban Quản lý dự án đầu tư xây dựng công trình giao thông',
  'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp',
  'Ban Quản lý Khu kinh tế tỉnh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Trung tâm Phục vụ hành chính công tỉnh',
  'Trung tâm Xúc tiến đầu tư',
  'Quỹ Đầu tư phát triển tỉnh',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Thuế tỉnh',
  'Kho bạc Nhà nước khu vực',
  'Bảo hiểm xã hội tỉnh',
  'Chi nhánh Ngân hàng Chính sách xã hội',
  'Bệnh viện Đa khoa tỉnh',
  'Trung tâm Kiểm soát bệnh tật',
  'Văn phòng Đăng ký đất đai',
  'Trung tâm Phát triển quỹ đất',
  'Trường Cao đẳng Kỹ thuật',
  'Thống kê tỉnh',
  'Liên minh Hợp tác xã',
  'Ban Dân tộc',
  'Trung tâm Khuyến nông',
  'Chi cục Kiểm lâm',
  'Chi cục Thủy lợi',
  'Trung tâm Công nghệ thông tin',
];

export const COMMUNE_NAMES = [
  'Hương Sơn',
  'Sơn Tây',
  'Sơn Kim',
  'Đức Thọ',
  'Thạch Hà',
  'Cẩm Xuyên',
  'Kỳ Anh',
  'Nghi Xuân',
  'Can Lộc',
  'Vũ Quang',
  'Lộc Hà',
  'Hồng Lĩnh',
  'Thành Sen',
  'Trần Phú',
  'Hà Huy Tập',
  'Tùng Lộc',
  'Thiên Cầm',
  'Xuân Hải',
  'Đan Hải',
  'Tiên Điền',
  'Hương Khê',
  'Phúc Trạch',
  'Hương Đô',
  'Đồng Lộc',
  'Mai Phụ',
  'Thạch Lạc',
  'Đông Kinh',
  'Kỳ Hoa',
  'Hoành Sơn',
  'Sông Trí',
  'Cẩm Bình',
  'Cẩm Duệ',
  'Yên Hòa',
  'Thạch Khê',
  'Việt Xuyên',
  'Đức Minh',
  'Tùng Ảnh',
  'Liên Minh',
  'Sơn Hồng',
  'Kim Hoa',
];

export const TASK_VERBS = [
  'Đẩy nhanh tiến độ',
  'Tập trung chỉ đạo',
  'Rà soát, báo cáo',
  'Xây dựng kế hoạch',
  'Kiểm tra, xử lý',
  'Tổ chức thực hiện',
  'Hoàn thiện hồ sơ',
  'Tham mưu đề xuất giải pháp',
  'Đôn đốc hoàn thành',
  'Tăng cường công tác',
  'Triển khai quyết liệt',
  'Khắc phục tồn tại, hạn chế trong',
  'Tổng hợp kết quả',
  'Chuẩn bị nội dung',
  'Phối hợp giải quyết vướng mắc về',
];

export const TOPICS = [
  'giải ngân vốn đầu tư công',
  'giải phóng mặt bằng dự án đường ven biển',
  'xây dựng nông thôn mới nâng cao',
  'chuyển đổi số trong cơ quan nhà nước',
  'cải cách thủ tục hành chính',
  'phòng chống thiên tai mùa mưa bão',
  'thu ngân sách nhà nước',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'xóa nhà tạm, nhà dột nát',
  'phòng chống dịch bệnh trên đàn gia súc',
  'vệ sinh môi trường nông thôn',
  'quản lý đất đai, khoáng sản',
  'an toàn thực phẩm',
  'tuyển sinh đầu cấp',
  'tiêm chủng mở rộng',
  'bảo hiểm xã hội tự nguyện',
  'hạ tầng khu công nghiệp',
  'thu hút đầu tư',
  'sáp nhập thôn, tổ dân phố',
  'chính quyền địa phương hai cấp',
  'chi trả chế độ chính sách',
  'giảm nghèo bền vững',
  'phòng cháy chữa cháy rừng',
  'sản xuất vụ Đông Xuân',
  'chương trình mỗi xã một sản phẩm (OCOP)',
  'cấp nước sạch nông thôn',
  'kiên cố hóa kênh mương',
  'trật tự an toàn giao thông',
  'xử lý rác thải sinh hoạt',
  'định danh điện tử VNeID',
  'dịch vụ công trực tuyến toàn trình',
  'quyết toán dự án hoàn thành',
  'giải quyết khiếu nại, tố cáo',
  'bồi thường, hỗ trợ tái định cư',
  'kiểm kê rừng',
  'tổ chức lễ hội truyền thống',
  'đào tạo nghề cho lao động nông thôn',
  'nhà ở xã hội',
  'an toàn hồ đập',
  'chuyển đổi cơ cấu cây trồng',
];

export const DESCRIPTIONS = [
  'Báo cáo kết quả về UBND trước ngày 25 hằng tháng.',
  'Chủ động phối hợp với các đơn vị liên quan; khó khăn vượt thẩm quyền báo cáo, đề xuất kịp thời.',
  'Người đứng đầu chịu trách nhiệm trước Chủ tịch UBND nếu để chậm trễ.',
  'Gửi kết quả qua hệ thống quản lý văn bản và điều hành.',
];

export const EXPECTED_OUTPUTS = [
  'Báo cáo',
  'Kế hoạch',
  'Tờ trình',
  'Công trình hoàn thành',
  'Văn bản hướng dẫn',
];

export const PROGRESS_NOTES = [
  'Đã tổ chức họp triển khai, giao bộ phận chuyên môn tham mưu.',
  'Đang rà soát hồ sơ, dự kiến hoàn thành trong tháng.',
  'Đã hoàn thành khoảng một nửa khối lượng công việc.',
  'Đã làm việc với các hộ dân, còn vướng mắc về giá bồi thường.',
  'Đã ban hành văn bản hướng dẫn, đang đôn đốc các thôn thực hiện.',
  'Đang chờ ý kiến thẩm định của cơ quan chuyên môn.',
];

/** Directive title heads: [kind][level]. The tail is a topic or "tháng M/YYYY". */
export const DIRECTIVE_HEADS = {
  meeting: {
    province: 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng',
    commune: 'Kết luận của Chủ tịch UBND xã tại phiên họp thường kỳ tháng',
  },
  visit: {
    province: 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về',
    commune: 'Kết luận của Chủ tịch UBND xã tại buổi làm việc về',
  },
  document: {
    province: 'Chỉ thị của UBND tỉnh về tăng cường',
    commune: 'Văn bản chỉ đạo của UBND xã về tăng cường',
  },
  oral: {
    province: 'Ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại buổi kiểm tra',
    commune: 'Ý kiến chỉ đạo của Chủ tịch UBND xã tại buổi kiểm tra',
  },
} as const;

/** Every clause title the seed uses: each verb with each topic. */
export function clauseTitles(): string[] {
  return TASK_VERBS.flatMap((verb) => TOPICS.map((topic) => `${verb} ${topic}`));
}

/** A list of phrases and their folded twins, as the two text[] parameters the SQL indexes into. */
export function withFolded(phrases: readonly string[]): { text: string[]; folded: string[] } {
  return { text: [...phrases], folded: phrases.map(foldDiacritics) };
}
