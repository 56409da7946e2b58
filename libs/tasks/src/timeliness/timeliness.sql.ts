import type { Timeliness, TimelinessCutoffs } from './timeliness';

/**
 * The SQL mirror of timelinessOf, for filtering and counting in the database. `t` is the tasks
 * alias; :today and :dueSoonBefore come from timelinessCutoffs(). A test runs both over the same
 * tasks and requires them to agree.
 */
const OPEN = `NOT (t.state IN ('done', 'cancelled'))`;

const CONDITIONS: Record<Timeliness, string> = {
  no_deadline: `t.state <> 'cancelled' AND t.current_due_date IS NULL`,
  done_on_time: `t.state = 'done' AND t.completed_on <= t.current_due_date`,
  done_late: `t.state = 'done' AND t.completed_on > t.current_due_date`,
  overdue: `${OPEN} AND t.current_due_date < :today`,
  due_soon: `${OPEN} AND t.current_due_date >= :today AND t.current_due_date < :dueSoonBefore`,
  on_track: `${OPEN} AND t.current_due_date >= :dueSoonBefore`,
};

export function timelinessCondition(value: Timeliness, alias = 't'): string {
  return `(${CONDITIONS[value].replace(/\bt\./g, `${alias}.`)})`;
}

/** A CASE expression naming the timeliness of each row (NULL when cancelled). */
export function timelinessCase(alias = 't'): string {
  const order: Timeliness[] = ['no_deadline', 'done_on_time', 'done_late', 'overdue', 'due_soon', 'on_track'];
  const whens = order.map((v) => `WHEN ${timelinessCondition(v, alias)} THEN '${v}'`).join(' ');
  return `(CASE ${whens} END)`;
}

export const cutoffParams = (c: TimelinessCutoffs) => ({ today: c.today, dueSoonBefore: c.dueSoonBefore });
