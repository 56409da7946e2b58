import { Client } from 'pg';
import { BENCH_PASSWORD } from '../seed/seed';

/** Who the bench acts as, and the tasks it reads and reports progress on. */
export interface Fixtures {
  leaderToken: string;
  head: { username: string; unitName: string; token: string; scopePath: string; visibleTasks: number };
  /** Tasks of the head's commune to read, in a fixed random order. */
  detailIds: string[];
  /** Tasks the head leads and may report progress on (in progress first), in two disjoint halves: one per server. */
  progressIds: { api: string[]; bare: string[] };
  overdueTotal: number;
}

/** The unit head of the first commune: a typical one, every commune gets a similar share. */
const HEAD = 'head-xa-001';
const LEADER = 'chutich';
const DETAIL_IDS = 2000;
const PROGRESS_IDS_EACH = 600;

export async function login(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200)
    throw new Error(`Sign-in as ${username} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function loadFixtures(databaseUrl: string, apiUrl: string): Promise<Fixtures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: heads } = await db.query<{ name: string; path: string }>(
      `SELECT un.name, un.path FROM users u JOIN units un ON un.id = u.unit_id WHERE u.username = $1`,
      [HEAD],
    );
    if (!heads.length) throw new Error(`No user ${HEAD}: is the bench database seeded?`);
    const scopePath = heads[0].path;
    const prefix = `${scopePath}%`;
    const { rows: visible } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks t WHERE t.id IN
         (SELECT stu.task_id FROM task_units stu JOIN units su ON su.id = stu.unit_id WHERE su.path LIKE $1)`,
      [prefix],
    );
    const { rows: detail } = await db.query<{ id: string }>(
      `SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id WHERE lu.path LIKE $1
        ORDER BY md5(t.id::text) LIMIT $2`,
      [prefix, DETAIL_IDS],
    );
    const { rows: working } = await db.query<{ id: string }>(
      `SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
        WHERE lu.path LIKE $1 AND t.state IN ('in_progress', 'new', 'returned')
        ORDER BY t.state = 'in_progress' DESC, md5(t.id::text) LIMIT $2`,
      [prefix, 2 * PROGRESS_IDS_EACH],
    );
    const { rows: overdue } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks WHERE state NOT IN ('done', 'cancelled')
          AND current_due_date < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`,
    );
    const ids = working.map((r) => r.id);
    return {
      leaderToken: await login(apiUrl, LEADER),
      head: {
        username: HEAD,
        unitName: heads[0].name,
        token: await login(apiUrl, HEAD),
        scopePath,
        visibleTasks: visible[0].n,
      },
      detailIds: detail.map((r) => r.id),
      progressIds: { api: ids.filter((_, i) => i % 2 === 0), bare: ids.filter((_, i) => i % 2 === 1) },
      overdueTotal: overdue[0].n,
    };
  } finally {
    await db.end();
  }
}

/** Current versions, read just before a progress run (the previous run moved them on). */
export async function currentVersions(databaseUrl: string, ids: string[]): Promise<Map<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; version: number }>(
      `SELECT id, version FROM tasks WHERE id = ANY($1::uuid[]) AND state IN ('in_progress', 'new', 'returned')`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  } finally {
    await db.end();
  }
}
