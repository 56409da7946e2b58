import { DomainError } from '@dondoc/core';
import type { Task } from '../entities/task.entity';

/** Optimistic concurrency: the client says which version it saw; any other means someone changed it since. */
export function assertVersion(task: Pick<Task, 'version' | 'id'>, expected: number): void {
  if (task.version !== expected) {
    throw new DomainError(
      'TASK_VERSION_CONFLICT',
      'Someone else changed this task after you opened it. Reload it, check what changed, and try again.',
      { taskId: task.id, yourVersion: expected, currentVersion: task.version },
    );
  }
}
