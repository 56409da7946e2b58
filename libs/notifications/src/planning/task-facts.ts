import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@dondoc/core';
import type { TaskState, TimelinessFacts } from '@dondoc/tasks';

/** What planning needs of a task: its dates and state, and the directive whose policy applies. */
export interface ScheduleFacts extends TimelinessFacts {
  id: string;
  directiveId: string;
}

/** What a message needs too: who holds the task, the units around it, the directive it came from. */
export interface TaskFacts extends ScheduleFacts {
  title: string;
  assigneeId: string | null;
  leadUnitId: string;
  leadUnitName: string;
  leadUnitParentId: string | null;
  coordinatingUnitIds: string[];
  directiveNumber: string | null;
  directiveTitle: string;
  issuingLeaderId: string | null;
  authorityId: string;
}

interface ScheduleRow {
  id: string;
  directive_id: string;
  state: TaskState;
  original_due_date: LocalDate | null;
  current_due_date: LocalDate | null;
  completed_on: LocalDate | null;
}

const toScheduleFacts = (r: ScheduleRow): ScheduleFacts => ({
  id: r.id,
  directiveId: r.directive_id,
  state: r.state,
  originalDueDate: r.original_due_date,
  currentDueDate: r.current_due_date,
  completedOn: r.completed_on,
});

const SCHEDULE_COLUMNS = `t.id, t.directive_id, t.state, t.original_due_date, t.current_due_date, t.completed_on`;

export async function loadScheduleFacts(em: EntityManager, taskIds: string[]): Promise<ScheduleFacts[]> {
  if (!taskIds.length) return [];
  const rows: ScheduleRow[] = await em.query(
    `SELECT ${SCHEDULE_COLUMNS} FROM tasks t WHERE t.id = ANY($1::uuid[])`,
    [taskIds],
  );
  return rows.map(toScheduleFacts);
}

/** One page of open tasks with a deadline, in id order (keyset paging), optionally of one directive. */
export async function pageOfPlannableTasks(
  em: EntityManager,
  states: readonly TaskState[],
  afterId: string | null,
  limit: number,
  directiveId: string | null,
  onlyUnplanned = false,
): Promise<ScheduleFacts[]> {
  const rows: ScheduleRow[] = await em.query(
    `SELECT ${SCHEDULE_COLUMNS} FROM tasks t
      WHERE t.state = ANY($1::text[]) AND t.current_due_date IS NOT NULL
        AND ($2::uuid IS NULL OR t.id > $2::uuid)
        AND ($4::uuid IS NULL OR t.directive_id = $4::uuid)
        AND (NOT $5 OR NOT EXISTS (SELECT 1 FROM reminder_schedules s WHERE s.task_id = t.id))
      ORDER BY t.id LIMIT $3`,
    [states, afterId, limit, directiveId, onlyUnplanned],
  );
  return rows.map(toScheduleFacts);
}

interface FactsRow extends ScheduleRow {
  title: string;
  assignee_id: string | null;
  lead_unit_id: string;
  lead_unit_name: string;
  lead_unit_parent_id: string | null;
  coordinating_unit_ids: string[] | null;
  directive_number: string | null;
  directive_title: string;
  issuing_leader_id: string | null;
  authority_id: string;
}

export async function loadTaskFacts(em: EntityManager, taskIds: string[]): Promise<Map<string, TaskFacts>> {
  if (!taskIds.length) return new Map();
  const rows: FactsRow[] = await em.query(
    `SELECT ${SCHEDULE_COLUMNS}, t.title, t.assignee_id, t.lead_unit_id,
            lu.name AS lead_unit_name, lu.parent_id AS lead_unit_parent_id,
            d.number AS directive_number, d.title AS directive_title,
            d.issuing_leader_id, d.authority_id,
            (SELECT array_agg(tu.unit_id) FROM task_units tu
              WHERE tu.task_id = t.id AND tu.role = 'coordinating') AS coordinating_unit_ids
       FROM tasks t
       JOIN units lu ON lu.id = t.lead_unit_id
       JOIN directives d ON d.id = t.directive_id
      WHERE t.id = ANY($1::uuid[])`,
    [taskIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        ...toScheduleFacts(r),
        title: r.title,
        assigneeId: r.assignee_id,
        leadUnitId: r.lead_unit_id,
        leadUnitName: r.lead_unit_name,
        leadUnitParentId: r.lead_unit_parent_id,
        coordinatingUnitIds: r.coordinating_unit_ids ?? [],
        directiveNumber: r.directive_number,
        directiveTitle: r.directive_title,
        issuingLeaderId: r.issuing_leader_id,
        authorityId: r.authority_id,
      },
    ]),
  );
}
