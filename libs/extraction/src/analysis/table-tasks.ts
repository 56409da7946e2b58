import type { Pattern } from '../text/pattern';
import { Scanner } from '../text/scan';
import { Cell, tableRows } from '../text/table';
import type { NormalizedText } from '../text/normalize';
import { resolve } from './deadline-dates';
import { Deadline, DeadlineContext, findDeadlines, pickDeadline } from './deadlines';
import type { Finding, Span } from './finding';
import { MentionReader } from './mentions';

/** A bare month or quarter, as a deadline cell writes it: "Tháng 6/2025", "Quý III". */
const BARE_PERIOD =
  /^(?:thang\s+(?<m>\d{1,2})|quy\s+(?<q>iv|iii|ii|i|[1-4]))(?:\s*(?:\/|nam)\s*(?<y>\d{4}))?/u;

/**
 * The tasks of a task table: one per row, the task cell its source text, the lead and
 * coordinating cells its units, the deadline cell its deadline.
 */
export function tableTasks(doc: NormalizedText, ctx: DeadlineContext, names: Pattern | null): Finding[] {
  return tableRows(doc).map((row) => {
    const task = row.task as Cell;
    const sc = Scanner.forRange(doc, task.start, task.end);
    return {
      sc,
      start: task.start,
      end: task.end,
      actionStart: task.start,
      lead: row.lead ? units(doc, row.lead, names) : [],
      coordinating: row.coordinating ? units(doc, row.coordinating, names) : [],
      deadline: row.deadline ? deadlineOf(doc, row.deadline, ctx) : null,
      block: -1,
    };
  });
}

/** The units a cell names, or the whole cell when the reader makes out none of it. */
function units(doc: NormalizedText, cell: Cell, names: Pattern | null): Span[] {
  const sc = Scanner.forRange(doc, cell.start, cell.end);
  const found = new MentionReader(sc, names).listAt(cell.start, cell.end, { properNames: true });
  return found.length ? found : [cell];
}

function deadlineOf(doc: NormalizedText, cell: Cell, ctx: DeadlineContext): Deadline | null {
  const sc = Scanner.forRange(doc, cell.start, cell.end);
  const stated = pickDeadline(findDeadlines(sc, cell.start, cell.end, ctx));
  if (stated && (stated.rank >= 2 || stated.standing)) return stated;
  // In a deadline column "Tháng 6" needs no "trong": the column says it is a deadline.
  const bare = BARE_PERIOD.exec(doc.folded.slice(cell.start, cell.end));
  const value = bare?.groups
    ? resolve(bare.groups.m ? 'monthEnd' : 'quarterEnd', bare.groups, sc.mode, ctx)
    : undefined;
  return value ? { start: cell.start, end: cell.start + bare![0].length, rank: 2, ...value } : stated;
}
