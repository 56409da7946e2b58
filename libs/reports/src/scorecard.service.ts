import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock, LocalDate } from '@dondoc/core';
import { UnitKind, UnitsService } from '@dondoc/organizations';
import { cutoffParams, timelinessCondition, timelinessCutoffs } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import {
  assertPeriod,
  EMPTY_COUNTS,
  GridCounts,
  rankScorecard,
  Scorecard,
  ScorecardUnit,
  sumCounts,
  withTotals,
} from './scorecard';

export interface ScorecardQuery {
  from: LocalDate;
  to: LocalDate;
  unitKind?: UnitKind;
  /** Only the units directly under this one. */
  parentUnitId?: string;
}

type UnitRow = ScorecardUnit & Record<string, unknown>;

/**
 * Each grid cell as the SQL mirror of timelinessOf counts it (alias t); the last one is
 * timelinessOf's onTimeAgainstOriginal.
 */
const GRID_SQL = `
  count(*) FILTER (WHERE ${timelinessCondition('done_on_time')})::int AS done_on_time,
  count(*) FILTER (WHERE ${timelinessCondition('done_late')})::int AS done_late,
  count(*) FILTER (WHERE ${timelinessCondition('on_track')} OR ${timelinessCondition('due_soon')})::int AS not_done_on_track,
  count(*) FILTER (WHERE ${timelinessCondition('overdue')})::int AS not_done_overdue,
  count(*) FILTER (WHERE t.state = 'done' AND t.completed_on <= t.original_due_date)::int AS done_on_time_vs_original`;

/**
 * Bảng xếp hạng đơn vị: per lead unit, the tasks whose current deadline (hạn hiện tại) falls in
 * [from, to] on the 2×2 grid, and the on-time rate, ranked. Cancelled tasks count nowhere; standing
 * tasks have no deadline to fall in a period, so they are counted beside the grid: those in force at
 * some time in the period (their directive issued by its end, not completed before its start).
 */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
    private readonly clock: Clock,
  ) {}

  async scorecard(actor: Actor, query: ScorecardQuery): Promise<Scorecard> {
    assertPeriod(query.from, query.to);
    if (query.parentUnitId) await this.units.get(query.parentUnitId, actor.scopePath);
    const today = this.clock.today();
    const cutoffs = timelinessCutoffs(today, await this.calendar.getCalendar());

    // Lead units inside the actor's subtree: for leaders and the office this is visibilityCondition;
    // unit people see coordinated tasks too, but rank only their own units.
    const unitWhere = [`lu.path LIKE :scopePrefix`];
    const params: Record<string, unknown> = {
      scopePrefix: `${actor.scopePath}%`,
      from: query.from,
      to: query.to,
      ...cutoffParams(cutoffs),
    };
    if (query.unitKind) {
      unitWhere.push(`lu.kind = :unitKind`);
      params.unitKind = query.unitKind;
    }
    if (query.parentUnitId) {
      unitWhere.push(`lu.parent_id = :parentUnitId`);
      params.parentUnitId = query.parentUnitId;
    }
    const byUnit = (select: string, where: string) =>
      this.query(
        `SELECT lu.id, lu.name, lu.code, lu.kind, ${select}
           FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
          WHERE ${where} AND ${unitWhere.join(' AND ')}
          GROUP BY lu.id`,
        params,
      );
    const [grid, standing] = await Promise.all([
      byUnit(GRID_SQL, `t.state <> 'cancelled' AND t.current_due_date BETWEEN :from AND :to`),
      byUnit(
        `count(*)::int AS standing`,
        `${timelinessCondition('no_deadline')}
         AND t.directive_id IN (SELECT sd.id FROM directives sd WHERE sd.issue_date <= :to)
         AND (t.completed_on IS NULL OR t.completed_on >= :from)`,
      ),
    ]);

    const units = new Map<string, { unit: ScorecardUnit; counts: GridCounts }>();
    const countsOf = (r: UnitRow): GridCounts => {
      let found = units.get(r.id);
      if (!found) {
        found = { unit: { id: r.id, name: r.name, code: r.code, kind: r.kind }, counts: { ...EMPTY_COUNTS } };
        units.set(r.id, found);
      }
      return found.counts;
    };
    for (const r of grid) {
      Object.assign(countsOf(r), {
        doneOnTime: Number(r.done_on_time),
        doneLate: Number(r.done_late),
        notDoneOnTrack: Number(r.not_done_on_track),
        notDoneOverdue: Number(r.not_done_overdue),
        doneOnTimeVsOriginal: Number(r.done_on_time_vs_original),
      });
    }
    for (const r of standing) countsOf(r).standing = Number(r.standing);

    const rows = [...units.values()];
    return {
      asOf: today,
      from: query.from,
      to: query.to,
      units: rankScorecard(rows),
      totals: withTotals(sumCounts(rows.map((r) => r.counts))),
    };
  }

  private query(sql: string, params: Record<string, unknown>): Promise<UnitRow[]> {
    const [escaped, values] = this.db.driver.escapeQueryWithParameters(sql, params);
    return this.db.query<UnitRow[]>(escaped, values);
  }
}
