import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { OverdueExport, OverdueItem } from '../overdue-report.view';
import { overdueFileName, progressText, writeOverdueSheet } from './overdue.xlsx';
import { streamWorkbook } from './sheet-layout';

const finance = { id: 'u1', name: 'Phòng Tài chính - Kế hoạch', code: 'TCKH' };
const commune = { id: 'u2', name: 'Xã Sơn Tây', code: 'XA-SONTAY' };

const item = (unit: typeof finance, title: string, extra: Partial<OverdueItem> = {}): OverdueItem => ({
  id: title,
  title,
  directive: { id: 'd1', number: '215/TB-UBND', title: 'Kết luận cuộc họp UBND huyện' },
  leadUnit: { id: unit.id, name: unit.name },
  originalDueDate: '2024-11-15',
  currentDueDate: '2024-11-15',
  workingDaysOverdue: 3,
  latestNote: null,
  latestNoteAt: null,
  state: 'in_progress',
  progressPercent: 0,
  ...extra,
});

const report: OverdueExport = {
  asOf: '2024-11-20',
  totalOverdue: 3,
  units: [
    { unit: finance, overdueCount: 2, maxWorkingDaysOverdue: 8, oldestDueDate: '2024-11-08' },
    { unit: commune, overdueCount: 1, maxWorkingDaysOverdue: 3, oldestDueDate: '2024-11-15' },
  ],
  // Two batches, split inside nothing: the sheet must not care where one ends.
  batches: async function* () {
    yield [
      item(finance, 'Giải ngân vốn đầu tư công', {
        originalDueDate: '2024-10-31',
        currentDueDate: '2024-11-08',
        workingDaysOverdue: 8,
        progressPercent: 60,
        latestNote: 'Đã giải ngân 60%',
        latestNoteAt: '2024-11-18T17:30:00.000Z', // 19/11 00:30 in Hà Nội
      }),
    ];
    yield [item(finance, 'Thu ngân sách'), item(commune, 'Tích tụ ruộng đất')];
  },
};

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('writeOverdueSheet', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await writeOverdueSheet(workbook, report);
    sheet = workbook.getWorksheet('Quá hạn')!;
  });

  it('opens with the title, the date it speaks for and the totals', () => {
    expect(sheet.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ QUÁ HẠN');
    expect(sheet.getCell('A2').value).toBe('Tính đến ngày 20/11/2024');
    expect(sheet.getCell('A3').value).toBe('Tổng số: 3 nhiệm vụ quá hạn của 2 đơn vị');
    expect(sheet.getCell('H1').isMerged).toBe(true);
  });

  it('has the Vietnamese column headers on row 4', () => {
    expect(rowValues(sheet, 4)).toEqual([
      'STT',
      'Đơn vị chủ trì',
      'Nhiệm vụ',
      'Văn bản',
      'Hạn ban đầu',
      'Hạn hiện tại',
      'Số ngày làm việc quá hạn',
      'Tiến độ / ghi chú mới nhất',
    ]);
  });

  it('puts each unit as a header row above its tasks, numbering tasks through the whole list', () => {
    expect(sheet.getCell('A5').value).toBe(
      'Phòng Tài chính - Kế hoạch: 2 nhiệm vụ quá hạn, lâu nhất 8 ngày làm việc',
    );
    expect(rowValues(sheet, 6)).toEqual([
      1,
      'Phòng Tài chính - Kế hoạch',
      'Giải ngân vốn đầu tư công',
      '215/TB-UBND - Kết luận cuộc họp UBND huyện',
      new Date('2024-10-31T00:00:00Z'),
      new Date('2024-11-08T00:00:00Z'),
      8,
      '60% - Đã giải ngân 60% (19/11/2024)',
    ]);
    expect(sheet.getCell('E6').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C7').value).toBe('Thu ngân sách');
    expect(sheet.getCell('A8').value).toBe('Xã Sơn Tây: 1 nhiệm vụ quá hạn, lâu nhất 3 ngày làm việc');
    expect(rowValues(sheet, 9).slice(0, 3)).toEqual([3, 'Xã Sơn Tây', 'Tích tụ ruộng đất']);
    expect(sheet.rowCount).toBe(9);
  });

  it('survives the streaming writer: frozen header, widths, merged groups, dates as dates', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await streamWorkbook(out, (wb) => writeOverdueSheet(wb, report));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const streamed = read.getWorksheet('Quá hạn')!;
    expect(streamed.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(streamed.getColumn(3).width).toBe(55);
    expect(streamed.getCell('H5').isMerged).toBe(true);
    expect(streamed.getCell('F6').value).toEqual(new Date('2024-11-08T00:00:00Z'));
    expect(streamed.getCell('F6').numFmt).toBe('dd/mm/yyyy');
    expect(streamed.getCell('C9').value).toBe('Tích tụ ruộng đất');
  });
});

describe('progressText and the file name', () => {
  it('says so when the unit has not reported', () => {
    expect(progressText({ progressPercent: 0, latestNote: null, latestNoteAt: null })).toBe(
      '0% - chưa có báo cáo tiến độ',
    );
  });

  it('names the file after the day it speaks for', () => {
    expect(overdueFileName('2024-11-20')).toBe('qua-han-2024-11-20.xlsx');
  });
});
