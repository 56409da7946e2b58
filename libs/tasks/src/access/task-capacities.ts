import { isInSubtree } from '@dondoc/organizations';
import type { Actor } from '@dondoc/users';
import type { Capacity } from '../workflow/task-actions';

/** What the access rules need to know about a task's people and units. */
export interface TaskInvolvement {
  leadUnitPath: string;
  coordinatingUnitPaths: string[];
  assigneeId: string | null;
  /** Path of the authority that issued the directive. */
  authorityPath: string;
}

/**
 * How the actor stands to the task. A unit head over the lead unit (its own or a parent unit) acts
 * as lead; a staff member only for a task passed to them; leaders and the office of the issuing
 * authority are the assigner. Empty means the actor may only look, or not even that.
 */
export function capacitiesOf(actor: Actor, task: TaskInvolvement): Capacity[] {
  const capacities: Capacity[] = [];
  const inScope = (path: string) => isInSubtree(path, actor.scopePath);
  // Only the issuing side decides: a district's office does not confirm a commune's own directives.
  if ((actor.role === 'leader' || actor.role === 'office') && task.authorityPath === actor.scopePath) {
    capacities.push('assigner');
  }
  if (actor.role === 'unit_head' && inScope(task.leadUnitPath)) capacities.push('lead_head');
  if (actor.role === 'unit_staff' && task.assigneeId === actor.id && inScope(task.leadUnitPath))
    capacities.push('lead_staff');
  const coordinates = task.coordinatingUnitPaths.some(inScope);
  if ((actor.role === 'unit_head' || actor.role === 'unit_staff') && coordinates && !capacities.length) {
    capacities.push('coordinator');
  }
  return capacities;
}

/** Whether the actor may see the task at all; outside this, the API answers 404. */
export function canSee(actor: Actor, task: TaskInvolvement): boolean {
  if (actor.role === 'admin' || actor.role === 'leader' || actor.role === 'office') {
    return isInSubtree(task.leadUnitPath, actor.scopePath);
  }
  return [task.leadUnitPath, ...task.coordinatingUnitPaths].some((p) => isInSubtree(p, actor.scopePath));
}
