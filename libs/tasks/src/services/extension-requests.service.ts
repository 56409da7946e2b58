import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { Clock, DomainError, LocalDate } from '@dondoc/core';
import type { Actor } from '@dondoc/users';
import { visibilityCondition } from '../access/task-visibility.sql';
import { ExtensionRequest } from '../entities/extension-request.entity';
import { Task } from '../entities/task.entity';
import { TaskEvents } from '../events/task-events';
import { appendJournal } from './journal';
import { TaskLoader } from './task-loader';

export interface ExtensionRequestInput {
  requestedDueDate: LocalDate;
  reason: string;
}

export interface ExtensionDecisionInput {
  note?: string;
}

const EXTENDABLE: readonly Task['state'][] = ['new', 'in_progress', 'returned', 'paused'];

/**
 * Gia hạn: the lead unit asks before the deadline; a leader or the office decides. Approval moves
 * the deadline in force; the original deadline never changes.
 */
@Injectable()
export class ExtensionRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loader: TaskLoader,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly events: TaskEvents,
  ) {}

  /** The requests waiting for (or given) a decision, across the tasks the actor may see: the office's queue. */
  async list(actor: Actor, query: { status?: ExtensionRequest['status']; page: number; pageSize: number }) {
    const visibility = visibilityCondition(actor);
    const where = [visibility.sql];
    const params: Record<string, unknown> = { ...visibility.params };
    if (query.status) {
      where.push('r.status = :status');
      params.status = query.status;
    }
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `SELECT r.id, r.task_id, r.status, r.reason, r.previous_due_date::text AS previous_due_date,
              r.requested_due_date::text AS requested_due_date, r.created_at, r.decided_at, r.decision_note,
              rb.full_name AS requested_by, t.title AS task_title, lu.name AS lead_unit, d.number AS directive_number,
              count(*) OVER () AS total
         FROM extension_requests r JOIN tasks t ON t.id = r.task_id JOIN units lu ON lu.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id JOIN users rb ON rb.id = r.requested_by_id
        WHERE ${where.join(' AND ')}
        ORDER BY r.created_at DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const rows = await this.db.query<Record<string, unknown>[]>(sql, values);
    return {
      items: rows.map((r) => ({
        id: r.id,
        status: r.status,
        reason: r.reason,
        previousDueDate: r.previous_due_date,
        requestedDueDate: r.requested_due_date,
        requestedBy: r.requested_by,
        createdAt: r.created_at,
        decidedAt: r.decided_at,
        decisionNote: r.decision_note,
        task: {
          id: r.task_id,
          title: r.task_title,
          leadUnit: r.lead_unit,
          directiveNumber: r.directive_number,
        },
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  listForTask(taskId: string, actor: Actor): Promise<ExtensionRequest[]> {
    return this.db.transaction(async (em) => {
      await this.loader.load(em, taskId, actor);
      return em.find(ExtensionRequest, { where: { taskId }, order: { createdAt: 'DESC' } });
    });
  }

  async request(taskId: string, actor: Actor, input: ExtensionRequestInput): Promise<ExtensionRequest> {
    return this.db.transaction(async (em) => {
      const { task, capacities } = await this.loader.load(em, taskId, actor, { lock: true });
      if (!capacities.includes('lead_head') && !capacities.includes('lead_staff')) {
        throw new DomainError('FORBIDDEN', 'Only the lead unit asks for an extension of its task.');
      }
      const due = task.currentDueDate;
      if (!due || !EXTENDABLE.includes(task.state)) {
        throw new DomainError(
          'EXTENSION_NOT_ALLOWED',
          due
            ? `A task that is "${task.state}" cannot be extended.`
            : 'A standing task has no deadline to extend.',
        );
      }
      if (this.clock.today() > due) {
        throw new DomainError('EXTENSION_NOT_ALLOWED', `Ask before the deadline (${due}): it has passed.`, {
          currentDueDate: due,
        });
      }
      if (input.requestedDueDate <= due) {
        throw new DomainError(
          'EXTENSION_NOT_ALLOWED',
          `Ask for a date after the current deadline (${due}).`,
          { field: 'requestedDueDate' },
        );
      }
      if (await em.existsBy(ExtensionRequest, { taskId, status: 'pending' })) {
        throw new DomainError(
          'EXTENSION_ALREADY_PENDING',
          'An extension request for this task is already waiting for a decision.',
        );
      }
      const saved = await em.save(
        em.create(ExtensionRequest, {
          taskId,
          requestedById: actor.id,
          previousDueDate: due,
          requestedDueDate: input.requestedDueDate,
          reason: input.reason.trim(),
        }),
      );
      await appendJournal(em, this.clock.now(), [
        {
          taskId,
          actorId: actor.id,
          action: 'extension_requested',
          note: input.reason.trim(),
          changes: { requestedDueDate: [due, input.requestedDueDate] },
        },
      ]);
      return saved;
    });
  }

  approve(id: string, actor: Actor, input: ExtensionDecisionInput): Promise<ExtensionRequest> {
    return this.decide(id, actor, 'approved', input, async (em, request, task) => {
      if (!EXTENDABLE.includes(task.state)) {
        throw new DomainError(
          'EXTENSION_NOT_ALLOWED',
          `The task is "${task.state}" now; there is no deadline left to extend.`,
        );
      }
      // Civil Code art. 148: a deadline on a non-working day moves to the next working day.
      const newDue = (await this.calendar.getCalendar(em)).rollForward(request.requestedDueDate);
      const version = task.version + 1;
      await em.update(
        Task,
        { id: task.id },
        { currentDueDate: newDue, version, updatedAt: this.clock.now() },
      );
      await this.events.changed(em, [task.id], 'extension_approved');
      return { currentDueDate: [task.currentDueDate, newDue], version };
    });
  }

  reject(id: string, actor: Actor, input: ExtensionDecisionInput): Promise<ExtensionRequest> {
    return this.decide(id, actor, 'rejected', input, async () => ({}));
  }

  private decide(
    id: string,
    actor: Actor,
    status: 'approved' | 'rejected',
    input: ExtensionDecisionInput,
    apply: (em: EntityManager, request: ExtensionRequest, task: Task) => Promise<Record<string, unknown>>,
  ): Promise<ExtensionRequest> {
    return this.db.transaction(async (em) => {
      const request = await em.findOne(ExtensionRequest, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request)
        throw new DomainError(
          'EXTENSION_REQUEST_NOT_FOUND',
          'This extension request does not exist or is not visible to you.',
        );
      const { task, capacities } = await this.loader
        .load(em, request.taskId, actor, { lock: true })
        .catch(() => {
          throw new DomainError(
            'EXTENSION_REQUEST_NOT_FOUND',
            'This extension request does not exist or is not visible to you.',
          );
        });
      if (!capacities.includes('assigner')) {
        throw new DomainError('FORBIDDEN', 'Only a leader or the office decides on extensions.');
      }
      if (request.status !== 'pending') {
        throw new DomainError('EXTENSION_ALREADY_DECIDED', `This request was already ${request.status}.`);
      }
      const { version, ...changes } = await apply(em, request, task);
      Object.assign(request, {
        status,
        decidedById: actor.id,
        decidedAt: this.clock.now(),
        decisionNote: input.note?.trim() || null,
      });
      await em.save(request);
      await appendJournal(em, this.clock.now(), [
        {
          taskId: task.id,
          actorId: actor.id,
          action: status === 'approved' ? 'extension_approved' : 'extension_rejected',
          note: request.decisionNote,
          taskVersion: typeof version === 'number' ? version : null,
          changes: Object.keys(changes).length ? (changes as Record<string, [unknown, unknown]>) : null,
        },
      ]);
      return request;
    });
  }
}
