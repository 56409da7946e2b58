import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock, DomainError, foldDiacritics } from '@dondoc/core';
import type { Actor } from '@dondoc/users';
import { visibilityCondition } from '../access/task-visibility.sql';
import { timelinessCutoffs, TIMELINESS } from '../timeliness/timeliness';
import { cutoffParams, timelinessCase } from '../timeliness/timeliness.sql';
import { escapeLike } from './task-list.query';
import { TasksQueryService } from './tasks-query.service';

export interface DirectiveListQuery {
  q?: string;
  issuedFrom?: string;
  issuedTo?: string;
  page: number;
  pageSize: number;
}

const emptyCounts = () =>
  Object.fromEntries(TIMELINESS.map((t) => [t, 0])) as Record<(typeof TIMELINESS)[number], number>;

/** Directives with their progress across every task the actor may see. */
@Injectable()
export class DirectivesQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly tasks: TasksQueryService,
  ) {}

  async list(actor: Actor, query: DirectiveListQuery) {
    const visibility = visibilityCondition(actor);
    const where = [`d.id IN (SELECT t.directive_id FROM tasks t WHERE ${visibility.sql})`];
    const params: Record<string, unknown> = { ...visibility.params };
    if (query.q) {
      where.push('d.search_text LIKE :q');
      params.q = `%${escapeLike(foldDiacritics(query.q))}%`;
    }
    if (query.issuedFrom) {
      where.push('d.issue_date >= :issuedFrom');
      params.issuedFrom = query.issuedFrom;
    }
    if (query.issuedTo) {
      where.push('d.issue_date <= :issuedTo');
      params.issuedTo = query.issuedTo;
    }
    const whereSql = where.join(' AND ');
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `SELECT d.id, d.kind, d.number, d.title, d.issue_date::text AS issue_date, d.meeting_date::text AS meeting_date, d.created_at,
              count(*) OVER () AS total
         FROM directives d WHERE ${whereSql}
        ORDER BY d.issue_date DESC, d.created_at DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const rows = await this.db.query<Record<string, unknown>[]>(sql, values);
    const progress = await this.progress(
      actor,
      rows.map((r) => r.id as string),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        number: r.number,
        title: r.title,
        issueDate: r.issue_date,
        meetingDate: r.meeting_date,
        progress: progress.get(r.id as string) ?? { total: 0, ...emptyCounts() },
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, id: string) {
    const [directive] = await this.db.query<Record<string, unknown>[]>(
      `SELECT d.id, d.kind, d.number, d.title, d.issue_date::text AS issue_date, d.meeting_date::text AS meeting_date,
              d.source_text, d.created_at, il.full_name AS issuing_leader, cb.full_name AS created_by
         FROM directives d LEFT JOIN users il ON il.id = d.issuing_leader_id JOIN users cb ON cb.id = d.created_by_id
        WHERE d.id = $1`,
      [id],
    );
    const tasks = directive
      ? await this.tasks.list(actor, { directiveId: id, sort: 'title', page: 1, pageSize: 1000 })
      : null;
    if (!directive || !tasks?.total) {
      throw new DomainError('DIRECTIVE_NOT_FOUND', 'This directive does not exist or is not visible to you.');
    }
    const clauses = await this.db.query<Record<string, unknown>[]>(
      `SELECT c.id, c.ordinal, c.title, c.source_text, c.source_start, c.source_end, g.name AS group_name
         FROM directive_clauses c LEFT JOIN unit_groups g ON g.id = c.assigned_group_id WHERE c.directive_id = $1 ORDER BY c.ordinal`,
      [id],
    );
    return {
      id: directive.id,
      kind: directive.kind,
      number: directive.number,
      title: directive.title,
      issueDate: directive.issue_date,
      meetingDate: directive.meeting_date,
      sourceText: directive.source_text,
      issuingLeader: directive.issuing_leader,
      createdBy: directive.created_by,
      clauses: clauses
        .map((c) => ({
          id: c.id,
          ordinal: c.ordinal,
          title: c.title,
          sourceText: c.source_text,
          sourceStart: c.source_start,
          sourceEnd: c.source_end,
          assignedGroup: c.group_name,
          tasks: tasks.items.filter((t) => t.clauseId === c.id),
        }))
        .filter((c) => c.tasks.length),
    };
  }

  /** Counts per timeliness for each directive, in one query. */
  private async progress(actor: Actor, ids: string[]) {
    const result = new Map<string, { total: number } & ReturnType<typeof emptyCounts>>();
    if (!ids.length) return result;
    const visibility = visibilityCondition(actor);
    const cutoffs = timelinessCutoffs(this.clock.today(), await this.calendar.getCalendar());
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `SELECT t.directive_id, ${timelinessCase()} AS timeliness, count(*)::int AS n
         FROM tasks t WHERE t.directive_id = ANY(:ids) AND ${visibility.sql} GROUP BY 1, 2`,
      { ids, ...visibility.params, ...cutoffParams(cutoffs) },
    );
    for (const row of await this.db.query<{ directive_id: string; timeliness: string | null; n: number }[]>(
      sql,
      values,
    )) {
      const entry = result.get(row.directive_id) ?? { total: 0, ...emptyCounts() };
      entry.total += row.n;
      if (row.timeliness) entry[row.timeliness as keyof ReturnType<typeof emptyCounts>] += row.n;
      result.set(row.directive_id, entry);
    }
    return result;
  }
}
