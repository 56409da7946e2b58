import type { Workbook } from 'exceljs';
import { formatVietnameseDate, LocalDate } from '@dondoc/core';
import type { GridTotals, Scorecard } from '../scorecard';
import { addHeading, addSheet, addTableRow, Column, PERCENT_FORMAT } from './sheet-layout';

export const SCORECARD_COLUMNS: readonly Column[] = [
  { header: 'Xếp hạng', width: 9 },
  { header: 'Đơn vị', width: 36, wrap: true },
  { header: 'Hoàn thành đúng hạn', width: 12 },
  { header: 'Hoàn thành quá hạn', width: 12 },
  { header: 'Chưa hoàn thành - trong hạn', width: 14 },
  { header: 'Chưa hoàn thành - quá hạn', width: 14 },
  { header: 'Tổng', width: 9 },
  { header: 'Tỷ lệ đúng hạn', width: 11 },
  { header: 'Tỷ lệ đúng hạn so với hạn ban đầu', width: 15 },
  { header: 'Nhiệm vụ thường xuyên', width: 13 },
];
const PERCENT_COLUMNS = { 8: PERCENT_FORMAT, 9: PERCENT_FORMAT };

export const scorecardFileName = (from: LocalDate, to: LocalDate) => `xep-hang-${from}-${to}.xlsx`;

const cells = (t: GridTotals) => [
  t.doneOnTime,
  t.doneLate,
  t.notDoneOnTrack,
  t.notDoneOverdue,
  t.total,
  t.onTimeRate,
  t.onTimeRateVsOriginal,
  t.standing,
];

/** Bảng xếp hạng đơn vị: one row per unit in rank order, then the totals row. */
export async function writeScorecardSheet(workbook: Workbook, scorecard: Scorecard): Promise<void> {
  const sheet = addSheet(workbook, 'Xếp hạng', SCORECARD_COLUMNS);
  addHeading(
    sheet,
    [
      'BẢNG XẾP HẠNG ĐƠN VỊ',
      `Nhiệm vụ có hạn xử lý từ ngày ${formatVietnameseDate(scorecard.from)} đến ngày ${formatVietnameseDate(scorecard.to)}`,
      `Tính đến ngày ${formatVietnameseDate(scorecard.asOf)}`,
    ],
    SCORECARD_COLUMNS,
  );
  for (const row of scorecard.units) {
    addTableRow(sheet, [row.rank, row.unit.name, ...cells(row)], SCORECARD_COLUMNS, PERCENT_COLUMNS).commit();
  }
  const totals = addTableRow(
    sheet,
    ['', 'Tổng cộng', ...cells(scorecard.totals)],
    SCORECARD_COLUMNS,
    PERCENT_COLUMNS,
  );
  totals.font = { bold: true };
  totals.commit();
}
