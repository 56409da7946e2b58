export const TASK_STATES = [
  'new',
  'in_progress',
  'awaiting_confirmation',
  'done',
  'paused',
  'returned',
  'cancelled',
] as const;
/**
 * new: chưa thực hiện · in_progress: đang thực hiện · awaiting_confirmation: chờ xác nhận ·
 * done: hoàn thành · paused: tạm hoãn · returned: trả lại, thực hiện lại · cancelled: hủy.
 */
export type TaskState = (typeof TASK_STATES)[number];

/** States in which the task is still someone's work to do (reminders and overdue lists look here). */
export const OPEN_STATES: readonly TaskState[] = [
  'new',
  'in_progress',
  'awaiting_confirmation',
  'paused',
  'returned',
];
