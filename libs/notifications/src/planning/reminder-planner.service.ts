import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService, WorkingDayCalendar } from '@dondoc/calendar';
import { Clock, instantAt, LocalDate } from '@dondoc/core';
import { isRemindable, nextOccurrenceDate, REMINDABLE_STATES } from '../policy/occurrences';
import { loadScheduleFacts, pageOfPlannableTasks, ScheduleFacts } from './task-facts';
import { PolicySet, ReminderPolicies } from './reminder-policies.service';

export interface ScheduleRow {
  taskId: string;
  dueDate: LocalDate;
  nextOn: LocalDate;
  nextAt: Date;
}

/** Why a planned message did not go: shown in the delivery log. */
export const CANCELLED_BY_CHANGE =
  'Nhiệm vụ đã thay đổi (hoàn thành, hủy, tạm hoãn hoặc đổi hạn): không nhắc nữa.';

/**
 * Plans reminders: for each open task with a deadline, the next working day that has a reminder
 * (reminder_schedules). A task change re-plans inside the change's own transaction and cancels
 * the planned messages that are no longer true; replanAll covers every task (start-up, policy change).
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly policies: ReminderPolicies,
    private readonly clock: Clock,
  ) {}

  /** Re-plans these tasks inside the caller's transaction. */
  async replan(em: EntityManager, taskIds: string[]): Promise<void> {
    const facts = await loadScheduleFacts(em, taskIds);
    await this.write(em, facts, await this.calendar.getCalendar(em), await this.policies.current(em));
    await em.query(
      `UPDATE deliveries d SET state = 'cancelled', last_error = $3, updated_at = now()
         FROM tasks t
        WHERE d.task_id = t.id AND t.id = ANY($1::uuid[]) AND d.state = 'planned'
          AND (NOT (t.state = ANY($2::text[])) OR t.current_due_date IS DISTINCT FROM d.due_date)`,
      [taskIds, REMINDABLE_STATES, CANCELLED_BY_CHANGE],
    );
  }

  /**
   * Plans every open task (or one directive's), a page at a time; answers how many were planned.
   * `onlyUnplanned`: just the open tasks without a plan (a worker's start: tasks from before
   * reminders existed), leaving the plans already made, and today's work, alone.
   */
  async replanAll(
    directiveId: string | null = null,
    options: { onlyUnplanned?: boolean } = {},
  ): Promise<number> {
    const pageSize = 5000;
    const calendar = await this.calendar.getCalendar();
    const policies = await this.policies.current();
    const memo = new Map<string, LocalDate | null>();
    let afterId: string | null = null;
    let planned = 0;
    for (;;) {
      const page = await pageOfPlannableTasks(
        this.db.manager,
        REMINDABLE_STATES,
        afterId,
        pageSize,
        directiveId,
        options.onlyUnplanned ?? false,
      );
      if (!page.length) break;
      planned += await this.write(this.db.manager, page, calendar, policies, memo);
      afterId = page[page.length - 1].id;
    }
    // Tasks closed while no one was listening (or before reminders existed) lose their plan.
    await this.db.query(
      `DELETE FROM reminder_schedules s USING tasks t
        WHERE s.task_id = t.id AND ($2::uuid IS NULL OR t.directive_id = $2::uuid)
          AND (NOT (t.state = ANY($1::text[])) OR t.current_due_date IS NULL)`,
      [REMINDABLE_STATES, directiveId],
    );
    return planned;
  }

  /** The plan of each task from today on; `memo` shares the answer among tasks with the same deadline and policy. */
  schedulesFor(
    facts: ScheduleFacts[],
    calendar: WorkingDayCalendar,
    policies: PolicySet,
    from: LocalDate,
    memo = new Map<string, LocalDate | null>(),
  ): { rows: ScheduleRow[]; unplanned: string[] } {
    const rows: ScheduleRow[] = [];
    const unplanned: string[] = [];
    for (const task of facts) {
      const policy = policies.forDirective(task.directiveId);
      let nextOn: LocalDate | null = null;
      if (isRemindable(task)) {
        const key = `${policy === policies.global ? 'g' : task.directiveId}|${task.currentDueDate}|${from}`;
        if (!memo.has(key)) memo.set(key, nextOccurrenceDate(task, from, policy, calendar));
        nextOn = memo.get(key)!;
      }
      if (nextOn) {
        rows.push({ taskId: task.id, dueDate: task.currentDueDate!, nextOn, nextAt: instantAt(nextOn, 0) });
      } else {
        unplanned.push(task.id);
      }
    }
    return { rows, unplanned };
  }

  private async write(
    em: EntityManager,
    facts: ScheduleFacts[],
    calendar: WorkingDayCalendar,
    policies: PolicySet,
    memo?: Map<string, LocalDate | null>,
  ): Promise<number> {
    const { rows, unplanned } = this.schedulesFor(facts, calendar, policies, this.clock.today(), memo);
    await upsertSchedules(em, rows);
    if (unplanned.length) {
      await em.query(`DELETE FROM reminder_schedules WHERE task_id = ANY($1::uuid[])`, [unplanned]);
    }
    return rows.length;
  }
}

/** One statement for a whole page of plans (unnest of arrays: no per-row round trips). */
export async function upsertSchedules(em: EntityManager, rows: ScheduleRow[]): Promise<void> {
  if (!rows.length) return;
  await em.query(
    `INSERT INTO reminder_schedules (task_id, due_date, next_on, next_at, updated_at)
     SELECT *, now() FROM unnest($1::uuid[], $2::date[], $3::date[], $4::timestamptz[])
     ON CONFLICT (task_id) DO UPDATE
        SET due_date = EXCLUDED.due_date, next_on = EXCLUDED.next_on, next_at = EXCLUDED.next_at,
            updated_at = now()`,
    [
      rows.map((r) => r.taskId),
      rows.map((r) => r.dueDate),
      rows.map((r) => r.nextOn),
      rows.map((r) => r.nextAt.toISOString()),
    ],
  );
}
