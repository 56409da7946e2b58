import type { Workbook } from 'exceljs';
import { formatVietnameseDate, LocalDate, localDateOf } from '@dondoc/core';
import type { OverdueExport, OverdueItem, OverdueUnitSummary } from '../overdue-report.view';
import {
  addHeading,
  addSheet,
  addTableRow,
  Column,
  DATE_FORMAT,
  excelDate,
  GROUP_FILL,
} from './sheet-layout';

export const OVERDUE_COLUMNS: readonly Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Đơn vị chủ trì', width: 26, wrap: true },
  { header: 'Nhiệm vụ', width: 55, wrap: true },
  { header: 'Văn bản', width: 32, wrap: true },
  { header: 'Hạn ban đầu', width: 13 },
  { header: 'Hạn hiện tại', width: 13 },
  { header: 'Số ngày làm việc quá hạn', width: 13 },
  { header: 'Tiến độ / ghi chú mới nhất', width: 50, wrap: true },
];
const DATE_COLUMNS = { 5: DATE_FORMAT, 6: DATE_FORMAT };

export const overdueFileName = (asOf: LocalDate) => `qua-han-${asOf}.xlsx`;

export const directiveText = (d: OverdueItem['directive']) =>
  d.number ? `${d.number} - ${d.title}` : d.title;

/** "50% - Đã rà soát 10/19 tiêu chí (25/11/2024)": progress, then the lead unit's latest note and its date. */
export function progressText(
  item: Pick<OverdueItem, 'progressPercent' | 'latestNote' | 'latestNoteAt'>,
): string {
  if (!item.latestNote) return `${item.progressPercent}% - chưa có báo cáo tiến độ`;
  const on = item.latestNoteAt ? ` (${formatVietnameseDate(localDateOf(new Date(item.latestNoteAt)))})` : '';
  return `${item.progressPercent}% - ${item.latestNote}${on}`;
}

/**
 * Danh sách nhiệm vụ quá hạn: a title block, then each lead unit as a header row followed by its
 * tasks, oldest deadline first. Rows are committed as they are written, so with the streaming
 * writer the sheet goes out while later batches are still being read.
 */
export async function writeOverdueSheet(workbook: Workbook, report: OverdueExport): Promise<void> {
  const sheet = addSheet(workbook, 'Quá hạn', OVERDUE_COLUMNS);
  addHeading(
    sheet,
    [
      'DANH SÁCH NHIỆM VỤ QUÁ HẠN',
      `Tính đến ngày ${formatVietnameseDate(report.asOf)}`,
      `Tổng số: ${report.totalOverdue} nhiệm vụ quá hạn của ${report.units.length} đơn vị`,
    ],
    OVERDUE_COLUMNS,
  );
  const units = new Map(report.units.map((u) => [u.unit.id, u]));
  let currentUnit: string | undefined;
  let n = 0;
  for await (const batch of report.batches()) {
    for (const item of batch) {
      if (item.leadUnit.id !== currentUnit) {
        currentUnit = item.leadUnit.id;
        addGroupRow(sheet, units.get(currentUnit), item.leadUnit.name);
      }
      addTableRow(
        sheet,
        [
          ++n,
          item.leadUnit.name,
          item.title,
          directiveText(item.directive),
          excelDate(item.originalDueDate),
          excelDate(item.currentDueDate),
          item.workingDaysOverdue,
          progressText(item),
        ],
        OVERDUE_COLUMNS,
        DATE_COLUMNS,
      ).commit();
    }
  }
}

function addGroupRow(
  sheet: ReturnType<typeof addSheet>,
  summary: OverdueUnitSummary | undefined,
  name: string,
) {
  const label = summary
    ? `${name}: ${summary.overdueCount} nhiệm vụ quá hạn, lâu nhất ${summary.maxWorkingDaysOverdue} ngày làm việc`
    : name;
  const row = sheet.addRow([label]);
  sheet.mergeCells(row.number, 1, row.number, OVERDUE_COLUMNS.length);
  row.getCell(1).font = { bold: true };
  row.getCell(1).fill = GROUP_FILL;
  row.commit();
}
