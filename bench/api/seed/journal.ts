import type { Client } from 'pg';

/**
 * Each task's history, one INSERT per step so the identity ids grow along each task's timeline
 * (the API orders the journal by id): created → progress → extension → report_done → the
 * assigner's last word (confirm, return, pause or cancel). Which steps a task has follows from its
 * state, the same rule that set its version in tasks.ts, so the last line carries the task's version.
 */
const FACTS = `
  SELECT t.*, coalesce(t.assignee_id, lu.head_id) AS worker_id,
         (t.state NOT IN ('new', 'cancelled'))::int AS p,
         (t.current_due_date IS DISTINCT FROM t.original_due_date)::int AS e,
         CASE WHEN t.state IN ('awaiting_confirmation', 'done') THEN 100 ELSE t.progress_percent END AS reported_percent,
         coalesce(t.latest_note_at, t.created_at) AS work_at
    FROM tasks t JOIN bench.units lu ON lu.id = t.lead_unit_id`;

const COLUMNS = `task_id, at, actor_id, action, from_state, to_state, note, progress_percent, task_version, changes`;

const STEPS: { name: string; sql: string }[] = [
  {
    name: 'created',
    sql: `SELECT id, created_at, created_by_id, 'created', NULL, 'new', NULL, NULL, 1, NULL FROM (${FACTS}) f`,
  },
  {
    name: 'progress',
    sql: `SELECT id, latest_note_at, worker_id, 'progress', 'new', 'in_progress', latest_note,
                 CASE WHEN state = 'in_progress' OR state = 'paused' THEN progress_percent ELSE 50 END, 2,
                 jsonb_build_object('progressPercent', jsonb_build_array(0, CASE WHEN state IN ('in_progress', 'paused') THEN progress_percent ELSE 50 END),
                                    'latestNote', jsonb_build_array(NULL, latest_note))
            FROM (${FACTS}) f WHERE p = 1`,
  },
  {
    name: 'extension_requested',
    sql: `SELECT id, work_at + interval '1 hour', worker_id, 'extension_requested', NULL, NULL,
                 'Vướng mắc trong giải phóng mặt bằng, đề nghị gia hạn để hoàn thành.', NULL, NULL, NULL
            FROM (${FACTS}) f WHERE e = 1`,
  },
  {
    name: 'extension_approved',
    sql: `SELECT id, work_at + interval '1 day', created_by_id, 'extension_approved', NULL, NULL, NULL, NULL, 2 + p,
                 jsonb_build_object('currentDueDate', jsonb_build_array(original_due_date, current_due_date))
            FROM (${FACTS}) f WHERE e = 1`,
  },
  {
    name: 'report_done',
    sql: `SELECT id, coalesce(reported_done_at, updated_at - interval '1 day'), worker_id, 'report_done', 'in_progress',
                 'awaiting_confirmation', 'Đã hoàn thành, đề nghị xác nhận.', 100, 2 + p + e,
                 jsonb_build_object('reportedDoneAt', jsonb_build_array(NULL, coalesce(reported_done_at, updated_at - interval '1 day')),
                                    'progressPercent', jsonb_build_array(reported_percent, 100))
            FROM (${FACTS}) f WHERE state IN ('awaiting_confirmation', 'returned', 'done')`,
  },
  {
    name: 'confirm / return / pause / cancel',
    sql: `SELECT id, updated_at, created_by_id,
                 CASE state WHEN 'done' THEN 'confirm' WHEN 'returned' THEN 'return' WHEN 'paused' THEN 'pause' ELSE 'cancel' END,
                 CASE state WHEN 'paused' THEN 'in_progress' WHEN 'cancelled' THEN 'new' ELSE 'awaiting_confirmation' END,
                 state,
                 CASE state WHEN 'returned' THEN 'Đề nghị bổ sung hồ sơ, số liệu chưa khớp.'
                            WHEN 'paused' THEN 'Tạm dừng chờ bố trí vốn.'
                            WHEN 'cancelled' THEN 'Không còn phù hợp, đã có chỉ đạo thay thế.' END,
                 NULL, version,
                 CASE state WHEN 'done' THEN jsonb_build_object('completedOn', jsonb_build_array(NULL, completed_on))
                            WHEN 'returned' THEN jsonb_build_object('reportedDoneAt', jsonb_build_array(updated_at - interval '1 day', NULL)) END
            FROM (${FACTS}) f WHERE state IN ('done', 'returned', 'paused', 'cancelled')`,
  },
];

export async function seedJournal(db: Client, onStep: (name: string, rows: number) => void): Promise<number> {
  let total = 0;
  for (const step of STEPS) {
    const { rowCount } = await db.query(`INSERT INTO task_journal (${COLUMNS}) ${step.sql}`);
    total += rowCount ?? 0;
    onStep(step.name, rowCount ?? 0);
  }
  return total;
}
