import { DomainError } from '@dondoc/core';
import { availableActions, nextState, requireTransition } from './apply-transition';
import { CAPACITIES, Capacity, TASK_ACTIONS, TaskAction } from './task-actions';
import { TASK_STATES, TaskState } from './task-state';

/**
 * The workflow written out by hand, independently of the table: for each state, each action, who
 * may take it ('H' lead head, 'S' lead staff, 'C' coordinator, 'A' assigner) and the next state.
 * Every (state, action, capacity) triple not listed must be refused.
 */
const EXPECTED: Record<
  TaskState,
  Partial<Record<TaskAction, [string, TaskState | ((c: Capacity) => TaskState)]>>
> = {
  new: {
    start: ['HS', 'in_progress'],
    progress: ['HSC', (c) => (c === 'coordinator' ? 'new' : 'in_progress')],
    report_done: ['HS', 'awaiting_confirmation'],
    pause: ['A', 'paused'],
    cancel: ['A', 'cancelled'],
    reassign: ['H', 'new'],
  },
  in_progress: {
    progress: ['HSC', 'in_progress'],
    report_done: ['HS', 'awaiting_confirmation'],
    pause: ['A', 'paused'],
    cancel: ['A', 'cancelled'],
    reassign: ['H', 'in_progress'],
  },
  returned: {
    start: ['HS', 'in_progress'],
    progress: ['HSC', (c) => (c === 'coordinator' ? 'returned' : 'in_progress')],
    report_done: ['HS', 'awaiting_confirmation'],
    pause: ['A', 'paused'],
    cancel: ['A', 'cancelled'],
    reassign: ['H', 'returned'],
  },
  awaiting_confirmation: {
    confirm: ['A', 'done'],
    return: ['A', 'returned'],
    pause: ['A', 'paused'],
    cancel: ['A', 'cancelled'],
  },
  paused: { resume: ['A', 'in_progress'], cancel: ['A', 'cancelled'] },
  done: {},
  cancelled: {},
};

const LETTER: Record<Capacity, string> = { lead_head: 'H', lead_staff: 'S', coordinator: 'C', assigner: 'A' };

const triples = TASK_STATES.flatMap((s) =>
  TASK_ACTIONS.flatMap((a) => CAPACITIES.map((c) => [s, a, c] as const)),
);

describe('task workflow', () => {
  it.each(triples)('%s × %s by %s', (state, action, capacity) => {
    const rule = EXPECTED[state][action];
    const outcome = nextState(state, action, [capacity]);
    if (!rule) {
      expect(outcome).toEqual({ ok: false, reason: 'no_such_transition' });
    } else if (!rule[0].includes(LETTER[capacity])) {
      expect(outcome).toEqual({ ok: false, reason: 'not_allowed' });
    } else {
      const to = typeof rule[1] === 'function' ? rule[1](capacity) : rule[1];
      expect(outcome).toEqual({ ok: true, to });
    }
  });

  it('covers every state, action and capacity', () => {
    expect(triples).toHaveLength(7 * 9 * 4);
  });

  it('never leaves done or cancelled', () => {
    for (const c of CAPACITIES) {
      expect(availableActions('done', [c])).toEqual([]);
      expect(availableActions('cancelled', [c])).toEqual([]);
    }
  });

  it('lets a head who also coordinates act as lead', () => {
    expect(nextState('new', 'progress', ['coordinator', 'lead_head'])).toEqual({
      ok: true,
      to: 'in_progress',
    });
  });

  it('offers the lead unit exactly what it may do', () => {
    expect(availableActions('in_progress', ['lead_head']).sort()).toEqual([
      'progress',
      'reassign',
      'report_done',
    ]);
    expect(availableActions('in_progress', ['coordinator'])).toEqual(['progress']);
    expect(availableActions('awaiting_confirmation', ['assigner']).sort()).toEqual([
      'cancel',
      'confirm',
      'pause',
      'return',
    ]);
  });

  it('refuses with a coded error a person can act on', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a refusal');
    };
    const invalid = refusal(() => requireTransition('done', 'report_done', ['lead_head']));
    expect([invalid.code, invalid.status, invalid.message]).toEqual([
      'TASK_INVALID_TRANSITION',
      422,
      'A task that is "done" cannot be "report_done".',
    ]);
    const forbidden = refusal(() => requireTransition('awaiting_confirmation', 'confirm', ['lead_head']));
    expect([forbidden.code, forbidden.status]).toEqual(['FORBIDDEN', 403]);
  });
});
