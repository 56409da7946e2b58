import { foldDiacritics } from './fold-diacritics';

describe('foldDiacritics', () => {
  it.each([
    ['Giải ngân vốn đầu tư công', 'giai ngan von dau tu cong'],
    ['ĐẨY MẠNH tích tụ ruộng đất', 'day manh tich tu ruong dat'],
    ['Nắm\u00a0chắc  khung lịch', 'nam chac khung lich'],
    ['Phòng Tài chính - Kế hoạch', 'phong tai chinh - ke hoach'],
  ])('%s → %s', (input, folded) => expect(foldDiacritics(input)).toBe(folded));

  it('treats decomposed and precomposed input alike', () => {
    const precomposed = 'Hương Sơn';
    const decomposed = precomposed.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    expect(foldDiacritics(decomposed)).toBe(foldDiacritics(precomposed));
  });
});
