import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { timingSafeEqual } from 'node:crypto';
import { AppConfig, Clock, DomainError } from '@dondoc/core';
import { SmsGateway } from '../channels/sms-gateway';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Delivery receipts the SMS gateway posts back: authenticated by a shared secret, recorded in the log. */
@Injectable()
export class SmsReceipts {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: SmsGateway,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  assertSecret(given: string | undefined): void {
    const expected = Buffer.from(this.config.SMS_CALLBACK_SECRET);
    const actual = Buffer.from(given ?? '');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw new DomainError('SMS_CALLBACK_REJECTED', 'The callback secret is missing or wrong.');
    }
  }

  /** Records a receipt (the latest one wins) and answers whether it matched a delivery. */
  async record(body: unknown): Promise<{ matched: boolean }> {
    const receipt = this.gateway.parseReceipt(body);
    if (!receipt) {
      throw new DomainError('VALIDATION_FAILED', 'Not a delivery receipt this gateway sends.');
    }
    const requestId = receipt.requestId && UUID_RE.test(receipt.requestId) ? receipt.requestId : null;
    const [rows] = await this.db.query(
      `UPDATE deliveries SET
              state = CASE WHEN $3 THEN 'delivered' ELSE 'failed' END,
              delivered_at = CASE WHEN $3 THEN $4::timestamptz ELSE delivered_at END,
              last_error = $5, updated_at = now()
        WHERE channel = 'sms' AND state IN ('sent', 'delivered', 'failed', 'unknown', 'sending')
          AND (($1::text IS NOT NULL AND provider_message_id = $1) OR ($2::uuid IS NOT NULL AND id = $2::uuid))
        RETURNING id, kind, state, last_error`,
      [
        receipt.providerMessageId,
        requestId,
        receipt.delivered,
        this.clock.now().toISOString(),
        receipt.error,
      ],
    );
    const matched = rows as { id: string; kind: string; state: string; last_error: string | null }[];
    for (const d of matched.filter((m) => m.kind === 'digest')) {
      await this.db.query(
        `UPDATE deliveries SET state = $2, delivered_at = CASE WHEN $2 = 'delivered' THEN $4::timestamptz ELSE delivered_at END,
                last_error = $3, updated_at = now() WHERE digest_id = $1`,
        [d.id, d.state, d.last_error, this.clock.now().toISOString()],
      );
    }
    return { matched: matched.length > 0 };
  }
}
