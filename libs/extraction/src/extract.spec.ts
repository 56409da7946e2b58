import { extractDraft } from './extract';
import type { Draft } from './types';

const meetingDate = '2024-11-22';
const summary = (draft: Draft) => draft.tasks.map((t) => ({ source: t.sourceText, lead: t.lead }));

/** Every task's source text is exactly the input between its offsets. */
function expectExactOffsets(input: string, draft: Draft) {
  for (const t of draft.tasks) expect(input.slice(t.start, t.end)).toBe(t.sourceText);
}

describe('extractDraft: clauses and leads', () => {
  it('gives a unit named once for a list of sentences to each of them', () => {
    const text =
      'Từ đó đề nghị các phòng, cơ quan, các địa phương cần tiếp tục rà soát các tiêu chí chưa đạt. Đẩy nhanh tiến độ thi công các công trình trên địa bàn và làm tốt việc giải ngân nguồn vốn đầu tư công. Các địa phương cần đẩy mạnh việc tích tụ ruộng đất. Đảm bảo an ninh trật tự trên địa bàn.';
    expect(summary(extractDraft(text, { meetingDate }))).toEqual([
      {
        source: 'đề nghị các phòng, cơ quan, các địa phương cần tiếp tục rà soát các tiêu chí chưa đạt',
        lead: ['các phòng, cơ quan', 'các địa phương'],
      },
      {
        source: 'Đẩy nhanh tiến độ thi công các công trình trên địa bàn',
        lead: ['các phòng, cơ quan', 'các địa phương'],
      },
      {
        source: 'làm tốt việc giải ngân nguồn vốn đầu tư công',
        lead: ['các phòng, cơ quan', 'các địa phương'],
      },
      { source: 'Các địa phương cần đẩy mạnh việc tích tụ ruộng đất', lead: ['Các địa phương'] },
      { source: 'Đảm bảo an ninh trật tự trên địa bàn', lead: ['các phòng, cơ quan', 'các địa phương'] },
    ]);
  });

  it('splits one sentence holding two tasks for two units', () => {
    const text =
      'Chủ tịch UBND tỉnh giao Sở Công Thương hướng dẫn xã lập hồ sơ mở rộng cụm công nghiệp, Sở Nông nghiệp và Môi trường thẩm định hồ sơ chuyển mục đích sử dụng đất; Văn phòng UBND tỉnh theo dõi, đôn đốc.';
    expect(summary(extractDraft(text, { meetingDate }))).toEqual([
      {
        source: 'giao Sở Công Thương hướng dẫn xã lập hồ sơ mở rộng cụm công nghiệp',
        lead: ['Sở Công Thương'],
      },
      {
        source: 'Sở Nông nghiệp và Môi trường thẩm định hồ sơ chuyển mục đích sử dụng đất',
        lead: ['Sở Nông nghiệp và Môi trường'],
      },
      { source: 'Văn phòng UBND tỉnh theo dõi, đôn đốc', lead: ['Văn phòng UBND tỉnh'] },
    ]);
  });

  it('keeps "và" inside one task when it joins two verbs or runs on a document title', () => {
    const text =
      'Kết luận như sau: Các xã tiếp tục tuyên truyền và vận động Nhân dân hiến đất làm đường. Đồng thời chỉ đạo thực hiện tốt Đề án phát triển nguồn thu và tăng cường quản lý ngân sách nhà nước.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => t.sourceText)).toEqual([
      'Các xã tiếp tục tuyên truyền và vận động Nhân dân hiến đất làm đường',
      'chỉ đạo thực hiện tốt Đề án phát triển nguồn thu và tăng cường quản lý ngân sách nhà nước',
    ]);
  });

  it('reads the lead and coordinating units around "chủ trì, phối hợp với"', () => {
    const [task] = extractDraft(
      'Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Phòng Kinh tế - Hạ tầng, UBND các xã, thị trấn hoàn thành hồ sơ thu hồi đất trong tháng 12.',
      { meetingDate },
    ).tasks;
    expect(task.lead).toEqual(['Phòng Tài nguyên và Môi trường']);
    expect(task.coordinating).toEqual(['Phòng Kinh tế - Hạ tầng', 'UBND các xã, thị trấn']);
    expect(task.title).toBe('Hoàn thành hồ sơ thu hồi đất');
  });

  it('takes the lead of a topic phrase "Đối với ..."', () => {
    const [task] = extractDraft(
      'Đối với các xã đã đăng ký làm đường bê tông, tiếp tục tuyên truyền vận động Nhân dân hiến đất.',
      {
        meetingDate,
      },
    ).tasks;
    expect(task.sourceText).toBe('tiếp tục tuyên truyền vận động Nhân dân hiến đất');
    expect(task.lead).toEqual(['các xã đã đăng ký làm đường bê tông']);
  });

  it('takes a lead named after the task, or in brackets', () => {
    const text =
      'Kết luận như sau: Rà soát các văn bản quy phạm pháp luật hết hiệu lực, giao Sở Tư pháp chủ trì thực hiện. Xây dựng phương án phòng chống hạn hán (giao Sở Nông nghiệp và Môi trường chủ trì).';
    expect(summary(extractDraft(text, { meetingDate }))).toEqual([
      {
        source: 'Rà soát các văn bản quy phạm pháp luật hết hiệu lực, giao Sở Tư pháp chủ trì thực hiện',
        lead: ['Sở Tư pháp'],
      },
      {
        source: 'Xây dựng phương án phòng chống hạn hán (giao Sở Nông nghiệp và Môi trường chủ trì)',
        lead: ['Sở Nông nghiệp và Môi trường'],
      },
    ]);
  });

  it('reads a unit outside the usual heads right after "đề nghị"', () => {
    const [task] = extractDraft(
      'Đề nghị Viễn thông Quảng Trị, Viettel Quảng Trị khảo sát, phủ sóng các thôn chưa có sóng.',
      {
        meetingDate,
      },
    ).tasks;
    expect(task.lead).toEqual(['Viễn thông Quảng Trị', 'Viettel Quảng Trị']);
  });

  it('does not take the speaker for the lead', () => {
    const [task] = extractDraft(
      'Từ nay đến cuối năm, huyện Sơn Dương tập trung chỉ đạo đẩy nhanh tiến độ giải phóng mặt bằng.',
      {
        meetingDate: '2023-07-14',
      },
    ).tasks;
    expect(task.lead).toEqual([]);
    expect(task.dueDate).toBe('2023-12-31');
  });
});

describe('extractDraft: numbered notices and headings', () => {
  const notice = [
    'Sau khi nghe báo cáo, đồng chí Chủ tịch UBND huyện kết luận như sau:',
    '1. Trong tháng 11, các ngành đã tập trung triển khai nhiều nhiệm vụ. Thu ngân sách đạt 214,5 tỷ đồng.',
    '2. Nhiệm vụ thời gian tới:',
    'a) Giao Phòng Tài chính - Kế hoạch:',
    '- Chủ trì, phối hợp với Chi cục Thuế rà soát các nguồn thu, báo cáo trước ngày 15/12/2024.',
    '- Tham mưu xây dựng dự toán ngân sách năm 2025.',
    'b) Phòng Nông nghiệp và PTNT: hướng dẫn các xã sản xuất vụ xuân; thường xuyên kiểm tra đê điều.',
    'Văn phòng HĐND-UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    'Nơi nhận:',
    '- Các phòng, ban;',
  ].join('\n');
  const draft = extractDraft(notice, { meetingDate });

  it('gives the unit of a heading to every item under it', () => {
    expect(draft.tasks.map((t) => [t.title, t.lead, t.coordinating, t.dueDate])).toEqual([
      ['Rà soát các nguồn thu', ['Phòng Tài chính - Kế hoạch'], ['Chi cục Thuế'], '2024-12-15'],
      ['Tham mưu xây dựng dự toán ngân sách năm 2025', ['Phòng Tài chính - Kế hoạch'], [], '2025-12-31'],
      ['Hướng dẫn các xã sản xuất vụ xuân', ['Phòng Nông nghiệp và PTNT'], [], null],
      ['Kiểm tra đê điều', ['Phòng Nông nghiệp và PTNT'], [], null],
    ]);
  });

  it('leaves out results, the closing formula and the distribution list', () => {
    const sources = draft.tasks.map((t) => t.sourceText).join(' | ');
    expect(sources).not.toMatch(/đã tập trung|214,5|thông báo để|Các phòng, ban;/);
  });

  it('returns offsets that cut the source text out of the input exactly', () =>
    expectExactOffsets(notice, draft));
});

describe('extractDraft: not tasks', () => {
  it.each([
    'Thu ngân sách trên địa bàn ước đạt 266,689 tỷ đồng, tăng 8,92% so với năm 2023.',
    'Đồng chí Trần Văn A, Chủ tịch UBND huyện chủ trì cuộc họp.',
    'Đã mở rộng nền đường gần 30km; làm mới 89 km đường điện thắp sáng làng quê.',
    'Chủ tịch UBND tỉnh ghi nhận những nỗ lực của chính quyền xã trong thời gian qua.',
    'Thống nhất chủ trương thí điểm mô hình tại 10 xã.',
    'Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.',
    'Tại hội nghị, các đại biểu đã thảo luận làm rõ những tồn tại, hạn chế.',
    'Người đứng đầu chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm giải ngân.',
  ])('"%s"', (sentence) => {
    const text = `Chủ tịch UBND huyện kết luận như sau: ${sentence} Giao Phòng Y tế kiểm tra an toàn thực phẩm.`;
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => t.sourceText)).toEqual([
      'Giao Phòng Y tế kiểm tra an toàn thực phẩm',
    ]);
  });

  it('keeps an imperative of the narrative part out until the conclusions begin', () => {
    const text =
      'Năm qua, huyện đã hoàn thành 22/22 chỉ tiêu. Xây dựng hồ sơ trình cấp có thẩm quyền xếp hạng di tích.\nPhát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã rà soát hồ sơ. Xây dựng kế hoạch sản xuất vụ xuân.';
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => t.sourceText)).toEqual([
      'đề nghị các xã rà soát hồ sơ',
      'Xây dựng kế hoạch sản xuất vụ xuân',
    ]);
  });

  it('skips the letterhead and a headline, even one saying "yêu cầu"', () => {
    const text = [
      'UBND XÃ SƠN HỒNG',
      'THÔNG BÁO KẾT LUẬN',
      'Giao ban UBND xã tháng 3 năm 2024',
      'Chủ tịch UBND huyện Tiên Yên yêu cầu xử lý dứt điểm khai thác cát trái phép',
      '',
      'Kết luận cuộc họp, đồng chí Chủ tịch yêu cầu Công an xã tăng cường tuần tra ban đêm.',
    ].join('\n');
    expect(extractDraft(text, { meetingDate }).tasks.map((t) => t.sourceText)).toEqual([
      'yêu cầu Công an xã tăng cường tuần tra ban đêm',
    ]);
  });

  it('keeps the results section out and the tasks section in, whatever the case of their headings', () => {
    const text = [
      'Đồng chí Chủ tịch UBND xã kết luận như sau:',
      'I. Kết quả tháng 3',
      'Toàn xã gieo cấy được 215 ha lúa; hoàn thành giao quân đợt 1 với 12 thanh niên.',
      'II. Nhiệm vụ tháng 4',
      '1. Ban Chỉ huy Quân sự xã xây dựng kế hoạch huấn luyện dân quân.',
      '2. Bí thư chi bộ, trưởng các thôn vận động Nhân dân không đốt rơm rạ.',
    ].join('\n');
    expect(summary(extractDraft(text, { meetingDate }))).toEqual([
      {
        source: 'Ban Chỉ huy Quân sự xã xây dựng kế hoạch huấn luyện dân quân',
        lead: ['Ban Chỉ huy Quân sự xã'],
      },
      {
        source: 'Bí thư chi bộ, trưởng các thôn vận động Nhân dân không đốt rơm rạ',
        lead: ['Bí thư chi bộ', 'trưởng các thôn'],
      },
    ]);
  });

  it('reads an instruction given in quotation marks', () => {
    const text =
      'Kết luận cuộc họp, đồng chí Chủ tịch yêu cầu: "Công an huyện phải chủ trì tuần tra ban đêm, hoàn thành trước ngày 20/12".';
    const [task] = extractDraft(text, { meetingDate }).tasks;
    expect([task.sourceText, task.lead, task.dueDate]).toEqual([
      'Công an huyện phải chủ trì tuần tra ban đêm, hoàn thành trước ngày 20/12',
      ['Công an huyện'],
      '2024-12-20',
    ]);
  });

  it('reads a text of conclusions only, with nothing marking where they start', () => {
    expect(extractDraft('Đẩy nhanh tiến độ giải ngân vốn đầu tư công.', { meetingDate }).tasks).toHaveLength(
      1,
    );
  });

  it('warns when it finds nothing', () => {
    const draft = extractDraft('Năm 2024, thu ngân sách đạt 312 tỷ đồng.', { meetingDate });
    expect(draft.tasks).toEqual([]);
    expect(draft.warnings.map((w) => w.code)).toEqual(['NO_TASKS_FOUND']);
  });
});

describe('extractDraft: messy text', () => {
  const clean =
    'Kết luận như sau: Giao Phòng Tài chính - Kế hoạch chủ trì rà soát nguồn vốn, báo cáo trước ngày 15/12/2024.';

  it('reads decomposed (NFD) text and non-breaking spaces, with offsets into the input as pasted', () => {
    const input = clean
      .normalize('NFD')
      .replace(/ Phòng /, '\u00a0Phòng\u00a0')
      .replace(' – ', ' - ');
    const draft = extractDraft(input, { meetingDate });
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0].sourceText.normalize('NFC').replace(/\u00a0/g, ' ')).toBe(
      'Giao Phòng Tài chính - Kế hoạch chủ trì rà soát nguồn vốn, báo cáo trước ngày 15/12/2024',
    );
    expect(draft.tasks[0].lead.map((l) => l.normalize('NFC'))).toEqual(['Phòng Tài chính - Kế hoạch']);
    expect(draft.tasks[0].dueDate).toBe('2024-12-15');
    expectExactOffsets(input, draft);
  });

  it('reads text typed without diacritics', () => {
    const input =
      'Ket luan cuoc hop, dong chi Chu tich yeu cau:\n1. Giao Phong Tai chinh - Ke hoach chu tri, phoi hop voi Phong Noi vu xay dung ke hoach, trinh UBND huyen truoc ngay 31/5/2024.\n2. UBND cac xa, thi tran day manh tuyen truyen trong thang 6/2024.';
    const draft = extractDraft(input, { meetingDate: '2024-05-15' });
    expect(draft.tasks.map((t) => [t.lead, t.coordinating, t.dueDate])).toEqual([
      [['Phong Tai chinh - Ke hoach'], ['Phong Noi vu'], '2024-05-31'],
      [['UBND cac xa, thi tran'], [], '2024-06-30'],
    ]);
  });

  it('reads unaccented text typed all in lower case', () => {
    const input =
      'ket luan cuoc hop, chu tich ubnd huyen yeu cau:\n1. giao phong tai chinh - ke hoach chu tri, phoi hop voi phong noi vu ra soat bien che.\n2. ubnd cac xa day manh thu ngan sach trong quy iii.';
    const draft = extractDraft(input, { meetingDate: '2025-05-10' });
    expect(draft.tasks.map((t) => [t.lead, t.coordinating, t.dueDate])).toEqual([
      [['phong tai chinh - ke hoach'], ['phong noi vu'], null],
      [['ubnd cac xa'], [], '2025-09-30'],
    ]);
  });

  it('joins lines a PDF broke, even inside a unit name, and skips page numbers', () => {
    const input = [
      'Chủ tịch UBND huyện kết luận:',
      '1. Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo rà soát',
      'đội ngũ giáo viên, báo cáo UBND huyện trước ngày 30/9/2024.',
      '                                   2',
      '2. Phòng Tài chính -',
      'Kế hoạch tham mưu bố trí kinh phí hỗ trợ các hộ.',
    ].join('\r\n');
    const draft = extractDraft(input, { meetingDate: '2024-09-09' });
    expect(draft.tasks.map((t) => [t.lead, t.dueDate])).toEqual([
      [['Phòng Nội vụ'], '2024-09-30'],
      [['Phòng Tài chính - Kế hoạch'], null],
    ]);
    expect(draft.tasks[0].sourceText).toContain('rà soát\r\nđội ngũ giáo viên');
    expectExactOffsets(input, draft);
  });
});
