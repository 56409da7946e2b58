import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TaskAction } from '../workflow/task-actions';

/** Why tasks changed: a workflow action, an approved extension, or creation from a directive. */
export type TaskChangeReason = TaskAction | 'created' | 'extension_approved';

/**
 * Runs inside the transaction that changed the tasks, after the change: whatever it writes commits
 * or rolls back with the change itself (the guarantee an outbox gives, without a table to drain).
 */
export type TaskChangeListener = (
  em: EntityManager,
  taskIds: string[],
  reason: TaskChangeReason,
) => Promise<void>;

/**
 * The seam through which other parts (reminders) follow task changes without libs/tasks knowing
 * them. With no listener, changed() does nothing.
 */
@Injectable()
export class TaskEvents {
  private readonly listeners: TaskChangeListener[] = [];

  subscribe(listener: TaskChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(em: EntityManager, taskIds: string[], reason: TaskChangeReason): Promise<void> {
    if (!taskIds.length) return;
    for (const listener of this.listeners) await listener(em, taskIds, reason);
  }
}
