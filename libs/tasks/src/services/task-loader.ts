import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@dondoc/core';
import type { Actor } from '@dondoc/users';
import { canSee, capacitiesOf, TaskInvolvement } from '../access/task-capacities';
import { Task } from '../entities/task.entity';
import type { Capacity } from '../workflow/task-actions';

export interface LoadedTask {
  task: Task;
  involvement: TaskInvolvement;
  coordinatingUnits: { id: string; name: string }[];
  capacities: Capacity[];
}

const notFound = () =>
  new DomainError('TASK_NOT_FOUND', 'This task does not exist or is not visible to you.');

/** Reads a task with what access decisions need, and answers 404 for one the actor may not see. */
@Injectable()
export class TaskLoader {
  async load(
    em: EntityManager,
    id: string,
    actor: Actor,
    opts: { lock?: boolean } = {},
  ): Promise<LoadedTask> {
    const qb = em.createQueryBuilder(Task, 't').where('t.id = :id', { id });
    if (opts.lock) qb.setLock('pessimistic_write');
    const task = await qb.getOne();
    if (!task) throw notFound();
    const [meta] = await em.query<{ lead_path: string; authority_path: string }[]>(
      `SELECT lu.path AS lead_path, au.path AS authority_path
         FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id JOIN units au ON au.id = d.authority_id
        WHERE t.id = $1`,
      [id],
    );
    const coordinating = await em.query<{ id: string; name: string; path: string }[]>(
      `SELECT u.id, u.name, u.path FROM task_units tu JOIN units u ON u.id = tu.unit_id
        WHERE tu.task_id = $1 AND tu.role = 'coordinating' ORDER BY u.name`,
      [id],
    );
    const involvement: TaskInvolvement = {
      leadUnitPath: meta.lead_path,
      authorityPath: meta.authority_path,
      coordinatingUnitPaths: coordinating.map((c) => c.path),
      assigneeId: task.assigneeId,
    };
    if (!canSee(actor, involvement)) throw notFound();
    return {
      task,
      involvement,
      coordinatingUnits: coordinating.map(({ id: unitId, name }) => ({ id: unitId, name })),
      capacities: capacitiesOf(actor, involvement),
    };
  }
}
