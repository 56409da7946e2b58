import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@dondoc/core';
import { visibilityCondition } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import type { DeliveryState } from '../entities/delivery.entity';
import type { Channel } from '../policy/send-window';

export interface DeliveryLogFilter {
  taskId?: string;
  recipientId?: string;
  status?: DeliveryState[];
  channel?: Channel;
  page: number;
  pageSize: number;
}

export interface DeliveryLogLine {
  id: string;
  kind: string;
  channel: Channel;
  state: DeliveryState;
  task: { id: string; title: string } | null;
  recipient: { id: string; fullName: string };
  address: string | null;
  audience: string;
  occursOn: string;
  dueDate: string | null;
  plannedAt: Date;
  sendAfter: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  attempts: number;
  providerMessageId: string | null;
  lastError: string | null;
  digestId: string | null;
}

/**
 * The delivery log the office reads: every message, to whom, on which channel, when planned, sent
 * and delivered, with the provider's id and the last error. Scoped like the task list: a digest
 * (no task) is visible to those who may see its recipient's unit.
 */
@Injectable()
export class DeliveryLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    actor: Actor,
    filter: DeliveryLogFilter,
  ): Promise<{ items: DeliveryLogLine[]; total: number; page: number; pageSize: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const visible = visibilityCondition(actor, 't');
    const scope = param(`${actor.scopePath}%`);
    where.push(
      `((d.task_id IS NOT NULL AND ${visible.sql.replace(/:scopePrefix/g, scope)})
        OR (d.task_id IS NULL AND ru.path LIKE ${scope}))`,
    );
    if (filter.taskId) where.push(`d.task_id = ${param(filter.taskId)}`);
    if (filter.recipientId) where.push(`d.recipient_id = ${param(filter.recipientId)}`);
    if (filter.status?.length) where.push(`d.state = ANY(${param(filter.status)}::text[])`);
    if (filter.channel) where.push(`d.channel = ${param(filter.channel)}`);
    const from = `FROM deliveries d
      JOIN users r ON r.id = d.recipient_id
      JOIN units ru ON ru.id = r.unit_id
      LEFT JOIN tasks t ON t.id = d.task_id
      WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: LogRow[] = await this.db.query(
      `SELECT d.id, d.kind, d.channel, d.state, d.task_id, t.title AS task_title, d.recipient_id,
              r.full_name AS recipient_name, d.address, d.audience, d.occurs_on, d.due_date, d.planned_at,
              d.send_after, d.sent_at, d.delivered_at, d.attempts, d.provider_message_id, d.last_error, d.digest_id
         ${from}
        ORDER BY d.planned_at DESC, d.id
        LIMIT ${param(filter.pageSize)} OFFSET ${param((filter.page - 1) * filter.pageSize)}`,
      params,
    );
    return { items: rows.map(toLine), total, page: filter.page, pageSize: filter.pageSize };
  }

  /** A task's deliveries and whether any failed, for the task screen; 404 outside the actor's scope. */
  async forTask(
    actor: Actor,
    taskId: string,
  ): Promise<{ failed: number; unknown: number; items: DeliveryLogLine[] }> {
    const visible = visibilityCondition(actor, 't');
    const seen = await this.db
      .createQueryBuilder()
      .select('t.id')
      .from('tasks', 't')
      .where('t.id = :taskId', { taskId })
      .andWhere(visible.sql, visible.params)
      .getRawOne();
    if (!seen) throw new DomainError('TASK_NOT_FOUND', 'This task does not exist or is not visible to you.');
    const { items } = await this.list(actor, { taskId, page: 1, pageSize: 200 });
    return {
      failed: items.filter((i) => i.state === 'failed').length,
      unknown: items.filter((i) => i.state === 'unknown').length,
      items,
    };
  }
}

interface LogRow {
  id: string;
  kind: string;
  channel: Channel;
  state: DeliveryState;
  task_id: string | null;
  task_title: string | null;
  recipient_id: string;
  recipient_name: string;
  address: string | null;
  audience: string;
  occurs_on: string;
  due_date: string | null;
  planned_at: Date;
  send_after: Date;
  sent_at: Date | null;
  delivered_at: Date | null;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
  digest_id: string | null;
}

function toLine(r: LogRow): DeliveryLogLine {
  return {
    id: r.id,
    kind: r.kind,
    channel: r.channel,
    state: r.state,
    task: r.task_id ? { id: r.task_id, title: r.task_title ?? '' } : null,
    recipient: { id: r.recipient_id, fullName: r.recipient_name },
    address: r.address,
    audience: r.audience,
    occursOn: r.occurs_on,
    dueDate: r.due_date,
    plannedAt: r.planned_at,
    sendAfter: r.send_after,
    sentAt: r.sent_at,
    deliveredAt: r.delivered_at,
    attempts: r.attempts,
    providerMessageId: r.provider_message_id,
    lastError: r.last_error,
    digestId: r.digest_id,
  };
}
