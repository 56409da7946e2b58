import { extractDraft } from './extract';

const meetingDate = '2025-03-10';
const sources = (text: string) => extractDraft(text, { meetingDate }).tasks.map((t) => t.sourceText);

describe('tasks: how notices lay out their instructions', () => {
  it('reads "1/", "a/" and "1.Giao" as list markers, and a chat message passing instructions on', () => {
    const text =
      'VP xin thong bao cac noi dung de cac don vi thuc hien:\n1/ Phong Van hoa: kiem tra cac diem karaoke.\na/ Tram Y te phun thuoc diet muoi.\n2.Giao Cong an xa tuan tra ban dem.';
    expect(sources(text)).toEqual([
      'kiem tra cac diem karaoke',
      'Tram Y te phun thuoc diet muoi',
      'Giao Cong an xa tuan tra ban dem',
    ]);
  });

  it('reads points counted in words after a sentence announcing them, with its lead', () => {
    const text =
      'Đồng chí Chủ tịch yêu cầu UBND xã Tân Lập tập trung vào các nhiệm vụ trọng tâm sau đây.\n\nThứ nhất, rà soát hồ sơ đất đai tồn đọng.\n\nHai là, vận động Nhân dân tham gia bảo hiểm y tế.';
    const tasks = extractDraft(text, { meetingDate }).tasks;
    expect(tasks.map((t) => [t.sourceText, t.lead])).toEqual([
      ['rà soát hồ sơ đất đai tồn đọng', ['UBND xã Tân Lập']],
      ['vận động Nhân dân tham gia bảo hiểm y tế', ['UBND xã Tân Lập']],
    ]);
  });

  it('takes a numbered topic heading for what it is, not a task', () => {
    const text = 'Kết luận:\n3. Về cải cách hành chính, chuyển đổi số\n- Phòng Nội vụ số hóa hồ sơ cán bộ.';
    expect(sources(text)).toEqual(['Phòng Nội vụ số hóa hồ sơ cán bộ']);
  });

  it('reads an item under a unit heading as its task even with a verb outside the vocabulary', () => {
    const text = 'Kết luận:\n2.1. Ban QLDA huyện:\n- Rào chắn hố đào, treo đèn cảnh báo ban đêm.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.lead])).toEqual([
      ['Rào chắn hố đào, treo đèn cảnh báo ban đêm', ['Ban QLDA huyện']],
    ]);
  });

  it('carries a piece whose verb the vocabulary lacks, or that says what not to let happen, with the task before', () => {
    const text =
      'Kết luận: Phòng Kinh tế kiểm tra chất lượng nước sạch; lấy mẫu xét nghiệm định kỳ. Trạm Y tế cấp phát thuốc; không để người bệnh chờ lâu.';
    expect(sources(text)).toEqual([
      'Phòng Kinh tế kiểm tra chất lượng nước sạch; lấy mẫu xét nghiệm định kỳ',
      'Trạm Y tế cấp phát thuốc; không để người bệnh chờ lâu',
    ]);
  });

  it('reads unaccented commands that begin like narrative words, and a year that begins like "nắm"', () => {
    const text =
      'Ket luan: Hoi Nong dan van dong hoi vien trong cay. Nam 2026 cac thon phai hoan thanh duong giao thong.';
    expect(sources(text)).toEqual([
      'Hoi Nong dan van dong hoi vien trong cay',
      'cac thon phai hoan thanh duong giao thong',
    ]);
  });

  it('reads a modal before a passive, or before the action on a thing, as an instruction', () => {
    const text =
      'Kết luận: Công tác thu phí chợ phải được chấn chỉnh ngay trong tháng 3. Các tuyến kênh nội đồng phải nạo vét trước vụ Hè Thu.';
    expect(sources(text)).toEqual([
      'Công tác thu phí chợ phải được chấn chỉnh ngay trong tháng 3',
      'Các tuyến kênh nội đồng phải nạo vét trước vụ Hè Thu',
    ]);
  });

  it('leaves out what happened at the meeting, exhortations and the attribution of a quotation', () => {
    const text =
      'Kết luận: Phòng Tư pháp rà soát quy chế. Dịp này, UBND xã khen thưởng 5 tập thể. Năm tới các đơn vị phải quyết liệt hơn. Sở Nội vụ đề nghị các đơn vị khẩn trương triển khai thực hiện. "Các xã phải làm xong đường trước Tết", Chủ tịch UBND tỉnh nhấn mạnh.';
    expect(sources(text)).toEqual(['Phòng Tư pháp rà soát quy chế', 'Các xã phải làm xong đường trước Tết']);
  });

  it('reads past a time that frames the action: "Sau Tết, ...", "Kết thúc đợt kiểm tra, ..."', () => {
    const text =
      'Kết luận: UBND các xã trực Tết nghiêm túc. Sau Tết, tổ chức ra quân làm thủy lợi. Kết thúc đợt kiểm tra, báo cáo kết quả về UBND huyện trước ngày 30/3.';
    expect(sources(text)).toEqual([
      'UBND các xã trực Tết nghiêm túc',
      'tổ chức ra quân làm thủy lợi',
      'báo cáo kết quả về UBND huyện trước ngày 30/3',
    ]);
  });

  it('keeps "là nhiệm vụ trọng tâm" out unless units are told to hold it so', () => {
    const text =
      'Kết luận: Phòng chống dịch là nhiệm vụ trọng tâm. Yêu cầu các xã xác định giảm nghèo là nhiệm vụ thường xuyên.';
    expect(sources(text)).toEqual(['Yêu cầu các xã xác định giảm nghèo là nhiệm vụ thường xuyên']);
  });

  it('reads a plain statement among results as one more result', () => {
    const text =
      'Kết luận:\n1. Thu ngân sách ước đạt 12 tỷ đồng, bằng 80% dự toán. Xã Tân Phú hoàn thành chuyển đổi số cấp xã. Tuy nhiên, tiến độ giải ngân còn chậm.';
    expect(sources(text)).toEqual([]);
  });

  it('reads a note typed all in lower case without marks, units as subjects and "giao ban chi huy ..." alike', () => {
    const text =
      'ket luan giao ban tuan 12\n1. phong van hoa kiem tra cac co so karaoke.\n2. cong chuc tu phap - ho tich ra soat so ho tich.\n3. giao ban chi huy quan su xa chuan bi le giao quan.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => t.lead)).toEqual([
      ['phong van hoa'],
      ['cong chuc tu phap - ho tich'],
      ['ban chi huy quan su xa'],
    ]);
  });

  it('reads a task table pasted from Word, even after the signature, a row per task', () => {
    const text = [
      'Chủ tịch UBND huyện giao nhiệm vụ cụ thể tại Phụ lục kèm theo.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'PHỤ LỤC',
      'TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn',
      '1\tKiểm kê tài sản công\tPhòng Tài chính\tCác xã\tTháng 4',
      '2\tCập nhật bản đồ quy hoạch\tPhòng Kinh tế\t\tThường xuyên',
    ].join('\n');
    expect(
      extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.lead, t.coordinating, t.dueDate]),
    ).toEqual([
      ['Kiểm kê tài sản công', ['Phòng Tài chính'], ['Các xã'], '2025-04-30'],
      ['Cập nhật bản đồ quy hoạch', ['Phòng Kinh tế'], [], null],
    ]);
  });

  it('gives a task the fields written under it: "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời gian hoàn thành:"', () => {
    const text =
      'Kết luận:\n1. Xây dựng quy chế phối hợp liên ngành năm 2025.\n- Đơn vị chủ trì: Phòng Nội vụ.\n- Đơn vị phối hợp: Phòng Tư pháp.\n- Thời gian hoàn thành: Tháng 5/2025.';
    expect(
      extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.lead, t.coordinating, t.dueDate]),
    ).toEqual([
      ['Xây dựng quy chế phối hợp liên ngành năm 2025', ['Phòng Nội vụ'], ['Phòng Tư pháp'], '2025-05-31'],
    ]);
  });

  it('reads points numbered "(1)", bullets pasted from Word, and paragraphs under "Giao X:" past blank lines', () => {
    const text =
      'Đồng chí yêu cầu các xã tập trung: (1) Thu hoạch lúa Hè Thu; (2) Khơi thông kênh mương.\n\u2022 Đài Truyền thanh xã đưa tin thời tiết hằng ngày.\n\nGiao Phòng Y tế:\n\nGiám sát dịch sốt xuất huyết.\n\nCấp phát thuốc cho trạm y tế xã.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.lead])).toEqual([
      ['Thu hoạch lúa Hè Thu', ['các xã']],
      ['Khơi thông kênh mương', ['các xã']],
      ['Đài Truyền thanh xã đưa tin thời tiết hằng ngày', ['Đài Truyền thanh xã']],
      ['Giám sát dịch sốt xuất huyết', ['Phòng Y tế']],
      ['Cấp phát thuốc cho trạm y tế xã', ['Phòng Y tế']],
    ]);
  });

  it('reads what a dated sentence before the conclusions tells, and the pieces after a reported one, as reports', () => {
    const text =
      'Sáng 09/3/2025, đồng chí Chủ tịch UBND xã chủ trì giao ban. Tuần qua, các thôn đã thu 80% quỹ; tổ chức thành công ngày hội.\nChủ tịch UBND xã giao nhiệm vụ:\n1. Công an xã tuần tra ban đêm.';
    expect(sources(text)).toEqual(['Công an xã tuần tra ban đêm']);
  });

  it('reads a list of units joined by "và" before their verb as one list, and an item after its time', () => {
    const text =
      'Kết luận: Yêu cầu các cấp ủy, chính quyền, MTTQ và các đoàn thể tập trung chỉ đạo thu hoạch lúa.\n- Trước ngày 30/4: các chi, đảng bộ hoàn thành kiểm điểm.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.lead, t.dueDate])).toEqual([
      [
        'Yêu cầu các cấp ủy, chính quyền, MTTQ và các đoàn thể tập trung chỉ đạo thu hoạch lúa',
        ['các cấp ủy, chính quyền', 'MTTQ', 'các đoàn thể'],
        null,
      ],
      ['các chi, đảng bộ hoàn thành kiểm điểm', ['các chi, đảng bộ'], '2025-04-30'],
    ]);
  });

  it('reads the keycap numbers and pointing hands of a chat message as list markers', () => {
    const text =
      'Đ/c Chủ tịch kết luận:\n1\ufe0f\u20e3 Bộ phận Một cửa trả kết quả đúng hẹn.\n\u{1F449} VP tổng hợp, báo cáo Chủ tịch chiều thứ Sáu 14/3.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => [t.lead, t.dueDate])).toEqual([
      [['Bộ phận Một cửa'], null],
      [['VP'], '2025-03-14'],
    ]);
  });

  it('reads a unit and a verb outside the vocabulary as a task in the conclusions only', () => {
    const text =
      'Trong tháng, Hội Nông dân xã mở lớp dạy nghề cho hội viên.\nKết luận như sau:\n1. Hội Nông dân xã mở thêm lớp dạy nghề cho hội viên.';
    expect(sources(text)).toEqual(['Hội Nông dân xã mở thêm lớp dạy nghề cho hội viên']);
  });

  it('splits off a later step with a date of its own after a dated clause', () => {
    const text =
      'Kết luận: Sở Y tế kiểm tra an toàn thực phẩm từ ngày 01/4 đến hết ngày 30/4; kết thúc đợt, báo cáo UBND tỉnh trước ngày 10/5.';
    expect(sources(text)).toEqual([
      'Sở Y tế kiểm tra an toàn thực phẩm từ ngày 01/4 đến hết ngày 30/4',
      'báo cáo UBND tỉnh trước ngày 10/5',
    ]);
  });
});
