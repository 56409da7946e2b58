import type { RequestSpec } from 'autocannon';
import { currentVersions, Fixtures } from './fixtures';

export type Target = 'api' | 'bare';
export const SCENARIO_NAMES = ['overdue', 'list', 'detail', 'progress'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  label: string;
  /** A fresh request plan for one run (warm-up and measurement each get their own). */
  plan(target: Target): Promise<RequestSpec>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Progress reports over a pool of tasks: each request takes an idle task, sends the version it
 * last saw, and puts the task back with the version from the answer's ETag. A task is never in
 * two requests at once, so no answer is a 409 unless something else wrote to it.
 */
async function progressPlan(
  databaseUrl: string,
  token: string,
  ids: string[],
  connections: number,
): Promise<RequestSpec> {
  const versions = await currentVersions(databaseUrl, ids);
  const all = [...versions].map(([id, version]) => ({ id, version }));
  const idle = [...all];
  if (idle.length < 2 * connections) {
    throw new Error(
      `Only ${idle.length} tasks to report progress on for ${connections} connections: seed more tasks`,
    );
  }
  let n = 0;
  return {
    method: 'POST',
    path: '/api/tasks/placeholder/actions',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      n++;
      // Empty only when requests died with their tasks (socket errors): then a task in flight, whose 409 shows.
      const task = idle.shift() ?? all[n % all.length];
      context.task = task;
      return {
        ...request,
        path: `/api/tasks/${task.id}/actions`,
        body: JSON.stringify({
          action: 'progress',
          note: `Báo cáo tiến độ lần ${n}: đã hoàn thành thêm một phần khối lượng.`,
          progressPercent: 10 + (n % 80),
          version: task.version,
        }),
      };
    },
    onResponse: (status, body, context, headers) => {
      const task = context.task as { id: string; version: number };
      // autocannon keeps header names as sent ('ETag').
      const etagKey = Object.keys(headers).find((k) => k.toLowerCase() === 'etag');
      const etag = /(\d+)/.exec(etagKey ? String(headers[etagKey]) : '');
      if (status === 200 && etag) task.version = Number(etag[1]);
      else if (status === 409) task.version = conflictVersion(body) ?? task.version;
      idle.push(task);
    },
  };
}

/** The version a 409 names ({ details: { currentVersion } }), to carry on from. */
function conflictVersion(body: string): number | undefined {
  try {
    return (JSON.parse(body) as { details?: { currentVersion?: number } }).details?.currentVersion;
  } catch {
    return undefined;
  }
}

export function scenarios(fixtures: Fixtures, databaseUrl: string, connections: number): Scenario[] {
  const head = fixtures.head.token;
  return [
    {
      name: 'overdue',
      label: 'GET /api/reports/overdue (top leader)',
      plan: async () => ({
        method: 'GET',
        path: '/api/reports/overdue',
        headers: bearer(fixtures.leaderToken),
      }),
    },
    {
      name: 'list',
      label: 'GET /api/tasks?sort=urgency&pageSize=20 (commune head)',
      plan: async () => ({
        method: 'GET',
        path: '/api/tasks?sort=urgency&pageSize=20',
        headers: bearer(head),
      }),
    },
    {
      name: 'detail',
      label: 'GET /api/tasks/:id with journal (commune head)',
      plan: async () => {
        let i = 0;
        return {
          method: 'GET',
          path: '/api/tasks/placeholder',
          headers: bearer(head),
          setupRequest: (request) => ({
            ...request,
            path: `/api/tasks/${fixtures.detailIds[i++ % fixtures.detailIds.length]}`,
          }),
        };
      },
    },
    {
      name: 'progress',
      label: "POST /api/tasks/:id/actions 'progress' (commune head)",
      plan: (target) => progressPlan(databaseUrl, head, fixtures.progressIds[target], connections),
    },
  ];
}
