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

  it('splits off a later step with a date of its own after a dated clause', () => {
    const text =
      'Kết luận: Sở Y tế kiểm tra an toàn thực phẩm từ ngày 01/4 đến hết ngày 30/4; kết thúc đợt, báo cáo UBND tỉnh trước ngày 10/5.';
    expect(sources(text)).toEqual([
      'Sở Y tế kiểm tra an toàn thực phẩm từ ngày 01/4 đến hết ngày 30/4',
      'báo cáo UBND tỉnh trước ngày 10/5',
    ]);
  });
});
