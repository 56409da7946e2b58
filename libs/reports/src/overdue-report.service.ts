import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock, foldDiacritics, type LocalDate } from '@dondoc/core';
import { UnitsService } from '@dondoc/organizations';
import { escapeLike, timelinessCutoffs, type TaskState } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { sliceOf } from './overdue-page-slice';
import type {
  OverdueExport,
  OverdueItem,
  OverdueReport,
  OverdueReportFilter,
  OverdueSummary,
  OverdueUnitSummary,
} from './overdue-report.view';
import { OverdueConditions, overdueConditions } from './overdue.sql';
import { UnitNameOrder } from './unit-order';

/** Rows a download reads per query: small enough to stream, large enough to be few queries. */
const EXPORT_BATCH = 2000;

interface Prepared {
  summary: OverdueSummary;
  /** Units in list order with their counts: what a page is sliced from. */
  listOrder: OverdueUnitSummary[];
  unitNames: ReadonlyMap<string, string>;
  conditions: OverdueConditions;
  /** Working days overdue of a deadline, today (one subtraction on the calendar's running count). */
  overdueDays: (due: LocalDate) => number;
}

interface ItemRow {
  id: string;
  title: string;
  state: TaskState;
  progress_percent: number;
  original_due_date: string;
  current_due_date: string;
  latest_note: string | null;
  latest_note_at: Date | null;
  lead_unit_id: string;
  directive_id: string;
  directive_number: string | null;
  directive_title: string;
}

/**
 * Danh sách nhiệm vụ quá hạn: open tasks past their deadline, grouped by lead unit, with working
 * days overdue and the latest progress note. One aggregate over the partial index ix_tasks_open_due
 * gives every unit's count; a page then reads only the tasks of the units it falls on.
 */
@Injectable()
export class OverdueReportService {
  private readonly names = new UnitNameOrder();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
    private readonly clock: Clock,
  ) {}

  async report(
    actor: Actor,
    filter: OverdueReportFilter,
    page: number,
    pageSize: number,
    unitsLimit = 50,
  ): Promise<OverdueReport> {
    const prepared = await this.prepare(actor, filter);
    const items = await this.read(prepared, (page - 1) * pageSize, pageSize);
    const { units, ...summary } = prepared.summary;
    // A province has thousands of units: the JSON lists the most overdue ones, the download all.
    return { ...summary, unitCount: units.length, units: units.slice(0, unitsLimit), page, pageSize, items };
  }

  /** Everything for the download; the tasks are read batch by batch as the sheet is written. */
  async export(actor: Actor, filter: OverdueReportFilter): Promise<OverdueExport> {
    const prepared = await this.prepare(actor, filter);
    const read = (offset: number) => this.read(prepared, offset, EXPORT_BATCH);
    return {
      ...prepared.summary,
      batches: async function* () {
        for (let offset = 0; ; offset += EXPORT_BATCH) {
          const items = await read(offset);
          if (!items.length) return;
          yield items;
        }
      },
    };
  }

  private async prepare(actor: Actor, filter: OverdueReportFilter): Promise<Prepared> {
    const calendar = await this.calendar.getCalendar();
    const today = this.clock.today();
    const unitPath = filter.unitId ? (await this.units.get(filter.unitId, actor.scopePath)).path : undefined;
    const conditions = overdueConditions(
      {
        actor,
        unitPath,
        directiveId: filter.directiveId,
        foldedQuery: filter.q ? escapeLike(foldDiacritics(filter.q)) : undefined,
      },
      timelinessCutoffs(today, calendar),
    );
    // MATERIALIZED keeps the per-unit condition after the count instead of pushed down into it.
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `WITH s AS MATERIALIZED (
         SELECT t.lead_unit_id, count(*)::int AS overdue_count, min(t.current_due_date)::text AS oldest_due_date
           FROM tasks t WHERE ${conditions.perTask} GROUP BY t.lead_unit_id)
       SELECT u.id, u.name, u.code, s.overdue_count, s.oldest_due_date
         FROM s JOIN units u ON u.id = s.lead_unit_id
        WHERE ${conditions.perLeadUnit}`,
      conditions.params,
    );
    const rows = await this.db.query<
      { id: string; name: string; code: string; overdue_count: number; oldest_due_date: string }[]
    >(sql, values);

    const overdueDays = (due: LocalDate) => calendar.workingDaysBetween(due, today);
    const units: OverdueUnitSummary[] = rows.map((r) => ({
      unit: { id: r.id, name: r.name, code: r.code },
      overdueCount: r.overdue_count,
      maxWorkingDaysOverdue: overdueDays(r.oldest_due_date),
      oldestDueDate: r.oldest_due_date,
    }));
    // The sort by count is stable, so units with equal counts stay in name order.
    const byName = this.names.sort(units, (u) => u.unit);
    const byCount = [...byName].sort((a, b) => b.overdueCount - a.overdueCount);
    return {
      summary: {
        asOf: today,
        totalOverdue: units.reduce((sum, u) => sum + u.overdueCount, 0),
        units: byCount,
      },
      listOrder: byName,
      unitNames: new Map(units.map((u) => [u.unit.id, u.unit.name])),
      conditions,
      overdueDays,
    };
  }

  /** Rows [offset, offset + limit) of the list: by unit name, then oldest deadline, then id. */
  private async read(prepared: Prepared, offset: number, limit: number): Promise<OverdueItem[]> {
    const slice = sliceOf(
      prepared.listOrder.map((u) => ({ id: u.unit.id, count: u.overdueCount })),
      offset,
      limit,
    );
    if (!slice) return [];
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `SELECT t.id, t.title, t.state, t.progress_percent, t.original_due_date::text AS original_due_date,
              t.current_due_date::text AS current_due_date, t.latest_note, t.latest_note_at, t.lead_unit_id,
              t.directive_id, d.number AS directive_number, d.title AS directive_title
         FROM tasks t JOIN directives d ON d.id = t.directive_id
        WHERE ${prepared.conditions.perTask} AND t.lead_unit_id = ANY(:sliceUnitIds::uuid[])
        ORDER BY array_position(:sliceUnitIds::uuid[], t.lead_unit_id), t.current_due_date, t.id
        OFFSET ${slice.skip} LIMIT ${slice.limit}`,
      { ...prepared.conditions.params, sliceUnitIds: slice.unitIds },
    );
    const rows = await this.db.query<ItemRow[]>(sql, values);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      directive: { id: r.directive_id, number: r.directive_number, title: r.directive_title },
      leadUnit: { id: r.lead_unit_id, name: prepared.unitNames.get(r.lead_unit_id) ?? '' },
      originalDueDate: r.original_due_date,
      currentDueDate: r.current_due_date,
      workingDaysOverdue: prepared.overdueDays(r.current_due_date),
      latestNote: r.latest_note,
      latestNoteAt: r.latest_note_at ? new Date(r.latest_note_at).toISOString() : null,
      state: r.state,
      progressPercent: Number(r.progress_percent),
    }));
  }
}
