import type { LocalDate } from '@dondoc/core';
import type { TaskState } from '../workflow/task-state';
import type { Timeliness } from '../timeliness/timeliness';

export const TASK_SORTS = ['urgency', 'dueDate', '-dueDate', '-updatedAt', 'title'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** Filters of the task list; everything optional but paging. */
export interface TaskListQuery {
  unitId?: string;
  /** With unitId: only tasks the unit leads, or only those it coordinates. */
  unitRole?: 'lead' | 'coordinating';
  states?: TaskState[];
  timeliness?: Timeliness[];
  directiveId?: string;
  clauseId?: string;
  assigneeId?: string;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  q?: string;
  sort: TaskSort;
  page: number;
  pageSize: number;
}

/** Open tasks first, the nearest deadline first, standing tasks last: what a unit head works through. */
export const SORT_SQL: Record<TaskSort, string> = {
  urgency: `(t.state IN ('done', 'cancelled')) ASC, t.current_due_date ASC NULLS LAST, t.id ASC`,
  dueDate: `t.current_due_date ASC NULLS LAST, t.id ASC`,
  '-dueDate': `t.current_due_date DESC NULLS LAST, t.id ASC`,
  '-updatedAt': `t.updated_at DESC, t.id ASC`,
  title: `t.title ASC, t.id ASC`,
};

/** LIKE treats % and _ as wildcards; a person typing them means the characters. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
