import { Injectable, Logger } from '@nestjs/common';
import { CalendarService } from '@dondoc/calendar';
import { Clock, localDateOf } from '@dondoc/core';
import { EmailChannel } from '../channels/email.channel';
import type { SendOutcome } from '../channels/send-outcome';
import { normaliseVietnamesePhone, SmsGateway } from '../channels/sms-gateway';
import { maySendAt, nextAllowedMoment } from '../policy/send-window';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { CheckedItem, Message, MessageComposer } from './message-composer';

/** What the queue should do next with the job. */
export type DeliverResult =
  { status: 'done' } | { status: 'retry'; error: string } | { status: 'rate_limited'; forMs: number };

/**
 * Sends one delivery at most once: claim it, re-check it against the task, send it with our id as
 * the request id, record the outcome. A transient failure gives the claim back for the queue's
 * retry; a permanent one, or the last attempt, is recorded failed; an unknown email stays unknown.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger('DeliverySender');

  constructor(
    private readonly store: DeliveryStore,
    private readonly composer: MessageComposer,
    private readonly email: EmailChannel,
    private readonly sms: SmsGateway,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  async deliver(deliveryId: string, finalAttempt: boolean): Promise<DeliverResult> {
    const now = this.clock.now();
    const claimed = await this.store.claim(deliveryId, now);
    if (!claimed) return { status: 'done' }; // sent, cancelled, taken by another worker, or not yet due
    const calendar = await this.calendar.getCalendar();
    if (!maySendAt(now, claimed.channel, calendar)) {
      await this.store.release(claimed, {
        sendAfter: nextAllowedMoment(now, claimed.channel, calendar),
        error: null,
        countAttempt: false,
        requeue: true,
      });
      return { status: 'done' };
    }
    const message = await this.compose(claimed, localDateOf(now));
    if (!message) return { status: 'done' };
    const outcome = await this.send(claimed, message);
    return this.record(claimed, outcome, finalAttempt);
  }

  /** The message, or null when nothing is left to say (then the delivery is already cancelled). */
  private async compose(claimed: ClaimedDelivery, today: string): Promise<Message | null> {
    const items = claimed.kind === 'digest' ? await this.store.claimItems(claimed) : [claimed];
    const { valid, invalid } = await this.composer.check(items, today);
    const cancel = (reason: string) =>
      this.store.finish(claimed, { state: 'cancelled', at: this.clock.now(), error: reason });
    if (claimed.kind !== 'digest') {
      if (invalid.length) await cancel(invalid[0].reason);
      return valid.length ? this.composer.reminder(valid[0]) : null;
    }
    for (const { item, reason } of invalid) await this.store.cancelItems([item.id], reason);
    const mine: CheckedItem[] = valid.filter((v) => v.recipient.id === claimed.recipientId);
    if (!mine.length) {
      await cancel('Không còn nhiệm vụ nào cần nhắc trong bản tổng hợp.');
      return null;
    }
    return this.composer.digest(mine);
  }

  private async send(
    claimed: ClaimedDelivery,
    message: Message,
  ): Promise<SendOutcome & { address: string | null }> {
    if (claimed.channel === 'email') {
      const to = message.recipient.email!;
      const outcome = await this.email.send({
        to,
        toName: message.recipient.fullName,
        subject: message.subject,
        text: message.text,
        html: message.html,
        deliveryId: claimed.id,
      });
      return { ...outcome, address: to };
    }
    const phone = normaliseVietnamesePhone(message.recipient.phone ?? '');
    if (!phone) {
      return {
        status: 'permanent',
        error: `Số điện thoại không hợp lệ: ${message.recipient.phone}`,
        address: message.recipient.phone,
      };
    }
    const outcome = await this.sms.send({ to: phone, text: message.sms, requestId: claimed.id });
    return { ...outcome, address: phone };
  }

  private async record(
    claimed: ClaimedDelivery,
    outcome: SendOutcome & { address: string | null },
    finalAttempt: boolean,
  ): Promise<DeliverResult> {
    const at = this.clock.now();
    const address = outcome.address;
    switch (outcome.status) {
      case 'sent':
        await this.store.finish(claimed, {
          state: 'sent',
          at,
          providerMessageId: outcome.providerMessageId,
          address,
        });
        return { status: 'done' };
      case 'permanent':
        this.logger.warn(`Delivery ${claimed.id} (${claimed.channel}) refused: ${outcome.error}`);
        await this.store.finish(claimed, { state: 'failed', at, error: outcome.error, address });
        return { status: 'done' };
      case 'unknown':
        this.logger.warn(`Delivery ${claimed.id} (${claimed.channel}) outcome unknown: ${outcome.error}`);
        await this.store.finish(claimed, { state: 'unknown', at, error: outcome.error, address });
        return { status: 'done' };
      case 'transient':
        if (outcome.rateLimitedForMs !== undefined) {
          await this.store.release(claimed, { error: outcome.error, countAttempt: false, requeue: false });
          return { status: 'rate_limited', forMs: outcome.rateLimitedForMs };
        }
        if (finalAttempt) {
          await this.store.finish(claimed, {
            state: 'failed',
            at,
            error: `Gave up after retries: ${outcome.error}`,
            address,
          });
          return { status: 'done' };
        }
        await this.store.release(claimed, { error: outcome.error, countAttempt: true, requeue: false });
        return { status: 'retry', error: outcome.error };
    }
  }
}
