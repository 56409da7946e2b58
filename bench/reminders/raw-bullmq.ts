import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { DEFAULT_JOB_OPTIONS } from '@dondoc/queue';

export interface RawFigures {
  addPerSecond: number;
  processPerSecond: number;
  bytesPerJob: number;
}

const usedMemory = async (redis: Redis) => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);

/**
 * The yardstick: BullMQ alone, with jobs shaped like ours (one id, the same options), added in
 * bulk and processed by a no-op worker. Planning is compared with the add rate.
 */
export async function measureRawBullmq(
  connection: { url: string; maxRetriesPerRequest: null },
  prefix: string,
  redis: Redis,
  count: number,
): Promise<RawFigures> {
  const queue = new Queue('bench-raw', { connection, prefix });
  await queue.waitUntilReady();
  const before = await usedMemory(redis);
  const started = performance.now();
  for (let i = 0; i < count; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, count - i) }, () => {
        const id = randomUUID();
        return {
          name: 'deliver',
          data: { deliveryId: id },
          opts: { ...DEFAULT_JOB_OPTIONS.email, jobId: `dlv-${id}` },
        };
      }),
    );
  }
  const addSeconds = (performance.now() - started) / 1000;
  const bytesPerJob = ((await usedMemory(redis)) - before) / count;

  let done = 0;
  const processed = new Promise<void>((resolve) => {
    const worker = new Worker('bench-raw', async () => undefined, { connection, prefix, concurrency: 100 });
    worker.on('completed', () => {
      if (++done === count) void worker.close().then(resolve);
    });
  });
  const processStart = performance.now();
  await processed;
  const processSeconds = (performance.now() - processStart) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return { addPerSecond: count / addSeconds, processPerSecond: count / processSeconds, bytesPerJob };
}
