import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Alignment, Borders, Fill, Workbook, Worksheet } from 'exceljs';
import type { LocalDate } from '@dondoc/core';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0.0%';

/** Title lines above the table; the column headers sit on the row after them. */
export const TITLE_ROWS = 3;
export const HEADER_ROW = TITLE_ROWS + 1;

export interface Column {
  header: string;
  width: number;
  wrap?: boolean;
}

const THIN = { style: 'thin' as const };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const GROUP_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A LocalDate as Excel stores a date: midnight UTC, so no time zone moves the day. */
export const excelDate = (date: LocalDate) => new Date(`${date}T00:00:00Z`);

/** A sheet with a frozen header, printed landscape on A4 and one page wide. */
export function addSheet(workbook: Workbook, name: string, columns: readonly Column[]): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  return sheet;
}

/** The title block (a bold title, then up to two lines under it) and the header row. */
export function addHeading(sheet: Worksheet, lines: readonly string[], columns: readonly Column[]): void {
  for (let i = 0; i < TITLE_ROWS; i++) {
    const row = sheet.addRow([lines[i] ?? '']);
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { italic: true };
    if (i === 0) row.height = 24;
    row.commit();
  }
  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 45;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  header.commit();
}

/** A table row: borders all round, wrapped text where the column asks for it. */
export function addTableRow(
  sheet: Worksheet,
  values: readonly unknown[],
  columns: readonly Column[],
  formats: Readonly<Record<number, string>> = {},
): ExcelJS.Row {
  const row = sheet.addRow([...values]);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    const alignment: Partial<Alignment> = { vertical: 'top', wrapText: column.wrap ?? false };
    cell.alignment = alignment;
    if (formats[i + 1]) cell.numFmt = formats[i + 1];
  });
  return row;
}

/**
 * Writes a workbook to a stream as it is built (exceljs's streaming writer): a sheet of a hundred
 * thousand rows never sits whole in memory. Resolves once the last byte is handed to the stream.
 */
export async function streamWorkbook(
  stream: Writable,
  build: (workbook: Workbook) => Promise<void>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  await build(workbook);
  await workbook.commit();
}
