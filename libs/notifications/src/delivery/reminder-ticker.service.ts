import { Injectable } from '@nestjs/common';
import { ReminderMaterializer } from '../planning/materializer.service';
import { DeliveryDispatcher } from './delivery-dispatcher.service';

export interface TickSummary {
  recovered: number;
  planned: number;
  enqueued: number;
}

/**
 * The scheduler's heartbeat, in order: recover sends a crash abandoned, turn reminder days that
 * have come into deliveries, gather morning digests, hand what is due soon to the channel queues.
 * Each step is idempotent, so a repeated or overlapping tick only finds less to do.
 */
@Injectable()
export class ReminderTicker {
  constructor(
    private readonly materializer: ReminderMaterializer,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  async tick(): Promise<TickSummary> {
    const recovered = await this.dispatcher.recoverAbandoned();
    const planned = await this.materializer.materializeDue();
    await this.dispatcher.assembleDigests();
    const enqueued = await this.dispatcher.enqueueDue();
    return { recovered, planned, enqueued };
  }
}
