import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LocalDate } from '@dondoc/core';
import type { DeliveryKind, DeliveryState } from '../entities/delivery.entity';
import type { Channel } from '../policy/send-window';

export interface ClaimedDelivery {
  id: string;
  key: string;
  kind: DeliveryKind;
  taskId: string | null;
  recipientId: string;
  channel: Channel;
  audience: string;
  dueDate: LocalDate | null;
  occursOn: LocalDate;
  claimedAt: Date;
}

export interface Outcome {
  state: Extract<DeliveryState, 'sent' | 'failed' | 'unknown' | 'cancelled'>;
  at: Date;
  providerMessageId?: string | null;
  error?: string | null;
  address?: string | null;
}

const CLAIMED_COLUMNS = `id, key, kind, task_id AS "taskId", recipient_id AS "recipientId", channel, audience,
  due_date AS "dueDate", occurs_on AS "occursOn", claimed_at AS "claimedAt"`;

/**
 * The state changes of a delivery, each one guarded SQL statement. A claim (planned → sending)
 * succeeds for one caller only; an outcome is written only by the holder of the claim, and a
 * digest's items always follow their digest.
 */
@Injectable()
export class DeliveryStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Takes a planned delivery whose time has come; null when someone else has it or it is done. */
  async claim(id: string, now: Date): Promise<ClaimedDelivery | null> {
    const [rows] = await this.db.query(
      `UPDATE deliveries SET state = 'sending', claimed_at = $2, attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND state = 'planned' AND send_after <= $2::timestamptz + interval '1 second'
        RETURNING ${CLAIMED_COLUMNS}`,
      [id, now.toISOString()],
    );
    return (rows as ClaimedDelivery[])[0] ?? null;
  }

  /** A digest's waiting items, taken with it. */
  async claimItems(digest: ClaimedDelivery): Promise<ClaimedDelivery[]> {
    const [rows] = await this.db.query(
      `UPDATE deliveries SET state = 'sending', claimed_at = $2, updated_at = now()
        WHERE digest_id = $1 AND state = 'planned' RETURNING ${CLAIMED_COLUMNS}`,
      [digest.id, digest.claimedAt],
    );
    return rows as ClaimedDelivery[];
  }

  async finish(claimed: ClaimedDelivery, outcome: Outcome): Promise<void> {
    const values = [
      claimed.id,
      outcome.state,
      outcome.state === 'sent' ? outcome.at.toISOString() : null,
      outcome.providerMessageId ?? null,
      outcome.error ?? null,
      outcome.address ?? null,
    ];
    const set = `state = $2, sent_at = COALESCE($3, sent_at), provider_message_id = COALESCE($4, provider_message_id),
                 last_error = $5, address = COALESCE($6, address), updated_at = now()`;
    const [, count] = await this.db.query(
      `UPDATE deliveries SET ${set} WHERE id = $1 AND state = 'sending' AND claimed_at = $7`,
      [...values, claimed.claimedAt],
    );
    if (!count && outcome.state === 'sent') {
      // Our claim was presumed dead (a slow send outlived the lease) yet the message went: say so.
      await this.db.query(
        `UPDATE deliveries SET ${set} WHERE id = $1 AND state IN ('sending', 'planned', 'unknown')`,
        values,
      );
    }
    if (claimed.kind === 'digest') {
      await this.db.query(`UPDATE deliveries SET ${set} WHERE digest_id = $1 AND state = 'sending'`, values);
    }
  }

  /** Items of a digest that no longer apply. */
  async cancelItems(ids: string[], reason: string): Promise<void> {
    if (!ids.length) return;
    await this.db.query(
      `UPDATE deliveries SET state = 'cancelled', last_error = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND state = 'sending'`,
      [ids, reason],
    );
  }

  /**
   * Gives the claim back without a final outcome: planned again, to go at `sendAfter`. A deferral
   * (quiet hours, day off) does not count as an attempt and is re-enqueued by the dispatcher; a
   * transient failure counts and is retried by the queue.
   */
  async release(
    claimed: ClaimedDelivery,
    release: { sendAfter?: Date; error: string | null; countAttempt: boolean; requeue: boolean },
  ): Promise<void> {
    const values = [
      claimed.id,
      claimed.claimedAt,
      release.sendAfter?.toISOString() ?? null,
      release.error,
      release.countAttempt ? 0 : 1,
      release.requeue,
    ];
    await this.db.query(
      `UPDATE deliveries SET state = 'planned', send_after = COALESCE($3, send_after), last_error = $4,
              attempts = attempts - $5, enqueued_at = CASE WHEN $6 THEN NULL ELSE enqueued_at END, updated_at = now()
        WHERE id = $1 AND state = 'sending' AND claimed_at = $2`,
      values,
    );
    if (claimed.kind === 'digest') {
      await this.db.query(
        `UPDATE deliveries SET state = 'planned', updated_at = now() WHERE digest_id = $1 AND state = 'sending'`,
        [claimed.id],
      );
    }
  }
}
