import type { TimelinessCutoffs } from '@dondoc/tasks';
import { OPEN_STATES, timelinessCondition, visibilityCondition } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { seesWholeAuthority } from '@dondoc/users';

/**
 * Spelled out as literals, the same list as the predicate of the partial index ix_tasks_open_due:
 * the planner uses a partial index only when it can prove the query implies its predicate, and
 * timelinessCondition's "NOT IN ('done', 'cancelled')" alone does not prove it.
 */
const OPEN_STATE_LIST = OPEN_STATES.map((s) => `'${s}'`).join(', ');

export interface OverdueScope {
  actor: Actor;
  /** Path of the unit whose subtree the list is narrowed to. */
  unitPath?: string;
  directiveId?: string;
  /** Already folded (foldDiacritics) and escaped for LIKE. */
  foldedQuery?: string;
}

export interface OverdueConditions {
  /** On each task (alias t): overdue, filtered, and visible when visibility depends on the task. */
  perTask: string;
  /** On each lead unit's counts (alias s, column lead_unit_id), after counting. */
  perLeadUnit: string;
  params: Record<string, unknown>;
}

/**
 * The conditions of every overdue query. For leaders, the office and admins visibilityCondition
 * depends on the lead unit alone, so it is checked once per unit after counting rather than once per
 * overdue task: over a million tasks that is 4,000 probes instead of tens of thousands.
 */
export function overdueConditions(scope: OverdueScope, cutoffs: TimelinessCutoffs): OverdueConditions {
  const perTask = [`t.state IN (${OPEN_STATE_LIST})`, timelinessCondition('overdue')];
  const byLeadUnit = seesWholeAuthority(scope.actor);
  const visibility = visibilityCondition(scope.actor, byLeadUnit ? 's' : 't');
  if (!byLeadUnit) perTask.push(visibility.sql);
  const params: Record<string, unknown> = { ...visibility.params, today: cutoffs.today };
  if (scope.unitPath) {
    perTask.push(`t.lead_unit_id IN (SELECT fu.id FROM units fu WHERE fu.path LIKE :unitPrefix)`);
    params.unitPrefix = `${scope.unitPath}%`;
  }
  if (scope.foldedQuery) {
    perTask.push(`t.search_text LIKE :q`);
    params.q = `%${scope.foldedQuery}%`;
  }
  if (scope.directiveId) {
    perTask.push(`t.directive_id = :directiveId`);
    params.directiveId = scope.directiveId;
  }
  return { perTask: perTask.join(' AND '), perLeadUnit: byLeadUnit ? visibility.sql : 'TRUE', params };
}
