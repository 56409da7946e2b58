import type { LocalDate } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import { timelinessOf, TimelinessView } from '../timeliness/timeliness';
import type { TaskState } from '../workflow/task-state';

/** A task row as the list query reads it (snake_case from SQL). */
export interface TaskRow {
  id: string;
  title: string;
  state: TaskState;
  progress_percent: number;
  original_due_date: string | null;
  current_due_date: string | null;
  completed_on: string | null;
  latest_note: string | null;
  latest_note_at: Date | null;
  updated_at: Date;
  version: number;
  directive_id: string;
  directive_number: string | null;
  directive_title: string;
  clause_id: string;
  lead_unit_id: string;
  lead_unit_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
}

export interface TaskListItem extends TimelinessView {
  id: string;
  title: string;
  state: TaskState;
  progressPercent: number;
  originalDueDate: LocalDate | null;
  currentDueDate: LocalDate | null;
  completedOn: LocalDate | null;
  latestNote: string | null;
  latestNoteAt: string | null;
  updatedAt: string;
  version: number;
  directive: { id: string; number: string | null; title: string };
  clauseId: string;
  leadUnit: { id: string; name: string };
  assignee: { id: string; fullName: string } | null;
}

export function toTaskListItem(row: TaskRow, today: LocalDate, calendar: WorkingDayCalendar): TaskListItem {
  const facts = {
    state: row.state,
    originalDueDate: row.original_due_date,
    currentDueDate: row.current_due_date,
    completedOn: row.completed_on,
  };
  return {
    id: row.id,
    title: row.title,
    progressPercent: Number(row.progress_percent),
    ...facts,
    ...timelinessOf(facts, today, calendar),
    latestNote: row.latest_note,
    latestNoteAt: row.latest_note_at ? new Date(row.latest_note_at).toISOString() : null,
    updatedAt: new Date(row.updated_at).toISOString(),
    version: Number(row.version),
    directive: { id: row.directive_id, number: row.directive_number, title: row.directive_title },
    clauseId: row.clause_id,
    leadUnit: { id: row.lead_unit_id, name: row.lead_unit_name },
    assignee: row.assignee_id ? { id: row.assignee_id, fullName: row.assignee_name ?? '' } : null,
  };
}

/** The columns toTaskListItem reads, for every query that lists tasks. */
export const TASK_ROW_SELECT = `
  t.id, t.title, t.state, t.progress_percent, t.original_due_date::text AS original_due_date,
  t.current_due_date::text AS current_due_date, t.completed_on::text AS completed_on, t.latest_note, t.latest_note_at,
  t.updated_at, t.version, t.directive_id, d.number AS directive_number, d.title AS directive_title, t.clause_id,
  t.lead_unit_id, lu.name AS lead_unit_name, t.assignee_id, au.full_name AS assignee_name`;

export const TASK_ROW_JOINS = `
  JOIN directives d ON d.id = t.directive_id
  JOIN units lu ON lu.id = t.lead_unit_id
  LEFT JOIN users au ON au.id = t.assignee_id`;
