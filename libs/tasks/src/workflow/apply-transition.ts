import { DomainError } from '@dondoc/core';
import type { Capacity, TaskAction } from './task-actions';
import type { TaskState } from './task-state';
import { PROGRESS_STARTS_WORK, TRANSITIONS } from './transition-table';

export type TransitionOutcome =
  { ok: true; to: TaskState } | { ok: false; reason: 'no_such_transition' | 'not_allowed' };

/**
 * Looks the (state, action) pair up in the table and checks who is asking. Pure: it says what the
 * next state would be; the service writes it. Progress reported by the lead unit on a task not yet
 * started starts it.
 */
export function nextState(
  from: TaskState,
  action: TaskAction,
  capacities: readonly Capacity[],
): TransitionOutcome {
  const row = TRANSITIONS.find((t) => t.from === from && t.action === action);
  if (!row) return { ok: false, reason: 'no_such_transition' };
  if (!capacities.some((c) => row.by.includes(c))) return { ok: false, reason: 'not_allowed' };
  const leadProgress =
    action === 'progress' && capacities.some((c) => c === 'lead_head' || c === 'lead_staff');
  return { ok: true, to: (leadProgress && PROGRESS_STARTS_WORK[from]) || row.to };
}

/** Which actions the actor could take now: what the UI offers as buttons. */
export function availableActions(from: TaskState, capacities: readonly Capacity[]): TaskAction[] {
  return TRANSITIONS.filter((t) => t.from === from && capacities.some((c) => t.by.includes(c))).map(
    (t) => t.action,
  );
}

/** nextState, or the coded refusal a person reads: 422 for the workflow, 403 for the wrong person. */
export function requireTransition(
  from: TaskState,
  action: TaskAction,
  capacities: readonly Capacity[],
): TaskState {
  const outcome = nextState(from, action, capacities);
  if (outcome.ok) return outcome.to;
  if (outcome.reason === 'not_allowed') {
    throw new DomainError(
      'FORBIDDEN',
      `You may not "${action}" this task: it is not yours to ${action.replace('_', ' ')}.`,
      {
        action,
        state: from,
      },
    );
  }
  throw new DomainError('TASK_INVALID_TRANSITION', `A task that is "${from}" cannot be "${action}".`, {
    action,
    state: from,
  });
}
