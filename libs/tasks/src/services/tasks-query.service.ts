import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock, foldDiacritics } from '@dondoc/core';
import { UnitsService } from '@dondoc/organizations';
import type { Actor } from '@dondoc/users';
import { visibilityCondition } from '../access/task-visibility.sql';
import { cutoffParams, timelinessCondition } from '../timeliness/timeliness.sql';
import { timelinessCutoffs } from '../timeliness/timeliness';
import { TASK_ROW_JOINS, TASK_ROW_SELECT, TaskListItem, TaskRow, toTaskListItem } from '../views/task.view';
import { escapeLike, SORT_SQL, TaskListQuery } from './task-list.query';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Task lists: every filter a person uses, inside the actor's scope, with a total count. */
@Injectable()
export class TasksQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly units: UnitsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: TaskListQuery): Promise<Page<TaskListItem>> {
    const calendar = await this.calendar.getCalendar();
    const today = this.clock.today();
    const visibility = visibilityCondition(actor);
    const where: string[] = [visibility.sql];
    const params: Record<string, unknown> = {
      ...visibility.params,
      ...cutoffParams(timelinessCutoffs(today, calendar)),
    };

    if (query.unitId) {
      const unit = await this.units.get(query.unitId, actor.scopePath);
      params.unitPrefix = `${unit.path}%`;
      const role = query.unitRole ? `AND fu.role = :unitRole` : '';
      if (query.unitRole) params.unitRole = query.unitRole;
      where.push(
        `t.id IN (SELECT fu.task_id FROM task_units fu JOIN units fuu ON fuu.id = fu.unit_id WHERE fuu.path LIKE :unitPrefix ${role})`,
      );
    }
    if (query.states?.length) {
      where.push(`t.state = ANY(:states)`);
      params.states = query.states;
    }
    if (query.timeliness?.length)
      where.push(`(${query.timeliness.map((v) => timelinessCondition(v)).join(' OR ')})`);
    for (const [field, column] of [
      ['directiveId', 't.directive_id'],
      ['clauseId', 't.clause_id'],
      ['assigneeId', 't.assignee_id'],
    ] as const) {
      if (query[field]) {
        where.push(`${column} = :${field}`);
        params[field] = query[field];
      }
    }
    if (query.dueFrom) {
      where.push(`t.current_due_date >= :dueFrom`);
      params.dueFrom = query.dueFrom;
    }
    if (query.dueTo) {
      where.push(`t.current_due_date <= :dueTo`);
      params.dueTo = query.dueTo;
    }
    const folded = query.q ? foldDiacritics(query.q) : '';
    if (folded) {
      where.push(`t.search_text LIKE :q`);
      params.q = `%${escapeLike(folded)}%`;
    }

    const whereSql = where.join(' AND ');
    const offset = (query.page - 1) * query.pageSize;
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `SELECT ${TASK_ROW_SELECT} FROM tasks t ${TASK_ROW_JOINS} WHERE ${whereSql}
       ORDER BY ${SORT_SQL[query.sort]} LIMIT ${query.pageSize} OFFSET ${offset}`,
      params,
    );
    const [countSql, countValues] = this.db.driver.escapeQueryWithParameters(
      `SELECT count(*)::int AS total FROM tasks t WHERE ${whereSql}`,
      params,
    );
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<TaskRow[]>(sql, values),
      this.db.query<{ total: number }[]>(countSql, countValues),
    ]);
    return {
      items: rows.map((r) => toTaskListItem(r, today, calendar)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
