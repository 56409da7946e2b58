import { WorkingDayCalendar } from '@dondoc/calendar';
import { extractDraft } from './extract';

/** The deadline a user sees for a one-task notice written on `meetingDate`. */
function due(sentence: string, meetingDate = '2024-11-22', calendar?: WorkingDayCalendar) {
  const draft = extractDraft(
    `Chủ tịch UBND huyện kết luận như sau:\n1. Giao Phòng Tư pháp rà soát các văn bản ${sentence}.`,
    {
      meetingDate,
      calendar,
    },
  );
  expect(draft.tasks).toHaveLength(1);
  return { date: draft.tasks[0].dueDate, text: draft.tasks[0].dueText };
}

describe('deadlines as written and as dates', () => {
  it.each([
    ['trước ngày 15/12/2024', '2024-12-15'],
    ['chậm nhất ngày 30/12', '2024-12-30'],
    ['chậm nhất là ngày 05.12.2024', '2024-12-05'],
    ['trước 17 giờ ngày 06/12/2024', '2024-12-06'],
    ['trước ngày 30 tháng 11 năm 2024', '2024-11-30'],
    ['trong tháng 12', '2024-12-31'],
    ['trong tháng 01/2025', '2025-01-31'],
    ['trong quý I/2025', '2025-03-31'],
    ['trong quý IV năm nay', '2024-12-31'],
    ['trong 6 tháng cuối năm 2025', '2025-12-31'],
    ['6 tháng đầu năm 2025', '2025-06-30'],
    ['từ nay đến cuối năm', '2024-12-31'],
    ['trong năm 2025', '2025-12-31'],
    ['đến hết ngày 20/12/2024', '2024-12-20'],
    ['trước 15/12/24', '2024-12-15'],
    ['trong quý này', '2024-12-31'],
    ['trong tháng tới', '2024-12-31'],
    ['trong tuần này', '2024-11-22'],
    ['trong tuần tới', '2024-11-29'],
    ['trong 2 tuần', '2024-12-06'],
    ['trong 02 tháng', '2025-01-22'],
    ['phấn đấu đến 31/12/2024', '2024-12-31'],
  ])('"%s" is due %s', (phrase, date) => {
    expect(due(phrase)).toEqual({ date, text: phrase.replace('phấn đấu ', '') });
  });

  it('gives a date without a year the meeting year, or the next once it is past', () => {
    expect(due('trước ngày 20/12').date).toBe('2024-12-20');
    expect(due('trước ngày 15/01').date).toBe('2025-01-15');
    expect(due('trong tháng 3', '2024-11-22').date).toBe('2025-03-31');
  });

  it('counts a period in days from the meeting without its first day, and moves a Sunday to Monday', () => {
    // 22/11/2024 + 15 days = Saturday 7/12 → Monday 9/12 (Civil Code arts. 147–148).
    expect(due('trong 15 ngày kể từ ngày ký')).toEqual({
      date: '2024-12-09',
      text: 'trong 15 ngày kể từ ngày ký',
    });
    expect(due('trong 10 ngày', '2024-11-20').date).toBe('2024-12-02');
  });

  it('counts working days on the calendar', () => {
    expect(due('trong 10 ngày làm việc').date).toBe('2024-12-06');
    const tet2025 = ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'];
    const calendar = new WorkingDayCalendar(tet2025.map((date) => ({ date, kind: 'holiday' as const })));
    // Thursday 23/1/2025: 24/1, then 3/2 onwards after the Tết holiday and its weekend.
    expect(due('trong 05 ngày làm việc', '2025-01-23', calendar).date).toBe('2025-02-06');
  });

  it('dates "trước Tết" the eve of the coming lunar new year', () => {
    expect(due('trước Tết Nguyên đán')).toEqual({ date: '2025-01-28', text: 'trước Tết Nguyên đán' });
    expect(due('trước Tết Nguyên đán Bính Ngọ', '2025-07-01').date).toBe('2026-02-16');
    expect(due('trước Tết Dương lịch').date).toBe('2024-12-31');
  });

  it('gives a standing task no date but shows the phrase', () => {
    expect(due('thường xuyên')).toEqual({ date: null, text: 'thường xuyên' });
    expect(due('hằng tháng')).toEqual({ date: null, text: 'hằng tháng' });
  });

  it('reads the period of a plan as its deadline, but not a year already past', () => {
    expect(due('thuộc Đề án giai đoạn 2021-2025').date).toBe('2025-12-31');
    expect(due('theo Luật Đất đai năm 2013').date).toBeNull();
  });

  it('prefers the firmest deadline of a clause', () => {
    expect(due('trình HĐND huyện tại kỳ họp cuối năm, hoàn thành chậm nhất ngày 18/12')).toEqual({
      date: '2024-12-18',
      text: 'chậm nhất ngày 18/12',
    });
  });

  it('leaves the date empty and warns when a period counts from an undated event', () => {
    const draft = extractDraft(
      'Giao Sở Tư pháp thẩm định hồ sơ trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
      {
        meetingDate: '2025-08-19',
      },
    );
    expect(draft.tasks[0].dueDate).toBeNull();
    expect(draft.tasks[0].dueText).toBe('trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ');
    expect(draft.warnings.map((w) => w.code)).toContain('DEADLINE_ANCHOR_UNKNOWN');
  });

  it('applies a deadline stated once for a list to each item', () => {
    const draft = extractDraft(
      'Chủ tịch UBND huyện kết luận:\n2. Trước ngày 15/9/2024, UBND các xã, thị trấn hoàn thành các nội dung sau:\n- Thống kê thiệt hại do bão gây ra.\n- Tổ chức khắc phục hậu quả sau bão.',
      { meetingDate: '2024-09-05' },
    );
    expect(draft.tasks.map((t) => [t.title, t.dueDate, t.lead])).toEqual([
      ['Thống kê thiệt hại do bão gây ra', '2024-09-15', ['UBND các xã, thị trấn']],
      ['Tổ chức khắc phục hậu quả sau bão', '2024-09-15', ['UBND các xã, thị trấn']],
    ]);
  });

  it('applies a deadline line to the item above it', () => {
    const text = [
      'Kết luận như sau:',
      'a) Phòng Y tế kiểm tra an toàn thực phẩm.',
      'Thời hạn hoàn thành: trước ngày 20/12/2024.',
      'b) Phòng Kinh tế lập hồ sơ cấp phép. Hạn hoàn thành: 30/11/2024.',
    ].join('\n');
    const draft = extractDraft(text, { meetingDate: '2024-11-20' });
    expect(draft.tasks.map((t) => [t.lead, t.dueDate])).toEqual([
      [['Phòng Y tế'], '2024-12-20'],
      [['Phòng Kinh tế'], '2024-11-30'],
    ]);
  });
});

describe('deadlines: more ways notices write them', () => {
  const dates = (text: string, meetingDate = '2025-03-10') =>
    extractDraft(text, { meetingDate }).tasks.map((t) => [t.sourceText, t.dueDate]);

  it.each([
    ['khai giảng đúng ngày 05/9/2025', '2025-09-05'],
    ['tổ chức vào Chủ nhật 16/3', '2025-03-16'],
    ['xong trước thứ Sáu, ngày 14/3', '2025-03-14'],
    ['hoàn trả mặt bằng trong vòng 5 ngày kể từ ngày kiểm tra', '2025-03-17'],
  ])('"%s" is due %s', (phrase, date) => {
    expect(due(phrase, '2025-03-10').date).toBe(date);
  });

  it('ends a date at the full stop before the next numbered item, not on a year after it', () => {
    expect(
      dates('Kết luận:\n1. Phòng Y tế rà soát hồ sơ trước ngày 15/4.\n\n10. Các xã báo cáo.')[0],
    ).toEqual(['Phòng Y tế rà soát hồ sơ trước ngày 15/4', '2025-04-15']);
  });

  it('reads no deadline in what a task must not let happen', () => {
    expect(
      dates('Kết luận: Các chủ đầu tư nghiệm thu ngay khi có khối lượng, không để dồn vào cuối năm.'),
    ).toEqual([['Các chủ đầu tư nghiệm thu ngay khi có khối lượng, không để dồn vào cuối năm', null]]);
  });

  it('dates every task of a sentence by the deadline closing it, before an occasion like "dịp cuối năm"', () => {
    const text =
      'Kết luận: Phòng Văn hóa lập danh sách hộ nghèo cần hỗ trợ dịp cuối năm, Phòng Y tế rà soát thẻ bảo hiểm, cùng hoàn thành trong tháng 4. Phòng Kinh tế rà soát quỹ đất; tham mưu phương án đấu giá; hoàn thành trong quý II.';
    expect(dates(text).map(([, date]) => date)).toEqual([
      '2025-04-30',
      '2025-04-30',
      '2025-06-30',
      '2025-06-30',
    ]);
  });

  it('reads a sentence that only says when as the deadline of the task before it', () => {
    expect(
      dates('Kết luận:\n3. Phòng Nội vụ thẩm định hồ sơ thi đua. Hoàn thành trước ngày 28 tháng 3 năm 2025.'),
    ).toEqual([['Phòng Nội vụ thẩm định hồ sơ thi đua', '2025-03-28']]);
  });

  it('keeps "dịp cuối năm" as the deadline when nothing firmer is said', () => {
    expect(due('phục vụ Nhân dân dịp cuối năm', '2025-03-10').date).toBe('2025-12-31');
  });

  it('dates every task of a list by "Các nhiệm vụ trên phải hoàn thành ...", over a plan\'s year', () => {
    const text =
      'Kết luận:\nGiao Phòng Tư pháp:\n- Rà soát văn bản quy phạm pháp luật năm 2025;\n- Tập huấn hòa giải viên cơ sở.\nCác nhiệm vụ trên phải hoàn thành trước ngày 30/6/2025.';
    expect(dates(text).map(([, date]) => date)).toEqual(['2025-06-30', '2025-06-30']);
  });
});
