import type { Actor } from '@dondoc/users';
import { seesWholeAuthority } from '@dondoc/users';

/**
 * The SQL twin of canSee(): the WHERE clause that keeps a task list inside the actor's scope.
 * `t` is the tasks alias. Leaders and the office see tasks led inside their authority; unit people
 * see tasks their unit (or a unit below it) leads or coordinates.
 */
export function visibilityCondition(
  actor: Actor,
  alias = 't',
): { sql: string; params: Record<string, unknown> } {
  const params = { scopePrefix: `${actor.scopePath}%` };
  if (seesWholeAuthority(actor)) {
    return {
      sql: `${alias}.lead_unit_id IN (SELECT su.id FROM units su WHERE su.path LIKE :scopePrefix)`,
      params,
    };
  }
  return {
    sql: `${alias}.id IN (SELECT stu.task_id FROM task_units stu JOIN units su ON su.id = stu.unit_id WHERE su.path LIKE :scopePrefix)`,
    params,
  };
}
