import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { AppConfig, Clock, TIME_ZONE } from '@dondoc/core';
import { jobId, JobQueues } from '@dondoc/queue';
import { digestMomentFor, Channel } from '../policy/send-window';

const PAGE = 5000;

/** The job id of one planned send: a new sendAfter (deferral, crash recovery) gives a new job. */
export const deliveryJob = (id: string, sendAfter: Date) => jobId('dlv', id, String(sendAfter.getTime()));

/**
 * Hands deliveries to the channel queues shortly before they are due (Redis holds only what is
 * about to happen), assembles morning digests, and recovers what a crash left half done.
 */
@Injectable()
export class DeliveryDispatcher {
  private readonly logger = new Logger('DeliveryDispatcher');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
    private readonly calendar: CalendarService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * How far ahead deliveries are handed to the queue, with their remaining delay; also how long a
   * due delivery may sit enqueued but unclaimed before it is presumed lost and enqueued again.
   */
  get horizonMs(): number {
    return Math.max(2_000, 3 * this.config.REMINDER_TICK_MS);
  }

  /** One digest per person, channel and morning, gathering the items waiting for it. */
  async assembleDigests(): Promise<void> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + this.horizonMs).toISOString();
    const day = `to_char(i.send_after AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD')`;
    await this.db.query(
      `INSERT INTO deliveries (key, kind, task_id, recipient_id, channel, audience, occurs_on, planned_at, send_after)
       SELECT 'digest-' || ${day}, 'digest', NULL, i.recipient_id, i.channel, 'digest', ${day}::date,
              min(i.send_after), min(i.send_after)
         FROM deliveries i
        WHERE i.state = 'planned' AND i.digest AND i.digest_id IS NULL AND i.send_after <= $1
        GROUP BY ${day}, i.recipient_id, i.channel
       ON CONFLICT (key, recipient_id, channel) DO NOTHING`,
      [horizon],
    );
    await this.db.query(
      `UPDATE deliveries i SET digest_id = d.id, updated_at = now()
         FROM deliveries d
        WHERE i.state = 'planned' AND i.digest AND i.digest_id IS NULL AND i.send_after <= $1
          AND d.kind = 'digest' AND d.state = 'planned' AND d.recipient_id = i.recipient_id
          AND d.channel = i.channel AND d.key = 'digest-' || ${day}`,
      [horizon],
    );
    // Items whose morning digest has already gone wait for the next one.
    const late: { id: string }[] = await this.db.query(
      `SELECT id FROM deliveries i WHERE i.state = 'planned' AND i.digest AND i.digest_id IS NULL AND i.send_after <= $1`,
      [now.toISOString()],
    );
    if (late.length) {
      const next = digestMomentFor(new Date(now.getTime() + 1000), await this.calendar.getCalendar());
      await this.db.query(
        `UPDATE deliveries SET send_after = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
        [late.map((r) => r.id), next.toISOString()],
      );
    }
  }

  /**
   * Enqueues planned deliveries due within the horizon, each as a delayed job. One enqueued long
   * ago and still planned well past its time was lost (Redis restarted empty): it is enqueued again
   * under the same id, which is a no-op if the job still exists.
   */
  async enqueueDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock.now();
      const horizon = new Date(now.getTime() + this.horizonMs);
      const stale = new Date(now.getTime() - this.horizonMs);
      const rows: { id: string; channel: Channel; send_after: Date }[] = await this.db.query(
        `SELECT id, channel, send_after FROM deliveries
          WHERE state = 'planned' AND NOT digest AND send_after <= $1
            AND (enqueued_at IS NULL OR (enqueued_at < $2 AND send_after < $2))
          ORDER BY send_after LIMIT ${PAGE}`,
        [horizon.toISOString(), stale.toISOString()],
      );
      if (!rows.length) return total;
      for (const channel of ['email', 'sms'] as const) {
        await this.queues.enqueueBulk(
          channel,
          'deliver',
          rows
            .filter((r) => r.channel === channel)
            .map((r) => ({
              data: { deliveryId: r.id },
              options: {
                jobId: deliveryJob(r.id, r.send_after),
                delay: r.send_after.getTime() - now.getTime(),
              },
            })),
        );
      }
      await this.db.query(`UPDATE deliveries SET enqueued_at = $2 WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
        now.toISOString(),
      ]);
      total += rows.length;
      if (rows.length < PAGE) return total;
    }
  }

  /**
   * Claims older than the lease belong to a worker that died mid-send. An email may have gone:
   * it becomes "unknown" for the office to check, never re-sent. An SMS is planned again at once:
   * it goes back to the gateway under the same request id, which the gateway does not send twice.
   */
  async recoverAbandoned(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.DELIVERY_LEASE_MS).toISOString();
    const [rows] = await this.db.query(
      `UPDATE deliveries SET
              state = CASE WHEN channel = 'sms' THEN 'planned' ELSE 'unknown' END,
              send_after = CASE WHEN channel = 'sms' THEN $2::timestamptz ELSE send_after END,
              enqueued_at = CASE WHEN channel = 'sms' THEN NULL ELSE enqueued_at END,
              last_error = CASE WHEN channel = 'sms'
                THEN 'Worker stopped while sending; sent again under the same request id.'
                ELSE 'Worker stopped while sending: the email may or may not have gone (not re-sent).' END,
              updated_at = now()
        WHERE state = 'sending' AND digest_id IS NULL AND claimed_at < $1
        RETURNING id, state, last_error`,
      [cutoff, now.toISOString()],
    );
    const recovered = rows as { id: string; state: string; last_error: string }[];
    for (const r of recovered) {
      await this.db.query(
        `UPDATE deliveries SET state = $2, last_error = $3, updated_at = now() WHERE digest_id = $1 AND state = 'sending'`,
        [r.id, r.state, r.last_error],
      );
    }
    if (recovered.length) this.logger.warn(`Recovered ${recovered.length} deliveries abandoned mid-send`);
    return recovered.length;
  }
}
