import type { Capacity, TaskAction } from './task-actions';
import type { TaskState } from './task-state';

export interface Transition {
  from: TaskState;
  action: TaskAction;
  by: readonly Capacity[];
  to: TaskState;
}

const LEAD: readonly Capacity[] = ['lead_head', 'lead_staff'];
const INVOLVED: readonly Capacity[] = ['lead_head', 'lead_staff', 'coordinator'];
const ASSIGNER: readonly Capacity[] = ['assigner'];
const WORKING: readonly TaskState[] = ['new', 'in_progress', 'returned'];

const each = (
  states: readonly TaskState[],
  action: TaskAction,
  by: readonly Capacity[],
  to: TaskState | 'same',
) => states.map((from): Transition => ({ from, action, by, to: to === 'same' ? from : to }));

/**
 * The whole task workflow: one row per (state, action), naming who may take it and where it leads.
 * A pair that is not here is refused. Progress by a coordinating unit is a contribution: it never
 * moves the state, and only the lead unit reports completion.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'new', action: 'start', by: LEAD, to: 'in_progress' },
  { from: 'returned', action: 'start', by: LEAD, to: 'in_progress' },
  ...each(WORKING, 'progress', INVOLVED, 'same'),
  ...each(WORKING, 'report_done', LEAD, 'awaiting_confirmation'),
  { from: 'awaiting_confirmation', action: 'confirm', by: ASSIGNER, to: 'done' },
  { from: 'awaiting_confirmation', action: 'return', by: ASSIGNER, to: 'returned' },
  ...each([...WORKING, 'awaiting_confirmation'], 'pause', ASSIGNER, 'paused'),
  { from: 'paused', action: 'resume', by: ASSIGNER, to: 'in_progress' },
  ...each([...WORKING, 'awaiting_confirmation', 'paused'], 'cancel', ASSIGNER, 'cancelled'),
  ...each(WORKING, 'reassign', ['lead_head'], 'same'),
];

/** Progress on a new task means work has begun: the lead unit's first report moves it to in_progress. */
export const PROGRESS_STARTS_WORK: Partial<Record<TaskState, TaskState>> = {
  new: 'in_progress',
  returned: 'in_progress',
};
