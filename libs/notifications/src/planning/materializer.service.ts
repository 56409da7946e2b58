import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService, WorkingDayCalendar } from '@dondoc/calendar';
import { addDays, Clock, instantAt, LocalDate, localDateOf } from '@dondoc/core';
import { messagesFor } from '../policy/channels';
import { nextOccurrenceDate, occurrencesOn } from '../policy/occurrences';
import { DIGEST_AT_MINUTES } from '../policy/reminder-policy';
import { digestMomentFor, nextAllowedMoment, Channel } from '../policy/send-window';
import { PolicySet, ReminderPolicies } from './reminder-policies.service';
import { RecipientDirectory } from './recipient-directory';
import { ScheduleRow, upsertSchedules } from './reminder-planner.service';
import { loadTaskFacts, TaskFacts } from './task-facts';

export interface NewDelivery {
  key: string;
  kind: string;
  taskId: string;
  recipientId: string;
  channel: Channel;
  audience: string;
  dueDate: LocalDate;
  occursOn: LocalDate;
  digest: boolean;
  plannedAt: Date;
}

const BATCH = 1000;

/**
 * Turns the reminder days that have come into deliveries: for each due schedule row, the day's
 * occurrences × their recipients × each person's channels, planned at the policy's hour (or the
 * morning digest), never on a day off or, for SMS, at night. Then moves the row to its next day.
 * Rows are taken with SKIP LOCKED, so two workers share the work without doing it twice.
 */
@Injectable()
export class ReminderMaterializer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly policies: ReminderPolicies,
    private readonly clock: Clock,
  ) {}

  /**
   * Answers how many deliveries were planned. Runs until no row is due: a row that skipped a missed
   * day lands on today and is taken on the next pass; a row done for today moves past it.
   */
  async materializeDue(): Promise<number> {
    let planned = 0;
    for (;;) {
      const { rows, deliveries } = await this.db.transaction((em) => this.batch(em));
      planned += deliveries;
      if (rows === 0) return planned;
    }
  }

  private async batch(em: EntityManager): Promise<{ rows: number; deliveries: number }> {
    const now = this.clock.now();
    const due: { task_id: string; next_on: LocalDate }[] = await em.query(
      `SELECT task_id, next_on FROM reminder_schedules WHERE next_at <= $1
        ORDER BY next_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      [now.toISOString()],
    );
    if (!due.length) return { rows: 0, deliveries: 0 };
    const calendar = await this.calendar.getCalendar();
    const policies = await this.policies.current();
    const facts = await loadTaskFacts(
      em,
      due.map((r) => r.task_id),
    );
    const directory = await RecipientDirectory.load(em, facts.values());
    const today = localDateOf(now);
    const deliveries: NewDelivery[] = [];
    const next: ScheduleRow[] = [];
    const done: string[] = [];
    for (const row of due) {
      const task = facts.get(row.task_id);
      if (!task) continue;
      const policy = policies.forDirective(task.directiveId);
      // A day missed while no worker ran is skipped: the next reminder will say where the task stands.
      if (row.next_on === today) {
        deliveries.push(...this.deliveriesOn(task, today, now, policies, directory, calendar));
      }
      const from = row.next_on < today ? today : addDays(today, 1);
      const nextOn = nextOccurrenceDate(task, from, policy, calendar);
      if (nextOn)
        next.push({ taskId: task.id, dueDate: task.currentDueDate!, nextOn, nextAt: instantAt(nextOn, 0) });
      else done.push(task.id);
    }
    await insertDeliveries(em, deliveries);
    await upsertSchedules(em, next);
    const gone = due.map((r) => r.task_id).filter((id) => !facts.has(id));
    if (done.length || gone.length) {
      await em.query(`DELETE FROM reminder_schedules WHERE task_id = ANY($1::uuid[])`, [[...done, ...gone]]);
    }
    return { rows: due.length, deliveries: deliveries.length };
  }

  /** The messages one task's reminders give on one day. */
  deliveriesOn(
    task: TaskFacts,
    day: LocalDate,
    now: Date,
    policies: PolicySet,
    directory: RecipientDirectory,
    calendar: WorkingDayCalendar,
  ): NewDelivery[] {
    const policy = policies.forDirective(task.directiveId);
    const found: NewDelivery[] = [];
    for (const occurrence of occurrencesOn(task, day, policy, calendar)) {
      for (const person of directory.recipientsFor(occurrence.audience, task, policy)) {
        for (const message of messagesFor(occurrence.audience, person)) {
          const at = (minutes: number) =>
            new Date(Math.max(instantAt(day, minutes).getTime(), now.getTime()));
          const plannedAt = message.digest
            ? digestMomentFor(at(DIGEST_AT_MINUTES), calendar)
            : nextAllowedMoment(at(policy.sendAtMinutes), message.channel, calendar);
          found.push({
            key: `${task.id}.${occurrence.key}`,
            kind: occurrence.kind,
            taskId: task.id,
            recipientId: message.recipientId,
            channel: message.channel,
            audience: occurrence.audience,
            dueDate: occurrence.dueDate,
            occursOn: day,
            digest: message.digest,
            plannedAt,
          });
        }
      }
    }
    return found;
  }
}

/** Inserts planned deliveries; one already planned under the same (key, recipient, channel) is kept as it is. */
export async function insertDeliveries(em: EntityManager, rows: NewDelivery[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const page = rows.slice(i, i + 5000);
    const col = <K extends keyof NewDelivery>(k: K) => page.map((r) => r[k]);
    await em.query(
      `INSERT INTO deliveries (key, kind, task_id, recipient_id, channel, audience, due_date, occurs_on,
                               digest, planned_at, send_after)
       SELECT k, kind, task_id, recipient_id, channel, audience, due_date, occurs_on, digest, at, at
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[],
                     $8::date[], $9::boolean[], $10::timestamptz[])
           AS x(k, kind, task_id, recipient_id, channel, audience, due_date, occurs_on, digest, at)
       ON CONFLICT (key, recipient_id, channel) DO NOTHING`,
      [
        col('key'),
        col('kind'),
        col('taskId'),
        col('recipientId'),
        col('channel'),
        col('audience'),
        col('dueDate'),
        col('occursOn'),
        col('digest'),
        page.map((r) => r.plannedAt.toISOString()),
      ],
    );
  }
}
