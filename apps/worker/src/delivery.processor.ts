import { Injectable } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { DeliverySender } from '@dondoc/notifications';
import type { JobPayloads } from '@dondoc/queue';

type DeliverJob = Job<JobPayloads['email']['deliver'] | JobPayloads['sms']['deliver'], unknown, 'deliver'>;

/** The email and SMS queues: one job, one delivery. The service decides; this maps its answer onto BullMQ. */
@Injectable()
export class DeliveryProcessor {
  constructor(private readonly sender: DeliverySender) {}

  async process(job: DeliverJob, worker: Worker): Promise<void> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const result = await this.sender.deliver(job.data.deliveryId, finalAttempt);
    switch (result.status) {
      case 'done':
        return;
      case 'retry':
        // BullMQ retries with exponential backoff and jitter (DEFAULT_JOB_OPTIONS).
        throw new Error(result.error);
      case 'rate_limited':
        // The provider said 429: pause this queue for a while; the job goes back without using an attempt.
        await worker.rateLimit(result.forMs);
        throw Worker.RateLimitError();
    }
  }
}
