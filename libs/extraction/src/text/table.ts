import { TABLE_COLUMNS } from '../rules/discourse';
import type { NormalizedText } from './normalize';
import { stripMarks } from './pattern';

export type Column = (typeof TABLE_COLUMNS)[number][0];

/** A cell of a table row, as a range of the normalised text. */
export interface Cell {
  start: number;
  end: number;
}

/** A row of a task table, its cells named by the column headings. */
export type TableRow = Partial<Record<Exclude<Column, 'other'>, Cell>>;

/** Fewest cells that make a line a table row: a number, a task and a unit at least. */
const MIN_CELLS = 3;
const columns = TABLE_COLUMNS.map(([column, labels]) => ({
  column,
  label: new RegExp(`(?:^|\\s)(?:${labels.map(stripMarks).join('|')})(?:\\s|$)`, 'u'),
}));

/**
 * Rows of the task tables in a notice: lines whose cells are separated by tabs (a table pasted from
 * Word or a spreadsheet) or "|", under a heading row that names a task column and a lead or
 * deadline column. Anywhere in the text: an appendix often comes after the signature.
 */
export function tableRows(doc: NormalizedText): TableRow[] {
  const rows: TableRow[] = [];
  let header: Array<Column | null> | null = null;
  for (const line of lines(doc.text)) {
    const cells = cellsOf(doc, line.start, line.end);
    if (cells.length < MIN_CELLS) continue;
    const heading = headingOf(doc, cells);
    if (heading) {
      header = heading;
      continue;
    }
    if (!header) continue;
    const row: TableRow = {};
    header.forEach((column, i) => {
      if (column && column !== 'other' && cells[i]?.end > cells[i]?.start && !row[column])
        row[column] = cells[i];
    });
    if (row.task) rows.push(row);
  }
  return rows;
}

/** Whether the line [start, end) is a table row (so that the paragraph reader leaves it alone). */
export function isTableRow(doc: NormalizedText, start: number, end: number): boolean {
  return cellsOf(doc, start, end).length >= MIN_CELLS;
}

function headingOf(doc: NormalizedText, cells: Cell[]): Array<Column | null> | null {
  const found = cells.map((c) => {
    const text = doc.folded.slice(c.start, c.end).trim();
    return columns.find((col) => col.label.test(text))?.column ?? null;
  });
  return found.includes('task') && (found.includes('lead') || found.includes('deadline')) ? found : null;
}

/** Cells split at tabs of the input (normalised to spaces) or at "|", trimmed. */
function cellsOf(doc: NormalizedText, start: number, end: number): Cell[] {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    if (doc.text[i] === '|' || doc.raw[doc.origin[i]] === '\t') cuts.push(i);
  }
  if (cuts.length < MIN_CELLS - 1) return [];
  const cells: Cell[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    let s = from;
    let e = cut;
    while (s < e && /\s/.test(doc.text[s])) s++;
    while (e > s && /\s/.test(doc.text[e - 1])) e--;
    cells.push({ start: s, end: e });
    from = cut + 1;
  }
  // "| a | b |": the empty cells outside the outer bars are no cells.
  if (cells.length && cells[0].end === cells[0].start && doc.text[cuts[0]] === '|') cells.shift();
  if (cells.length && cells[cells.length - 1].end === cells[cells.length - 1].start) cells.pop();
  return cells;
}

function* lines(text: string): Generator<{ start: number; end: number }> {
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    yield { start: from, end: to };
    if (nl < 0) return;
    from = nl + 1;
  }
}
