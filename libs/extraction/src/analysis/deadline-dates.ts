import { addDays, dayOfWeek, isLocalDate, lastDayOfMonth, LocalDate } from '@dondoc/core';
import { DeadlineKind, KNOWN_ANCHOR, NUMBER_WORDS, QUARTERS } from '../rules/deadlines';
import { BRANCH_VARIANTS, BRANCHES, LUNAR_NEW_YEAR, STEMS } from '../rules/lunar-new-year';
import { stripMarks } from '../text/pattern';
import type { Mode } from '../text/scan';
import type { Deadline, DeadlineContext } from './deadlines';

/**
 * The date a deadline phrase stands for, given the meeting date and the working-day calendar:
 * DOMAIN.md's rules ("cuối năm" = 31/12, "quý I/2025" = 31/3/2025, a period counted in days
 * excludes its first day and a last day off moves to the next working day).
 */
const knownAnchor = {
  marked: new RegExp(KNOWN_ANCHOR, 'u'),
  plain: new RegExp(stripMarks(KNOWN_ANCHOR), 'u'),
};
const numberWords = new Map(
  Object.entries(NUMBER_WORDS).flatMap(([w, n]) => [
    [w, n],
    [stripMarks(w), n],
  ]),
);

export type Groups = Record<string, string | undefined>;
export type DeadlineValue = Omit<Deadline, 'start' | 'end' | 'rank'>;

const dated = (date: LocalDate | null): DeadlineValue | undefined =>
  date && isLocalDate(date) ? { date, standing: false, unknownAnchor: false } : undefined;

/** undefined: the phrase does not stand for a deadline after all (a past plan year, an impossible date). */
export function resolve(
  kind: DeadlineKind,
  g: Groups,
  mode: Mode,
  ctx: DeadlineContext,
): DeadlineValue | undefined {
  const meeting = ctx.meetingDate;
  const meetingYear = Number(meeting.slice(0, 4));
  // Words the groups captured, compared without marks whatever the mode: "này"/"nay", "tới"/"toi".
  const rel = g.rel ? stripMarks(g.rel) : undefined;
  const current = rel === 'nay';
  const written = g.y ? Number(g.y) : undefined;
  const year =
    written !== undefined ? (written < 100 ? 2000 + written : written) : current ? meetingYear : undefined;
  switch (kind) {
    case 'date': {
      const d = Number(g.d);
      const m = Number(g.m);
      if (year !== undefined) return dated(ymd(year, m, d));
      return dated(notBefore(meeting, (y) => ymd(y, m, d)));
    }
    case 'workingDays':
    case 'days':
    case 'weeks':
    case 'months': {
      const n = count(g.n ?? '');
      if (!n) return undefined;
      if (g.anchor && !knownAnchor[mode].test(g.anchor))
        return { date: null, standing: false, unknownAnchor: true };
      // Civil Code art. 147: the first day is not counted; art. 148: a last day off moves to the next working day.
      if (kind === 'workingDays') return dated(ctx.calendar.addWorkingDays(meeting, n));
      if (kind === 'days') return dated(ctx.calendar.rollForward(addDays(meeting, n)));
      if (kind === 'weeks') return dated(ctx.calendar.rollForward(addDays(meeting, 7 * n)));
      return dated(ctx.calendar.rollForward(addMonths(meeting, n)));
    }
    case 'tet': {
      const tetYear =
        year ?? (g.canchi ? yearOfCanChi(g.canchi, meetingYear) : undefined) ?? nextTetYear(meeting);
      const tet = tetYear === undefined ? undefined : LUNAR_NEW_YEAR[tetYear];
      return tet ? dated(addDays(tet, -1)) : undefined;
    }
    case 'newYearEve':
      return dated(`${year !== undefined ? year - 1 : meetingYear}-12-31`);
    case 'monthEnd': {
      if (rel) return dated(monthEnd(meeting, current ? 0 : 1));
      const m = Number(g.m);
      if (m < 1 || m > 12) return undefined;
      return dated(
        year !== undefined ? lastDayOfMonth(year, m) : notBefore(meeting, (y) => lastDayOfMonth(y, m)),
      );
    }
    case 'quarterEnd': {
      const q = g.q ? QUARTERS[g.q] : Math.ceil(Number(meeting.slice(5, 7)) / 3) + (current ? 0 : 1);
      const end = (y: number) => lastDayOfMonth(y + Math.floor((q * 3 - 1) / 12), ((q * 3 - 1) % 12) + 1);
      return dated(year !== undefined ? end(year) : notBefore(meeting, end));
    }
    case 'yearPart': {
      const n = count(g.n ?? '');
      const month = g.part && stripMarks(g.part) === 'dau' ? n : 12;
      if (month < 1 || month > 12) return undefined;
      const end = (y: number) => lastDayOfMonth(y, month);
      return dated(year !== undefined ? end(year) : notBefore(meeting, end));
    }
    case 'yearEnd':
    case 'period': {
      const y = year ?? meetingYear;
      // A plan year already over ("Luật Đất đai năm 2024" in 2025) names a document, not a deadline.
      return y < meetingYear ? undefined : dated(`${y}-12-31`);
    }
    case 'weekEnd': {
      const friday = addDays(meeting, (5 - dayOfWeek(meeting) + 7) % 7);
      return dated(rel && !current ? addDays(friday, 7) : friday);
    }
    case 'standing':
      return { date: null, standing: true, unknownAnchor: false };
  }
}

function ymd(y: number, m: number, d: number): LocalDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written without a year takes the meeting's year, or the next when that is already past. */
function notBefore(meeting: LocalDate, at: (year: number) => LocalDate): LocalDate {
  const year = Number(meeting.slice(0, 4));
  const candidate = at(year);
  return isLocalDate(candidate) && candidate < meeting ? at(year + 1) : candidate;
}

function count(n: string): number {
  const digits = Number(n);
  return Number.isFinite(digits) && n.trim() !== '' ? digits : (numberWords.get(n.replace(/\s+/g, ' ')) ?? 0);
}

function addMonths(date: LocalDate, n: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const last = lastDayOfMonth(Math.floor(total / 12), (total % 12) + 1);
  return ymd(Math.floor(total / 12), (total % 12) + 1, Math.min(d, Number(last.slice(8))));
}

function monthEnd(date: LocalDate, ahead: number): LocalDate {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + ahead;
  return lastDayOfMonth(Math.floor(total / 12), (total % 12) + 1);
}

/** The first Tết after the meeting: "trước Tết" said in July means the coming one. */
function nextTetYear(meeting: LocalDate): number | undefined {
  const year = Number(meeting.slice(0, 4));
  return [year, year + 1].find((y) => LUNAR_NEW_YEAR[y] !== undefined && LUNAR_NEW_YEAR[y] > meeting);
}

function yearOfCanChi(canChi: string, around: number): number | undefined {
  const [stem, rawBranch] = canChi.split(/\s+/);
  const branch = BRANCH_VARIANTS[rawBranch] ?? rawBranch;
  const fold = (w: string) => stripMarks(w);
  for (let y = around - 1; y <= around + 2; y++) {
    if (fold(STEMS[y % 10]) === fold(stem) && fold(BRANCHES[y % 12]) === fold(branch)) return y;
  }
  return undefined;
}
