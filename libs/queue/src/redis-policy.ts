import type Redis from 'ioredis';

/**
 * BullMQ keeps its jobs as ordinary keys: a Redis allowed to evict them loses work silently.
 * Answers a warning to log, or null when the policy is the safe one.
 */
export async function evictionPolicyWarning(redis: Redis): Promise<string | null> {
  let policy: string | undefined;
  try {
    const answer = (await redis.config('GET', 'maxmemory-policy')) as string[];
    policy = answer[1];
  } catch (e) {
    // Managed Redis services often forbid CONFIG: say we could not check rather than stay silent.
    return `Could not read Redis maxmemory-policy (${(e as Error).message}); it must be noeviction.`;
  }
  return policy === 'noeviction'
    ? null
    : `Redis maxmemory-policy is "${policy}": set it to noeviction, or queued reminders may be evicted and lost.`;
}
