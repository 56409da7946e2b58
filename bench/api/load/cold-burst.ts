import type { Fixtures } from './fixtures';
import { measure } from './measure';

export interface BurstOutcome {
  seconds: number;
  connections: number;
  answered: number;
  /** Whether the API still answered one request on its own afterwards. */
  aliveAfter: boolean;
}

/**
 * Right after start-up, with the API's caches cold, task pages from every connection at once.
 * Each page reads the working-day calendar inside its REPEATABLE READ transaction; when the cache
 * is empty that read waits for one more pooled connection than the transactions leave free, so
 * with pool-size requests in flight nothing answers again. The bench reports what happened.
 */
export async function coldBurst(
  baseUrl: string,
  fixtures: Fixtures,
  connections: number,
  seconds: number,
): Promise<BurstOutcome> {
  let i = 0;
  const m = await measure(
    baseUrl,
    {
      method: 'GET',
      path: '/api/tasks/placeholder',
      headers: { authorization: `Bearer ${fixtures.head.token}` },
      setupRequest: (request) => ({
        ...request,
        path: `/api/tasks/${fixtures.detailIds[i++ % fixtures.detailIds.length]}`,
      }),
    },
    { connections, seconds },
  );
  const aliveAfter = await fetch(`${baseUrl}/api/tasks/${fixtures.detailIds[0]}`, {
    headers: { authorization: `Bearer ${fixtures.head.token}` },
    signal: AbortSignal.timeout(5000),
  }).then(
    async (res) => (await res.arrayBuffer(), res.status === 200),
    () => false,
  );
  return { seconds, connections, answered: m.ok, aliveAfter };
}
