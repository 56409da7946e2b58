import { daysBetween, LocalDate, validationError } from '@dondoc/core';
import type { UnitKind } from '@dondoc/organizations';
import { byUnitName } from './unit-order';

/** The longest period a scorecard covers: five years, leap days included. */
export const MAX_SCORECARD_DAYS = 5 * 366;

/** One unit's tasks on the 2×2 grid, among tasks whose current deadline falls in the period. */
export interface GridCounts {
  /** Hoàn thành đúng hạn: done on or before the current deadline. */
  doneOnTime: number;
  /** Hoàn thành quá hạn. */
  doneLate: number;
  /** Chưa hoàn thành - trong hạn: open, deadline not passed (on track or due soon). */
  notDoneOnTrack: number;
  /** Chưa hoàn thành - quá hạn. */
  notDoneOverdue: number;
  /** Done on or before the deadline first assigned, ignoring approved extensions. */
  doneOnTimeVsOriginal: number;
  /** Standing tasks (thường xuyên) open during the period: no deadline, so outside the grid. */
  standing: number;
}

export interface GridTotals extends GridCounts {
  /** The four cells of the grid. */
  total: number;
  /** doneOnTime / total, 4 decimals; null when the unit had nothing due. */
  onTimeRate: number | null;
  onTimeRateVsOriginal: number | null;
}

export interface ScorecardUnit {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
}

export interface ScorecardRow extends GridTotals {
  /** Equal rate and equal total share a rank (1, 2, 2, 4); null for a unit with nothing due. */
  rank: number | null;
  unit: ScorecardUnit;
}

export interface Scorecard {
  asOf: LocalDate;
  from: LocalDate;
  to: LocalDate;
  units: ScorecardRow[];
  totals: GridTotals;
}

export const EMPTY_COUNTS: GridCounts = {
  doneOnTime: 0,
  doneLate: 0,
  notDoneOnTrack: 0,
  notDoneOverdue: 0,
  doneOnTimeVsOriginal: 0,
  standing: 0,
};

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function withTotals(counts: GridCounts): GridTotals {
  const total = counts.doneOnTime + counts.doneLate + counts.notDoneOnTrack + counts.notDoneOverdue;
  return {
    ...counts,
    total,
    onTimeRate: rate(counts.doneOnTime, total),
    onTimeRateVsOriginal: rate(counts.doneOnTimeVsOriginal, total),
  };
}

export function sumCounts(all: readonly GridCounts[]): GridCounts {
  const sum = { ...EMPTY_COUNTS };
  for (const c of all) for (const key of Object.keys(sum) as (keyof GridCounts)[]) sum[key] += c[key];
  return sum;
}

/** Higher on-time rate first, compared exactly (a/b vs c/d as a·d vs c·b); null rates last. */
function compareRate(a: GridTotals, b: GridTotals): number {
  if (!a.total || !b.total) return (a.total ? 0 : 1) - (b.total ? 0 : 1);
  return b.doneOnTime * a.total - a.doneOnTime * b.total;
}

/** Tỷ lệ hoàn thành đúng hạn, ranked: best rate, then more tasks carried, then name. */
export function rankScorecard(units: readonly { unit: ScorecardUnit; counts: GridCounts }[]): ScorecardRow[] {
  const rows = units.map(({ unit, counts }) => ({ unit, ...withTotals(counts) }));
  rows.sort((a, b) => compareRate(a, b) || b.total - a.total || byUnitName(a.unit, b.unit));
  const ranked: ScorecardRow[] = [];
  rows.forEach((row, i) => {
    const previous = ranked[i - 1];
    const tied = previous && previous.total === row.total && compareRate(previous, row) === 0;
    ranked.push({ rank: !row.total ? null : tied ? previous.rank : i + 1, ...row });
  });
  return ranked;
}

/** A period is two real dates, in order, at most MAX_SCORECARD_DAYS apart. */
export function assertPeriod(from: LocalDate, to: LocalDate): void {
  if (from > to) {
    throw validationError(
      [{ field: 'to', messages: ['must not be before from'] }],
      `The period ends (${to}) before it starts (${from}).`,
    );
  }
  if (daysBetween(from, to) > MAX_SCORECARD_DAYS) {
    throw validationError(
      [{ field: 'to', messages: [`must be at most ${MAX_SCORECARD_DAYS} days after from (five years)`] }],
      'A scorecard covers at most five years.',
    );
  }
}
