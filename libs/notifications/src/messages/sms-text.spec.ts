import { encodingOf, fitSms, foldForSms, segmentCount } from './sms-text';

describe('SMS text', () => {
  it('counts GSM-7 segments: 160 alone, 153 each beyond, extension characters twice', () => {
    expect(segmentCount('a'.repeat(160))).toBe(1);
    expect(segmentCount('a'.repeat(161))).toBe(2);
    expect(segmentCount('a'.repeat(306))).toBe(2);
    expect(segmentCount('a'.repeat(307))).toBe(3);
    expect(segmentCount('[' + 'a'.repeat(158))).toBe(1);
    expect(segmentCount('[' + 'a'.repeat(159))).toBe(2);
  });

  it('counts Vietnamese with diacritics as UCS-2: 70 alone, 67 each beyond', () => {
    const text = 'Nhắc việc';
    expect(encodingOf(text)).toBe('ucs2');
    expect(segmentCount('ệ'.repeat(70))).toBe(1);
    expect(segmentCount('ệ'.repeat(71))).toBe(2);
    expect(segmentCount('ệ'.repeat(134))).toBe(2);
  });

  it('folds Vietnamese to plain ASCII, keeping case, digits and punctuation', () => {
    expect(foldForSms('Nhắc việc: ĐẨY NHANH giải ngân “vốn” – hạn 20/12/2024…')).toBe(
      'Nhac viec: DAY NHANH giai ngan "von" - han 20/12/2024...',
    );
    expect(encodingOf(foldForSms('Ủy ban nhân dân xã Sơn Tây, Hương Sơn'))).toBe('gsm7');
  });

  it('shortens the title, never the deadline or the link, to stay within the segments allowed', () => {
    const parts = {
      head: '[Nhắc việc] ',
      body: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024, hoàn thành các thủ tục thanh toán khối lượng đã thực hiện và báo cáo kết quả',
      tail: '. Hạn 20/12/2024, còn 3 ngày làm việc. https://dondoc.example/tasks/5f0c',
    };
    const one = fitSms(parts, { unicode: false, maxSegments: 1 });
    expect(segmentCount(one)).toBe(1);
    expect(one.length).toBeLessThanOrEqual(160);
    expect(one).toMatch(
      /^\[Nhac viec\] Day nhanh tien do .*\.\.\.\. Han 20\/12\/2024, con 3 ngay lam viec\. https:\/\/dondoc\.example\/tasks\/5f0c$/,
    );

    const two = fitSms(parts, { unicode: false, maxSegments: 2 });
    expect(segmentCount(two)).toBe(2);
    expect(two).toContain('bao cao ket qua');

    const unicode = fitSms(parts, { unicode: true, maxSegments: 2 });
    expect(segmentCount(unicode)).toBeLessThanOrEqual(2);
    expect(unicode).toContain('Hạn 20/12/2024');
    expect(unicode.endsWith('https://dondoc.example/tasks/5f0c')).toBe(true);
  });

  it('leaves a short message whole', () => {
    expect(fitSms({ head: 'A ', body: 'b', tail: ' c' }, { unicode: false, maxSegments: 1 })).toBe('A b c');
  });
});
