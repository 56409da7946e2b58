/**
 * The statements the API sends for the four measured endpoints, as captured from PostgreSQL's
 * statement log (log_statement = 'all' on the bench database) and copied here. The baseline sends
 * the same text with the same parameters, so the ratio measures what the API adds around them.
 * When the API's queries change, capture again and update this file.
 */

const cols = (alias: string, columns: string[]) =>
  columns.map((c) => `"${alias}"."${c}" AS "${alias}_${c}"`).join(', ');

const USER_COLUMNS = [
  'id',
  'username',
  'full_name',
  'title',
  'role',
  'unit_id',
  'email',
  'phone',
  'active',
  'created_at',
  'updated_at',
];
const UNIT_COLUMNS = [
  'id',
  'parent_id',
  'kind',
  'code',
  'name',
  'short_name',
  'aliases',
  'path',
  'active',
  'created_at',
  'updated_at',
];
const TASK_COLUMNS = [
  'id',
  'directive_id',
  'clause_id',
  'title',
  'description',
  'expected_output',
  'lead_unit_id',
  'assignee_id',
  'state',
  'progress_percent',
  'original_due_date',
  'current_due_date',
  'reported_done_at',
  'completed_on',
  'latest_note',
  'latest_note_at',
  'version',
  'created_by_id',
  'created_at',
  'updated_at',
];

const USER_WITH_UNIT = `SELECT ${cols('User', USER_COLUMNS)}, ${cols('User__User_unit', UNIT_COLUMNS)} FROM "users" "User" LEFT JOIN "units" "User__User_unit" ON "User__User_unit"."id"="User"."unit_id"`;

/** AuthService.authenticate → UsersService.get: TypeORM's findOne with a relation is two queries. */
export const AUTH_USER_IDS = `SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id" FROM (${USER_WITH_UNIT} WHERE (("User"."id" = $1))) "distinctAlias" ORDER BY "User_id" ASC LIMIT 1`;
export const AUTH_USER = `${USER_WITH_UNIT} WHERE ( (("User"."id" = $1)) ) AND ( "User"."id" IN ($2) )`;

/** TasksQueryService.list for a unit head (visibility through task_units), sort=urgency. */
export const LIST_PAGE = `SELECT 
  t.id, t.title, t.state, t.progress_percent, t.original_due_date::text AS original_due_date,
  t.current_due_date::text AS current_due_date, t.completed_on::text AS completed_on, t.latest_note, t.latest_note_at,
  t.updated_at, t.version, t.directive_id, d.number AS directive_number, d.title AS directive_title, t.clause_id,
  t.lead_unit_id, lu.name AS lead_unit_name, t.assignee_id, au.full_name AS assignee_name FROM tasks t 
  JOIN directives d ON d.id = t.directive_id
  JOIN units lu ON lu.id = t.lead_unit_id
  LEFT JOIN users au ON au.id = t.assignee_id WHERE t.id IN (SELECT stu.task_id FROM task_units stu JOIN units su ON su.id = stu.unit_id WHERE su.path LIKE $1)
       ORDER BY (t.state IN ('done', 'cancelled')) ASC, t.current_due_date ASC NULLS LAST, t.id ASC LIMIT 20 OFFSET 0`;
export const LIST_COUNT = `SELECT count(*)::int AS total FROM tasks t WHERE t.id IN (SELECT stu.task_id FROM task_units stu JOIN units su ON su.id = stu.unit_id WHERE su.path LIKE $1)`;

/** TaskLoader.load: the task (locked for an action), its paths, its coordinating units. */
export const TASK_BY_ID = `SELECT ${cols('t', TASK_COLUMNS)} FROM "tasks" "t" WHERE "t"."id" = $1`;
export const TASK_BY_ID_FOR_UPDATE = `${TASK_BY_ID} FOR UPDATE`;
export const TASK_PATHS = `SELECT lu.path AS lead_path, au.path AS authority_path
         FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id JOIN units au ON au.id = d.authority_id
        WHERE t.id = $1`;
export const TASK_COORDINATING = `SELECT u.id, u.name, u.path FROM task_units tu JOIN units u ON u.id = tu.unit_id
        WHERE tu.task_id = $1 AND tu.role = 'coordinating' ORDER BY u.name`;

/** TaskDetailService.get, after the loader, inside a REPEATABLE READ transaction. */
export const TASK_CONTEXT = `SELECT d.id AS directive_id, d.number, d.title AS directive_title, d.kind, d.issue_date::text AS issue_date,
                d.meeting_date::text AS meeting_date, il.full_name AS issuing_leader,
                c.ordinal, c.source_text AS clause_source, c.source_start, c.source_end,
                lu.name AS lead_name, au.full_name AS assignee_name
           FROM tasks t JOIN directives d ON d.id = t.directive_id JOIN directive_clauses c ON c.id = t.clause_id
           JOIN units lu ON lu.id = t.lead_unit_id LEFT JOIN users il ON il.id = d.issuing_leader_id
           LEFT JOIN users au ON au.id = t.assignee_id
          WHERE t.id = $1`;
export const TASK_JOURNAL = `SELECT j.id, j.at, j.action, j.actor_id, u.full_name AS actor_name, j.from_state, j.to_state, j.note,
                j.progress_percent, j.task_version, j.changes
           FROM task_journal j LEFT JOIN users u ON u.id = j.actor_id WHERE j.task_id = $1 ORDER BY j.id`;

/** TaskActionsService.act('progress'): the change, its journal line, then the reminder re-plan (same transaction). */
export const TASK_UPDATE = `UPDATE "tasks" SET "latest_note" = $1, "latest_note_at" = $2, "progress_percent" = $3, "state" = $4, "version" = $5, "updated_at" = $6 WHERE "id" = $7`;
export const JOURNAL_INSERT = `INSERT INTO "task_journal"("id", "task_id", "at", "actor_id", "action", "from_state", "to_state", "note", "progress_percent", "task_version", "changes") VALUES (DEFAULT, $1, DEFAULT, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "at"`;
export const SCHEDULE_FACTS = `SELECT t.id, t.directive_id, t.state, t.original_due_date, t.current_due_date, t.completed_on FROM tasks t WHERE t.id = ANY($1::uuid[])`;
export const REMINDER_POLICIES = `SELECT "ReminderPolicyRecord"."scope" AS "ReminderPolicyRecord_scope", "ReminderPolicyRecord"."directive_id" AS "ReminderPolicyRecord_directive_id", "ReminderPolicyRecord"."rules" AS "ReminderPolicyRecord_rules", "ReminderPolicyRecord"."updated_by_id" AS "ReminderPolicyRecord_updated_by_id", "ReminderPolicyRecord"."updated_at" AS "ReminderPolicyRecord_updated_at" FROM "reminder_policies" "ReminderPolicyRecord"`;
export const SCHEDULE_UPSERT = `INSERT INTO reminder_schedules (task_id, due_date, next_on, next_at, updated_at)
     SELECT *, now() FROM unnest($1::uuid[], $2::date[], $3::date[], $4::timestamptz[])
     ON CONFLICT (task_id) DO UPDATE
        SET due_date = EXCLUDED.due_date, next_on = EXCLUDED.next_on, next_at = EXCLUDED.next_at,
            updated_at = now()`;
export const SCHEDULE_DELETE = `DELETE FROM reminder_schedules WHERE task_id = ANY($1::uuid[])`;
export const DELIVERIES_CANCEL = `UPDATE deliveries d SET state = 'cancelled', last_error = $3, updated_at = now()
         FROM tasks t
        WHERE d.task_id = t.id AND t.id = ANY($1::uuid[]) AND d.state = 'planned'
          AND (NOT (t.state = ANY($2::text[])) OR t.current_due_date IS DISTINCT FROM d.due_date)`;

/** OverdueReportService.report for a leader: per-unit counts, then the page's tasks. */
export const OVERDUE_UNITS = `WITH s AS MATERIALIZED (
         SELECT t.lead_unit_id, count(*)::int AS overdue_count, min(t.current_due_date)::text AS oldest_due_date
           FROM tasks t WHERE t.state IN ('new', 'in_progress', 'awaiting_confirmation', 'paused', 'returned') AND (NOT (t.state IN ('done', 'cancelled')) AND t.current_due_date < $1) GROUP BY t.lead_unit_id)
       SELECT u.id, u.name, u.code, s.overdue_count, s.oldest_due_date
         FROM s JOIN units u ON u.id = s.lead_unit_id
        WHERE s.lead_unit_id IN (SELECT su.id FROM units su WHERE su.path LIKE $2)`;
export const OVERDUE_ITEMS = `SELECT t.id, t.title, t.state, t.progress_percent, t.original_due_date::text AS original_due_date,
              t.current_due_date::text AS current_due_date, t.latest_note, t.latest_note_at, t.lead_unit_id,
              t.directive_id, d.number AS directive_number, d.title AS directive_title
         FROM tasks t JOIN directives d ON d.id = t.directive_id
        WHERE t.state IN ('new', 'in_progress', 'awaiting_confirmation', 'paused', 'returned') AND (NOT (t.state IN ('done', 'cancelled')) AND t.current_due_date < $1) AND t.lead_unit_id = ANY($2::uuid[])
        ORDER BY array_position($2::uuid[], t.lead_unit_id), t.current_due_date, t.id
        OFFSET 0 LIMIT 50`;
