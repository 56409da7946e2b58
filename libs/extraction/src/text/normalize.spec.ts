import { normalizeText, rawSlice } from './normalize';

describe('normalizeText', () => {
  it('composes decomposed letters and maps every index back to the input', () => {
    const raw = 'Ke\u0302\u0301 hoa\u0323ch';
    const doc = normalizeText(raw);
    expect(doc.text).toBe('Kế hoạch');
    expect(doc.folded).toBe('ke hoach');
    expect(rawSlice(doc, 0, 2)).toBe('Ke\u0302\u0301');
    expect(rawSlice(doc, 3, doc.text.length)).toBe('hoa\u0323ch');
  });

  it('turns every kind of space into one space and drops invisible characters, keeping line breaks', () => {
    const doc = normalizeText('Phòng\u00a0Tư\u2009pháp\u200b\r\nxã');
    expect(doc.text).toBe('Phòng Tư pháp\nxã');
    expect(rawSlice(doc, 0, 13)).toBe('Phòng\u00a0Tư\u2009pháp');
  });

  it('folds đ and marks, and writes dashes as a hyphen', () => {
    expect(normalizeText('Đẩy mạnh – ĐẦU TƯ').folded).toBe('day manh - dau tu');
  });

  it('keeps the three views the same length', () => {
    const doc = normalizeText('Tết 😀 Ất Tỵ');
    expect([doc.lower.length, doc.folded.length, doc.origin.length - 1]).toEqual([
      doc.text.length,
      doc.text.length,
      doc.text.length,
    ]);
  });
});
