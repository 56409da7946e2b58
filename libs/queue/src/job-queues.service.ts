import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '@dondoc/core';
import { DEFAULT_JOB_OPTIONS, JobName, JobPayload, QUEUE_NAMES, QueueName } from './queues';
import { bullConnectionOptions } from './redis.module';

/** What a producer may choose per job: its id (required, from business keys) and a delay. */
export interface EnqueueOptions {
  jobId: string;
  delay?: number;
}

/**
 * The producers' side of every queue, and the one typed way to enqueue: retries, backoff and
 * removal come from DEFAULT_JOB_OPTIONS, never from the caller.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  /** Opened on first use, so a process that never enqueues (or a test) holds no Redis connection for them. */
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: bullConnectionOptions(this.config),
        prefix: this.config.REDIS_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS[name],
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return QUEUE_NAMES.map((name) => this.queue(name));
  }

  async enqueue<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobPayload<Q, N>,
    options: EnqueueOptions,
  ): Promise<void> {
    await this.queue(queue).add(name, data, jobOptions(queue, options));
  }

  /** Many jobs of one kind in one round trip (addBulk); ids already present are left alone. */
  async enqueueBulk<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    jobs: { data: JobPayload<Q, N>; options: EnqueueOptions }[],
  ): Promise<void> {
    if (!jobs.length) return;
    await this.queue(queue).addBulk(
      jobs.map((j) => ({ name, data: j.data, opts: jobOptions(queue, j.options) })),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }
}

function jobOptions(queue: QueueName, options: EnqueueOptions): JobsOptions {
  if (options.jobId.includes(':')) throw new Error(`A job id may not contain ':' (${options.jobId})`);
  return { ...DEFAULT_JOB_OPTIONS[queue], jobId: options.jobId, delay: Math.max(0, options.delay ?? 0) };
}
