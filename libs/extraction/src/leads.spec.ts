import { extractDraft } from './extract';

const meetingDate = '2025-03-10';
/** Each task's source text and its lead as the user sees them. */
const leads = (text: string) =>
  extractDraft(text, { meetingDate }).tasks.map((t) => ({ source: t.sourceText, lead: t.lead }));
const leadOf = (text: string, fragment: string) =>
  extractDraft(text, { meetingDate }).tasks.find((t) => t.sourceText.includes(fragment))?.lead;

describe('leads: how notices name the units they assign', () => {
  it('reads a sector named for its department, in either case', () => {
    const text =
      'Kết luận: Chủ tịch UBND tỉnh đề nghị ngành y tế chuẩn bị đủ thuốc men cho mùa mưa bão. Ngành Văn hóa tổ chức lễ hội an toàn.';
    expect(leads(text).map((t) => t.lead)).toEqual([['ngành y tế'], ['Ngành Văn hóa']]);
  });

  it('holds contractors, investors and supervising consultants responsible in an inspection notice', () => {
    const text =
      'Kết luận:\n1. Nhà đầu tư hoàn trả mặt bằng đường thôn trong tháng 4.\n2. Đơn vị tư vấn giám sát lập biên bản các hạng mục thi công sai thiết kế.\n3. Liên danh nhà thầu: bổ sung máy đào, thi công ca đêm.';
    expect(leads(text).map((t) => t.lead)).toEqual([
      ['Nhà đầu tư'],
      ['Đơn vị tư vấn giám sát'],
      ['Liên danh nhà thầu'],
    ]);
  });

  it('reads the short forms of standard bodies', () => {
    const text =
      'Kết luận:\n- Ban QLDA các công trình xây dựng huyện đôn đốc đơn vị thi công làm đêm.\n- Phối hợp UB MTTQ xã vận động hội viên hiến đất.\n- Bộ CHQS tỉnh bố trí lực lượng ứng trực.';
    const [first, second, third] = extractDraft(text, { meetingDate }).tasks;
    expect(first.lead).toEqual(['Ban QLDA các công trình xây dựng huyện']);
    expect(second.coordinating).toEqual(['UB MTTQ xã']);
    expect(third.lead).toEqual(['Bộ CHQS tỉnh']);
  });

  it('joins units with "+" as typed in a hurried message', () => {
    expect(leadOf('Ket luan:\n2/ Cong an xa + Phong Kinh te ra quan dep cho coc.', 'ra quan')).toEqual([
      'Cong an xa',
      'Phong Kinh te',
    ]);
  });

  it('lets "các" cover every noun of a group, "và" included', () => {
    expect(leadOf('Kết luận: Các phòng, ban và đoàn thể rà soát quy chế làm việc.', 'rà soát')).toEqual([
      'Các phòng, ban và đoàn thể',
    ]);
  });

  it('reads "UBND các xã: A, B" as one group of named communes', () => {
    const text =
      'Kết luận:\n3. UBND các xã: Kỳ Tân, Kỳ Lạc, Kỳ Thượng lập chốt kiểm dịch trên tuyến liên xã.';
    expect(leads(text)).toEqual([
      {
        source: 'UBND các xã: Kỳ Tân, Kỳ Lạc, Kỳ Thượng lập chốt kiểm dịch trên tuyến liên xã',
        lead: ['UBND các xã: Kỳ Tân, Kỳ Lạc, Kỳ Thượng'],
      },
    ]);
  });

  it('skips the role in brackets after a unit and reads who leads in brackets after a task', () => {
    const text =
      'Kết luận:\n1. Phòng Nội vụ (cơ quan thường trực Hội đồng thi đua) chủ trì, phối hợp Phòng Văn hóa rà soát hồ sơ khen thưởng.\n2. Cập nhật bản đồ số các điểm du lịch (Phòng Văn hóa chủ trì, Trung tâm Văn hóa phối hợp).';
    const [first, second] = extractDraft(text, { meetingDate }).tasks;
    expect(first.lead).toEqual(['Phòng Nội vụ']);
    expect(first.coordinating).toEqual(['Phòng Văn hóa']);
    expect([second.lead, second.coordinating]).toEqual([['Phòng Văn hóa'], ['Trung tâm Văn hóa']]);
  });

  it('reads a person addressed as "Đ/c" or "đồng chí", with a title before or after the name', () => {
    const text =
      'Kết luận:\n1. Giao Đ/c Lê Văn Tâm, Trưởng thôn Đông Hà vận động các hộ hiến đất.\n2. Giao đồng chí Phó Chủ tịch UBND xã Hồ Minh Quang chỉ đạo Ban Văn hóa xã dựng kế hoạch lễ hội.';
    expect(leads(text).map((t) => t.lead)).toEqual([
      ['Đ/c Lê Văn Tâm, Trưởng thôn Đông Hà'],
      ['đồng chí Phó Chủ tịch UBND xã Hồ Minh Quang'],
    ]);
  });

  it('reads the field a leader is in charge of as part of the person, who then leads what they direct', () => {
    const text =
      'Kết luận:\n4) Đồng chí Phó Chủ tịch phụ trách kinh tế chỉ đạo tổ chức hội chợ nông sản trong tháng 4.';
    expect(leads(text).map((t) => t.lead)).toEqual([['Đồng chí Phó Chủ tịch phụ trách kinh tế']]);
  });

  it('reads the titles of those in charge, the Party\'s bodies, task forces, and "phân công" as handing over', () => {
    const text =
      'Kết luận:\n- Hiệu trưởng các trường rà soát sĩ số học sinh.\n- Chỉ huy trưởng Ban Chỉ huy Quân sự xã bố trí lực lượng trực.\n- Tổ công tác liên ngành kiểm tra các cơ sở kinh doanh.\n- Đảng đoàn HĐND huyện chỉ đạo giám sát chuyên đề.\n- Phân công đồng chí Lê Thị Hoa theo dõi, đôn đốc.';
    expect(leads(text).map((t) => t.lead)).toEqual([
      ['Hiệu trưởng các trường'],
      ['Chỉ huy trưởng Ban Chỉ huy Quân sự xã'],
      ['Tổ công tác liên ngành'],
      ['Đảng đoàn HĐND huyện'],
      ['đồng chí Lê Thị Hoa'],
    ]);
  });

  it('reads past the remit said between units and their action', () => {
    expect(
      leadOf(
        'Kết luận: Các phòng, ban theo chức năng, nhiệm vụ được giao chủ động rà soát thủ tục.',
        'rà soát',
      ),
    ).toEqual(['Các phòng, ban']);
  });

  it("reads a department's initials alone in the brackets closing a task as its lead", () => {
    expect(leadOf('Kết luận:\n2. Nạo vét kênh tiêu úng trước mùa mưa (NN).', 'Nạo vét')).toEqual(['NN']);
  });

  it('takes a capitalised title alone as the one accountable, and a bare head as the unit last named', () => {
    const text =
      'Kết luận: Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra chất lượng các công trình trường học. Sở phải báo cáo kết quả trước ngày 20/3. Người đứng đầu chịu trách nhiệm nếu để xảy ra sai phạm.';
    expect(leads(text)).toEqual([
      { source: 'giao Sở Xây dựng kiểm tra chất lượng các công trình trường học', lead: ['Sở Xây dựng'] },
      { source: 'Sở phải báo cáo kết quả trước ngày 20/3', lead: ['Sở Xây dựng'] },
    ]);
  });

  it('keeps the unit that directs another as the lead, a modal or "và" between them or not', () => {
    const text =
      'Kết luận: Sở Y tế cũng cần chỉ đạo Trung tâm Y tế huyện giám sát ổ dịch. Công an tỉnh chỉ đạo Phòng Cảnh sát giao thông và Công an các xã tuần tra ban đêm.';
    expect(leads(text)).toEqual([
      { source: 'Sở Y tế cũng cần chỉ đạo Trung tâm Y tế huyện giám sát ổ dịch', lead: ['Sở Y tế'] },
      {
        source: 'Công an tỉnh chỉ đạo Phòng Cảnh sát giao thông và Công an các xã tuần tra ban đêm',
        lead: ['Công an tỉnh'],
      },
    ]);
  });

  it('does not let the speaker of "... kết luận như sau:" or "đồng chí lưu ý" lead the list', () => {
    const text =
      'Đồng chí Phó Chủ tịch UBND xã kết luận như sau:\n- Tu sửa nhà văn hóa thôn trước ngày 30/4.\nVề an sinh, đồng chí lưu ý chăm lo đời sống người có công.';
    expect(leads(text).map((t) => t.lead)).toEqual([[], []]);
  });

  it('gives a numbered heading that only names a unit to the items under it', () => {
    const text =
      'Kết luận:\n1. Đối với UBND xã Thạch Lâm\n- Hoàn thiện hồ sơ công nhận xã văn hóa.\n2. Các chủ đầu tư\n- Nghiệm thu công trình đúng quy trình.';
    expect(leads(text).map((t) => t.lead)).toEqual([['UBND xã Thạch Lâm'], ['Các chủ đầu tư']]);
  });

  it('reads names after "như" as examples of what must be done, not as units', () => {
    const text =
      'Kết luận: Các tuyến đường xuống cấp như đường liên thôn Tân Lộc, Trường Mầm non Hoa Sen phải sửa chữa xong trước mùa mưa.';
    expect(leads(text)).toEqual([
      {
        source:
          'Các tuyến đường xuống cấp như đường liên thôn Tân Lộc, Trường Mầm non Hoa Sen phải sửa chữa xong trước mùa mưa',
        lead: [],
      },
    ]);
  });

  it('reads households or businesses named as the topic as what the task is about', () => {
    const text =
      'Kết luận:\n2. UBND xã Hòa Bình:\n- Đối với các hộ có nhà bị ngập, khẩn trương hỗ trợ lương thực.\n- Đối với các doanh nghiệp, phải cam kết bảo vệ môi trường.';
    expect(leads(text).map((t) => t.lead)).toEqual([['UBND xã Hòa Bình'], ['các doanh nghiệp']]);
  });

  it('ends a "Riêng ..." topic at its modal, even past a list of numbers', () => {
    const text =
      'Kết luận:\n1/ Phong Kinh te: don dep bai rac tu phat. Rieng cac thon 2, 4, 6 phai thu gom xong truoc ngay 15/3.';
    expect(leads(text)).toEqual([
      { source: 'don dep bai rac tu phat', lead: ['Phong Kinh te'] },
      { source: 'phai thu gom xong truoc ngay 15/3', lead: ['cac thon 2, 4, 6'] },
    ]);
  });
});
