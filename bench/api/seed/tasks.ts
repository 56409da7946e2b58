import type { Client } from 'pg';
import type { Sizes } from '../options';
import { clauseTitles, DESCRIPTIONS, EXPECTED_OUTPUTS, PROGRESS_NOTES, withFolded } from './vocabulary';

/**
 * The tasks of the clauses numbered cum_start in [lo, hi): one per member unit of the clause's
 * target, task number tn = cum_start + k. Every draw comes from bench.u(tn, salt), so a column
 * that depends on another (state on the deadline, completed_on on the state) sees the same value.
 *
 * States follow what deployed systems show: most past tasks done (15% of them late), a few still
 * open and so overdue (more of the recent ones), ~10% standing tasks, ~8% extended (original ≠
 * current), future tasks mostly new or in progress. Versions count the journal lines that bump them.
 */
export const TASKS_SQL = `
INSERT INTO tasks (id, directive_id, clause_id, title, description, expected_output, lead_unit_id, assignee_id,
                   state, progress_percent, original_due_date, current_due_date, reported_done_at, completed_on,
                   latest_note, latest_note_at, search_text, version, created_by_id, created_at, updated_at)
SELECT gen_random_uuid(), z.directive_id, z.clause_id, z.title, coalesce(z.description, ''), z.expected_output,
       z.lead_id, st.id, z.state, z.progress, z.orig, z.cur, z.reported_done_at, z.completed_on,
       z.note, z.note_at, concat_ws(' ', z.title_f, z.desc_f, lower(z.number), z.dir_title_f),
       1 + (z.state NOT IN ('new', 'cancelled'))::int + (z.cur IS DISTINCT FROM z.orig)::int
         + (z.state IN ('awaiting_confirmation', 'returned', 'done'))::int
         + (z.state IN ('done', 'returned', 'paused', 'cancelled'))::int,
       z.creator_id, z.created_at, z.updated_at
  FROM (
    SELECT y.*,
           CASE WHEN y.state NOT IN ('new', 'cancelled') THEN ($6::text[])[1 + floor(bench.u(y.tn, 24) * cardinality($6::text[]))::int] END AS note,
           CASE WHEN y.state NOT IN ('new', 'cancelled')
                THEN y.created_at + (coalesce(y.reported_done_at, y.updated_at) - y.created_at) * 0.5 END AS note_at
      FROM (
        SELECT x.*,
               CASE WHEN x.state = 'done' THEN least(now(), x.reported_done_at + make_interval(days => 1 + floor(bench.u(x.tn, 20) * 3)::int))
                    WHEN x.state = 'awaiting_confirmation' THEN x.reported_done_at
                    WHEN x.state = 'new' THEN x.created_at
                    ELSE x.created_at + (now() - x.created_at) * (0.2 + 0.7 * bench.u(x.tn, 20)) END AS updated_at
          FROM (
            SELECT w.*,
                   CASE WHEN w.state = 'done' THEN least(now(), bench.at(w.completed_on, 14 + 3 * bench.u(w.tn, 19)))
                        WHEN w.state = 'awaiting_confirmation'
                        THEN least(now(), bench.at(greatest(w.issue_date, w.today - floor(bench.u(w.tn, 19) * 7)::int), 14 + 3 * bench.u(w.tn, 19)))
                   END AS reported_done_at
              FROM (
                SELECT v.*,
                       CASE WHEN v.state <> 'done' THEN NULL
                            WHEN v.cur IS NULL THEN v.issue_date + floor(bench.u(v.tn, 15) * (v.today - v.issue_date))::int
                            WHEN v.cur < v.today THEN
                              CASE WHEN bench.u(v.tn, 16) < 0.15 THEN least(v.today, v.cur + 1 + floor(bench.u(v.tn, 17) * 30)::int)
                                   ELSE greatest(v.issue_date, v.cur - floor(bench.u(v.tn, 17) * 20)::int) END
                            ELSE greatest(v.issue_date, v.today - 1 - floor(bench.u(v.tn, 17) * 10)::int)
                       END AS completed_on,
                       CASE v.state WHEN 'new' THEN 0 WHEN 'cancelled' THEN 0
                                    WHEN 'awaiting_confirmation' THEN 100 WHEN 'done' THEN 100
                                    WHEN 'returned' THEN 50 + floor(bench.u(v.tn, 21) * 40)::int
                                    ELSE 10 + floor(bench.u(v.tn, 21) * 80)::int END AS progress,
                       bench.at(v.issue_date, 8 + 3 * bench.u(v.tn, 18)) AS created_at,
                       CASE WHEN v.staff_count > 0 AND bench.u(v.tn, 22) < 0.3
                            THEN floor(bench.u(v.tn, 23) * v.staff_count)::int END AS assign_k
                  FROM (
                    SELECT s.*,
                           CASE
                             WHEN s.cur IS NULL THEN
                               CASE WHEN s.r < 0.10 THEN 'done' WHEN s.r < 0.12 THEN 'cancelled' WHEN s.r < 0.30 THEN 'new' ELSE 'in_progress' END
                             WHEN s.cur < s.today THEN
                               CASE WHEN s.r < s.p_open THEN
                                      CASE WHEN s.r2 < 0.70 THEN 'in_progress' WHEN s.r2 < 0.82 THEN 'new'
                                           WHEN s.r2 < 0.89 THEN 'awaiting_confirmation' WHEN s.r2 < 0.95 THEN 'returned' ELSE 'paused' END
                                    WHEN s.r < s.p_open + 0.01 THEN 'cancelled' ELSE 'done' END
                             ELSE
                               CASE WHEN s.r < 0.25 THEN 'new' WHEN s.r < 0.80 THEN 'in_progress' WHEN s.r < 0.88 THEN 'awaiting_confirmation'
                                    WHEN s.r < 0.91 THEN 'returned' WHEN s.r < 0.93 THEN 'paused' WHEN s.r < 0.98 THEN 'done' ELSE 'cancelled' END
                           END AS state
                      FROM (
                        SELECT b.*, bench.u(b.tn, 13) AS r, bench.u(b.tn, 14) AS r2,
                               -- Old overdue tasks get closed or forgotten; recent ones are still open.
                               CASE WHEN b.today - b.cur > 365 THEN 0.01 WHEN b.today - b.cur > 90 THEN 0.05 ELSE 0.15 END AS p_open
                          FROM (
                            SELECT a.*,
                                   CASE WHEN a.orig IS NOT NULL AND bench.u(a.tn, 11) < 0.08
                                        THEN bench.roll(a.orig + 7 + floor(bench.u(a.tn, 12) * 50)::int) ELSE a.orig END AS cur
                              FROM (
                                SELECT c.cum_start + k AS tn, c.id AS clause_id, c.due AS orig, d.id AS directive_id, d.number,
                                       d.title_folded AS dir_title_f, d.creator_id, d.issue_date, bench.today() AS today,
                                       lu.n AS lead_n, lu.id AS lead_id, lu.staff_count,
                                       ($1::text[])[1 + floor(bench.u(c.cn, 10) * cardinality($1::text[]))::int] AS title,
                                       ($2::text[])[1 + floor(bench.u(c.cn, 10) * cardinality($2::text[]))::int] AS title_f,
                                       CASE WHEN bench.u(c.cn, 11) < 0.4 THEN ($3::text[])[1 + floor(bench.u(c.cn, 12) * cardinality($3::text[]))::int] END AS description,
                                       CASE WHEN bench.u(c.cn, 11) < 0.4 THEN ($4::text[])[1 + floor(bench.u(c.cn, 12) * cardinality($4::text[]))::int] END AS desc_f,
                                       CASE WHEN bench.u(c.cn, 13) < 0.6 THEN ($5::text[])[1 + floor(bench.u(c.cn, 14) * cardinality($5::text[]))::int] END AS expected_output
                                  FROM bench.clauses c
                                  JOIN bench.directives d USING (j)
                                 CROSS JOIN LATERAL generate_series(0, c.keep - 1) k
                                  JOIN bench.units lu ON lu.n = c.target_n + k
                                 WHERE c.cum_start >= $7 AND c.cum_start < $8
                              ) a
                          ) b
                      ) s
                  ) v
              ) w
          ) x
      ) y
  ) z
  LEFT JOIN bench.staff st ON st.unit_n = z.lead_n AND st.k = z.assign_k
 ORDER BY z.tn`;

/** Inserts the tasks in `chunks` statements, oldest first, reporting after each. */
export async function seedTasks(
  db: Client,
  sizes: Sizes,
  chunks: number,
  onChunk: (done: number) => void,
): Promise<number> {
  const titles = withFolded(clauseTitles());
  const descriptions = withFolded(DESCRIPTIONS);
  const step = Math.ceil(sizes.tasks / chunks);
  let total = 0;
  for (let lo = 0; lo < sizes.tasks; lo += step) {
    const { rowCount } = await db.query(TASKS_SQL, [
      titles.text,
      titles.folded,
      descriptions.text,
      descriptions.folded,
      EXPECTED_OUTPUTS,
      PROGRESS_NOTES,
      lo,
      lo + step,
    ]);
    total += rowCount ?? 0;
    onChunk(total);
  }
  return total;
}

/** The lead unit of every task, and for a quarter of them a coordinating unit (phối hợp). */
export async function seedTaskUnits(db: Client, level1: number): Promise<number> {
  const lead = await db.query(
    `INSERT INTO task_units (task_id, unit_id, role) SELECT id, lead_unit_id, 'lead' FROM tasks`,
  );
  // A province clause is coordinated by a department; a commune's by the commune or one of its villages.
  const coordinating = await db.query(
    `INSERT INTO task_units (task_id, unit_id, role)
     SELECT t.id, cu.id, 'coordinating'
       FROM tasks t
       JOIN bench.units lu ON lu.id = t.lead_unit_id
       JOIN bench.directives d ON d.id = t.directive_id
       JOIN bench.units cu ON cu.n = CASE
              WHEN d.authority_n = 0 THEN 1 + floor(bench.uid(t.id, 2) * $1)::int
              WHEN lu.kind = 'village' THEN lu.commune_n
              ELSE lu.village_start + floor(bench.uid(t.id, 2) * lu.village_count)::int END
      WHERE bench.uid(t.id, 1) < 0.25 AND cu.n <> lu.n`,
    [level1],
  );
  return (lead.rowCount ?? 0) + (coordinating.rowCount ?? 0);
}

/** An approved request behind each extended deadline. */
export async function seedExtensionRequests(db: Client): Promise<number> {
  const { rowCount } = await db.query(`
    INSERT INTO extension_requests (task_id, requested_by_id, previous_due_date, requested_due_date, reason, status,
                                    decided_by_id, decided_at, decision_note, created_at)
    SELECT t.id, coalesce(t.assignee_id, lu.head_id), t.original_due_date, t.current_due_date,
           'Vướng mắc trong giải phóng mặt bằng, đề nghị gia hạn để hoàn thành.', 'approved',
           t.created_by_id, coalesce(t.latest_note_at, t.created_at) + interval '1 day', NULL,
           coalesce(t.latest_note_at, t.created_at) + interval '1 hour'
      FROM tasks t JOIN bench.units lu ON lu.id = t.lead_unit_id
     WHERE t.current_due_date <> t.original_due_date`);
  return rowCount ?? 0;
}
