import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { AppConfig } from '@dondoc/core';
import { ReminderPlanner } from '@dondoc/notifications';
import {
  bullConnectionOptions,
  DEFAULT_JOB_OPTIONS,
  evictionPolicyWarning,
  JobQueues,
  QueueName,
  REDIS_CLIENT,
  TICK_SCHEDULER_ID,
} from '@dondoc/queue';
import { DeliveryProcessor } from './delivery.processor';
import { RemindersProcessor } from './reminders.processor';

/** Re-asserting the tick scheduler this often brings it back after Redis restarts empty. */
const SCHEDULER_REASSERT_MS = 30_000;

/**
 * Starts the consumers and the tick scheduler, and stops them gracefully: on SIGTERM the workers
 * finish the jobs they hold before the database and Redis connections close.
 */
@Injectable()
export class WorkerRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerRunner');
  private readonly workers: Worker[] = [];
  private reassert?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly queues: JobQueues,
    private readonly planner: ReminderPlanner,
    private readonly reminders: RemindersProcessor,
    private readonly deliveries: DeliveryProcessor,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  /** options.scheduler false: tests drive ticks themselves. */
  async start(options: { scheduler?: boolean; backfill?: boolean } = {}): Promise<void> {
    const warning = await evictionPolicyWarning(this.redis);
    if (warning) this.logger.warn(warning);
    if (options.backfill !== false) {
      const planned = await this.planner.replanAll(null, { onlyUnplanned: true });
      if (planned) this.logger.log(`Planned reminders for ${planned} open tasks that had none`);
    }
    this.workers.push(
      this.worker('reminders', (job) => this.reminders.process(job as never), { concurrency: 1 }),
      this.worker('email', (job, worker) => this.deliveries.process(job as never, worker), {
        concurrency: this.config.WORKER_CONCURRENCY,
      }),
      this.worker('sms', (job, worker) => this.deliveries.process(job as never, worker), {
        concurrency: this.config.WORKER_CONCURRENCY,
        // The provider's rate, shared by every worker process through Redis.
        limiter: { max: this.config.SMS_RATE_PER_SECOND, duration: 1000 },
      }),
    );
    if (options.scheduler !== false) {
      await this.assertScheduler();
      this.reassert = setInterval(() => {
        this.assertScheduler().catch((e: unknown) => this.logger.warn(`Tick scheduler: ${String(e)}`));
      }, SCHEDULER_REASSERT_MS);
    }
    this.logger.log(`Worker started (prefix ${this.config.REDIS_PREFIX})`);
  }

  private async assertScheduler(): Promise<void> {
    await this.queues
      .queue('reminders')
      .upsertJobScheduler(
        TICK_SCHEDULER_ID,
        { every: this.config.REMINDER_TICK_MS },
        { name: 'tick', data: {}, opts: DEFAULT_JOB_OPTIONS.reminders },
      );
  }

  private worker(
    name: QueueName,
    handler: (job: Job, worker: Worker) => Promise<unknown>,
    options: { concurrency: number; limiter?: { max: number; duration: number } },
  ): Worker {
    const worker: Worker = new Worker(name, (job) => handler(job, worker), {
      connection: bullConnectionOptions(this.config),
      prefix: this.config.REDIS_PREFIX,
      lockDuration: this.config.WORKER_LOCK_MS,
      stalledInterval: this.config.WORKER_LOCK_MS,
      ...options,
    });
    worker.on('error', (e) => this.logger.warn(`${name} worker: ${e.message}`));
    worker.on('failed', (job, e) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1))
        this.logger.warn(`${name} job ${job.id} gave up: ${e.message}`);
    });
    return worker;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.reassert) clearInterval(this.reassert);
    // close() waits for the jobs in hand; nothing new is taken meanwhile.
    await Promise.all(this.workers.map((w) => w.close()));
    this.logger.log('Workers stopped');
  }
}
