import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, localDateOf, validationError } from '@dondoc/core';
import { User } from '@dondoc/users';
import type { Actor } from '@dondoc/users';
import { Task } from '../entities/task.entity';
import { TaskEvents } from '../events/task-events';
import { requireTransition } from '../workflow/apply-transition';
import type { TaskAction } from '../workflow/task-actions';
import { appendJournal } from './journal';
import { LoadedTask, TaskLoader } from './task-loader';
import { assertVersion } from './version-check';

export interface TaskActionInput {
  action: TaskAction;
  version: number;
  note?: string;
  progressPercent?: number;
  /** reassign: the staff member to pass the task to; null takes it back to the unit head. */
  assigneeId?: string | null;
}

/** Actions that need a reason a person can read later. */
const NOTE_REQUIRED: readonly TaskAction[] = ['progress', 'return', 'cancel', 'pause'];

/** Applies one workflow action to a task: checks the table, the version, writes the change and its journal line together. */
@Injectable()
export class TaskActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loader: TaskLoader,
    private readonly clock: Clock,
    private readonly events: TaskEvents,
  ) {}

  async act(taskId: string, actor: Actor, input: TaskActionInput): Promise<Task> {
    this.validate(input);
    return this.db.transaction(async (em) => {
      const loaded = await this.loader.load(em, taskId, actor, { lock: true });
      if (!loaded.capacities.length) {
        throw new DomainError('FORBIDDEN', 'You can see this task but not act on it.', {
          action: input.action,
        });
      }
      assertVersion(loaded.task, input.version);
      const to = requireTransition(loaded.task.state, input.action, loaded.capacities);
      const changes = await this.effects(em, loaded, input, actor);
      const from = loaded.task.state;
      const changeLog = diff(loaded.task, changes);
      const task = await this.save(em, loaded.task, { ...changes, state: to });
      await appendJournal(em, this.clock.now(), [
        {
          taskId,
          actorId: actor.id,
          action: input.action,
          fromState: from,
          toState: to,
          note: input.note ?? null,
          progressPercent: input.progressPercent ?? null,
          taskVersion: task.version,
          changes: changeLog,
        },
      ]);
      await this.events.changed(em, [taskId], input.action);
      return task;
    });
  }

  private validate(input: TaskActionInput): void {
    if (NOTE_REQUIRED.includes(input.action) && !input.note?.trim() && input.progressPercent === undefined) {
      throw validationError([
        { field: 'note', messages: [`Say why or what was done: "${input.action}" needs a note.`] },
      ]);
    }
    if (input.action === 'reassign' && input.assigneeId === undefined) {
      throw validationError([
        { field: 'assigneeId', messages: ['Name the staff member (or null to take the task back).'] },
      ]);
    }
  }

  /** The field changes an action brings besides the state. */
  private async effects(
    em: EntityManager,
    loaded: LoadedTask,
    input: TaskActionInput,
    actor: Actor,
  ): Promise<Partial<Task>> {
    const now = this.clock.now();
    const isLead = loaded.capacities.includes('lead_head') || loaded.capacities.includes('lead_staff');
    const noted: Partial<Task> =
      input.note?.trim() && isLead ? { latestNote: input.note.trim(), latestNoteAt: now } : {};
    switch (input.action) {
      case 'progress':
        // A coordinating unit's note is a contribution in the journal; the task's own progress is the lead's.
        return isLead && input.progressPercent !== undefined
          ? { ...noted, progressPercent: input.progressPercent }
          : noted;
      case 'report_done':
        return { ...noted, reportedDoneAt: now, progressPercent: 100 };
      case 'confirm':
        return { completedOn: localDateOf(loaded.task.reportedDoneAt ?? now) };
      case 'return':
        return { reportedDoneAt: null };
      case 'reassign':
        return { assigneeId: await this.checkAssignee(em, loaded, input.assigneeId ?? null, actor) };
      case 'start':
      case 'pause':
      case 'resume':
      case 'cancel':
        return noted;
    }
  }

  private async checkAssignee(
    em: EntityManager,
    loaded: LoadedTask,
    assigneeId: string | null,
    actor: Actor,
  ): Promise<string | null> {
    if (assigneeId === null) return null;
    const user = await em.findOne(User, { where: { id: assigneeId }, relations: { unit: true } });
    const ok =
      user?.active &&
      user.unit &&
      user.role === 'unit_staff' &&
      user.unit.path === loaded.involvement.leadUnitPath;
    if (!ok || !user.unit?.path.startsWith(actor.scopePath)) {
      throw new DomainError('ASSIGNEE_INVALID', 'Pass the task to an active staff member of the lead unit.', {
        field: 'assigneeId',
      });
    }
    return user.id;
  }

  private async save(em: EntityManager, task: Task, changes: Partial<Task>): Promise<Task> {
    Object.assign(task, changes, { version: task.version + 1, updatedAt: this.clock.now() });
    await em.update(Task, { id: task.id }, { ...changes, version: task.version, updatedAt: task.updatedAt });
    return task;
  }
}

function diff(before: Task, changes: Partial<Task>): Record<string, [unknown, unknown]> | null {
  const entries = Object.entries(changes).filter(
    ([k, v]) => before[k as keyof Task] !== v && k !== 'latestNoteAt',
  );
  return entries.length
    ? Object.fromEntries(entries.map(([k, v]) => [k, [before[k as keyof Task], v]]))
    : null;
}
