import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock } from '@dondoc/core';
import type { Actor } from '@dondoc/users';
import { timelinessOf } from '../timeliness/timeliness';
import { availableActions } from '../workflow/apply-transition';
import { TaskLoader } from './task-loader';

export interface JournalView {
  id: number;
  at: string;
  action: string;
  actor: { id: string; fullName: string } | null;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  progressPercent: number | null;
  taskVersion: number | null;
  changes: Record<string, [unknown, unknown]> | null;
}

/** One task as its page shows it: the directive and clause it came from, who is involved, its whole history. */
@Injectable()
export class TaskDetailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loader: TaskLoader,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  async get(id: string, actor: Actor) {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const { task, coordinatingUnits, capacities } = await this.loader.load(em, id, actor);
      const [context] = await em.query<Record<string, unknown>[]>(
        `SELECT d.id AS directive_id, d.number, d.title AS directive_title, d.kind, d.issue_date::text AS issue_date,
                d.meeting_date::text AS meeting_date, il.full_name AS issuing_leader,
                c.ordinal, c.source_text AS clause_source, c.source_start, c.source_end,
                lu.name AS lead_name, au.full_name AS assignee_name
           FROM tasks t JOIN directives d ON d.id = t.directive_id JOIN directive_clauses c ON c.id = t.clause_id
           JOIN units lu ON lu.id = t.lead_unit_id LEFT JOIN users il ON il.id = d.issuing_leader_id
           LEFT JOIN users au ON au.id = t.assignee_id
          WHERE t.id = $1`,
        [id],
      );
      const journal = await em.query<Record<string, unknown>[]>(
        `SELECT j.id, j.at, j.action, j.actor_id, u.full_name AS actor_name, j.from_state, j.to_state, j.note,
                j.progress_percent, j.task_version, j.changes
           FROM task_journal j LEFT JOIN users u ON u.id = j.actor_id WHERE j.task_id = $1 ORDER BY j.id`,
        [id],
      );
      const calendar = await this.calendar.getCalendar(em);
      return {
        id: task.id,
        title: task.title,
        description: task.description,
        expectedOutput: task.expectedOutput,
        state: task.state,
        progressPercent: task.progressPercent,
        originalDueDate: task.originalDueDate,
        currentDueDate: task.currentDueDate,
        reportedDoneAt: task.reportedDoneAt,
        completedOn: task.completedOn,
        ...timelinessOf(task, this.clock.today(), calendar),
        latestNote: task.latestNote,
        latestNoteAt: task.latestNoteAt,
        version: task.version,
        createdAt: task.createdAt,
        updatedAt: task.updatedAt,
        directive: {
          id: context.directive_id,
          number: context.number,
          title: context.directive_title,
          kind: context.kind,
          issueDate: context.issue_date,
          meetingDate: context.meeting_date,
          issuingLeader: context.issuing_leader,
        },
        clause: {
          id: task.clauseId,
          ordinal: context.ordinal,
          sourceText: context.clause_source,
          sourceStart: context.source_start,
          sourceEnd: context.source_end,
        },
        leadUnit: { id: task.leadUnitId, name: context.lead_name },
        coordinatingUnits,
        assignee: task.assigneeId ? { id: task.assigneeId, fullName: context.assignee_name } : null,
        yourCapacities: capacities,
        availableActions: availableActions(task.state, capacities),
        journal: journal.map((j): JournalView => ({
          id: Number(j.id),
          at: new Date(j.at as string).toISOString(),
          action: j.action as string,
          actor: j.actor_id ? { id: j.actor_id as string, fullName: j.actor_name as string } : null,
          fromState: j.from_state as string | null,
          toState: j.to_state as string | null,
          note: j.note as string | null,
          progressPercent: j.progress_percent as number | null,
          taskVersion: j.task_version as number | null,
          changes: j.changes as JournalView['changes'],
        })),
      };
    });
  }
}
