import ExcelJS from 'exceljs';
import { EMPTY_COUNTS, rankScorecard, Scorecard, sumCounts, withTotals } from '../scorecard';
import { scorecardFileName, writeScorecardSheet } from './scorecard.xlsx';

const units = [
  {
    unit: { id: 'a', name: 'Xã Sơn Tây', code: 'XA-SONTAY', kind: 'commune' as const },
    counts: { ...EMPTY_COUNTS, doneOnTime: 3, doneLate: 1, doneOnTimeVsOriginal: 2 },
  },
  {
    unit: { id: 'b', name: 'Phòng Tư pháp', code: 'TP', kind: 'department' as const },
    counts: { ...EMPTY_COUNTS, doneOnTime: 1, notDoneOverdue: 1, notDoneOnTrack: 2, standing: 1 },
  },
];
const scorecard: Scorecard = {
  asOf: '2024-12-02',
  from: '2024-11-01',
  to: '2024-11-30',
  units: rankScorecard(units),
  totals: withTotals(sumCounts(units.map((u) => u.counts))),
};

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('writeScorecardSheet', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await writeScorecardSheet(workbook, scorecard);
    sheet = workbook.getWorksheet('Xếp hạng')!;
  });

  it('opens with the title, the period and the date it speaks for', () => {
    expect(sheet.getCell('A1').value).toBe('BẢNG XẾP HẠNG ĐƠN VỊ');
    expect(sheet.getCell('A2').value).toBe('Nhiệm vụ có hạn xử lý từ ngày 01/11/2024 đến ngày 30/11/2024');
    expect(sheet.getCell('A3').value).toBe('Tính đến ngày 02/12/2024');
  });

  it('has the Vietnamese headers, then units in rank order with rates as percentages', () => {
    expect(rowValues(sheet, 4)).toEqual([
      'Xếp hạng',
      'Đơn vị',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành - trong hạn',
      'Chưa hoàn thành - quá hạn',
      'Tổng',
      'Tỷ lệ đúng hạn',
      'Tỷ lệ đúng hạn so với hạn ban đầu',
      'Nhiệm vụ thường xuyên',
    ]);
    expect(rowValues(sheet, 5)).toEqual([1, 'Xã Sơn Tây', 3, 1, 0, 0, 4, 0.75, 0.5, 0]);
    expect(rowValues(sheet, 6)).toEqual([2, 'Phòng Tư pháp', 1, 0, 2, 1, 4, 0.25, 0, 1]);
    expect(sheet.getCell('H5').numFmt).toBe('0.0%');
  });

  it('ends with the totals row', () => {
    expect(rowValues(sheet, 7)).toEqual(['', 'Tổng cộng', 4, 1, 2, 1, 8, 0.5, 0.25, 1]);
    expect(sheet.getCell('B7').font).toMatchObject({ bold: true });
  });

  it('names the file after the period', () => {
    expect(scorecardFileName('2024-11-01', '2024-11-30')).toBe('xep-hang-2024-11-01-2024-11-30.xlsx');
  });
});
