import type { JobsOptions } from 'bullmq';

/**
 * Every queue, job name and payload the product uses: the one contract between the API, the
 * worker and the benchmark. Payloads carry ids only: personal data stays in PostgreSQL, and a job
 * re-reads what it needs when it runs, so a stale job finds nothing to do.
 */
export const QUEUE_NAMES = ['reminders', 'email', 'sms'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  reminders: {
    /** The scheduler's heartbeat: plan what comes due, hand due deliveries to the channel queues, recover. */
    tick: Record<string, never>;
    /** Re-plan open tasks after a policy change: every task, or one directive's. */
    replan: { directiveId: string | null };
  };
  email: { deliver: { deliveryId: string } };
  sms: { deliver: { deliveryId: string } };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

/** The scheduler id of the reminders heartbeat (upsertJobScheduler: a repeat is an update, not a second one). */
export const TICK_SCHEDULER_ID = 'reminders-tick';

/** BullMQ reserves ':' in keys; ids are built from business keys so adding the same job twice is a no-op. */
export function jobId(...parts: string[]): string {
  const id = parts.join('-');
  if (id.includes(':')) throw new Error(`A job id may not contain ':' (${id})`);
  return id;
}

export const deliveryJobId = (deliveryId: string) => jobId('dlv', deliveryId);

const DAY_SECONDS = 86_400;

/** Retries, backoff and removal per queue: set here once, so no producer picks its own. */
export const DEFAULT_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  reminders: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 1000, age: 7 * DAY_SECONDS },
  },
  email: {
    // Transient failures (server busy, connection refused) back off 5 s, 10 s, 20 s … with jitter.
    attempts: 6,
    backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 },
    // Kept an hour so a repeat add of the same id stays a no-op while a burst is being drained.
    removeOnComplete: { age: 3600, count: 50_000 },
    removeOnFail: { age: 7 * DAY_SECONDS, count: 10_000 },
  },
  sms: {
    attempts: 6,
    backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 50_000 },
    removeOnFail: { age: 7 * DAY_SECONDS, count: 10_000 },
  },
};
