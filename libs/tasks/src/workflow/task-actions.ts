export const TASK_ACTIONS = [
  'start',
  'progress',
  'report_done',
  'confirm',
  'return',
  'pause',
  'resume',
  'cancel',
  'reassign',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/**
 * How the actor stands to this task, which is what the workflow cares about (not the bare role):
 * lead_head: a unit head over the lead unit · lead_staff: the staff member the task was passed to ·
 * coordinator: head or staff of a coordinating unit · assigner: a leader or the office.
 */
export const CAPACITIES = ['lead_head', 'lead_staff', 'coordinator', 'assigner'] as const;
export type Capacity = (typeof CAPACITIES)[number];
