/**
 * npm run bench (issue 2): seeds a province-sized organisation, starts the real API and a bare
 * node:http + pg server that runs the same SQL, loads both with autocannon endpoint by endpoint,
 * and prints latency percentiles, req/s, the API ÷ bare ratio, the API's peak RSS and the aims.
 * `npm run bench -- --help` lists the options (sizes, --reuse, durations).
 */
import { loadavg } from 'node:os';
import { ChildServer } from './servers/child-server';
import { buildApi, startApi } from './servers/api-server';
import { startBare } from './servers/bare-server';
import { coldBurst } from './load/cold-burst';
import { loadFixtures } from './load/fixtures';
import { combine, measure, Measurement, sendOnce } from './load/measure';
import { Scenario, scenarios, Target } from './load/scenarios';
import { BenchOptions, databaseUrl, parseOptions } from './options';
import { Progress, thousands } from './progress';
import { printSummary, Row } from './report';
import { ensureSeeded } from './seed/seed';

/** Both servers verify the same tokens: the baseline checks the API's signature itself. */
const JWT_SECRET = 'bench-only-secret-not-for-production';

/** One request alone, answered before the load: fills caches and shows the route works. */
async function prime(server: ChildServer, scenario: Scenario, target: Target): Promise<void> {
  const status = await sendOnce(server.baseUrl, await scenario.plan(target));
  if (status !== 200) throw new Error(`${scenario.label} on ${target} answered ${status} before the load`);
}

/**
 * Warm-up on both servers, then `rounds` short runs alternating API and bare, merged per server:
 * other work on the shared machine then weighs on both alike. Each run is shorter than the API's
 * shortest cache TTL (30 s) and starts after one primed request; see cold-burst.ts for why.
 */
async function compare(
  scenario: Scenario,
  row: Row,
  servers: Record<Target, ChildServer>,
  opts: BenchOptions,
  database: string,
): Promise<void> {
  const load = (seconds: number) => ({ connections: row.connections, seconds });
  const targets: Target[] = ['api', 'bare'];
  for (const target of targets) {
    await prime(servers[target], scenario, target);
    if (opts.warmupSeconds)
      await measure(servers[target].baseUrl, await scenario.plan(target), load(opts.warmupSeconds));
  }
  const runs: Record<Target, Measurement[]> = { api: [], bare: [] };
  for (let round = 0; round < opts.rounds; round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const server = servers[target];
      await prime(server, scenario, target);
      const plan = await scenario.plan(target);
      const seconds = opts.durationSeconds / opts.rounds;
      runs[target].push(await measure(server.baseUrl, plan, load(seconds), { pid: server.pid, database }));
    }
  }
  row.api = combine(runs.api);
  row.bare = combine(runs.bare);
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const progress = new Progress('bench');
  const url = databaseUrl(opts);
  const seed = await ensureSeeded(opts, progress);
  if (seed.seeded) progress.log(`seeding took ${(seed.seconds / 60).toFixed(1)} min`);
  if (opts.seedOnly) return;

  if (!opts.skipBuild && !opts.apiMain) await progress.step('API built into bench/api/dist', buildApi);
  const settings = { databaseUrl: url, poolSize: opts.poolSize, jwtSecret: JWT_SECRET };
  const apiSettings = { ...settings, port: opts.apiPort, mainJs: opts.apiMain, nodeFlags: opts.apiNodeFlags };
  let api = await startApi(apiSettings);
  let bare: ChildServer | undefined;
  try {
    const fixtures = await loadFixtures(url, api.baseUrl);
    progress.log(
      `acting as chutich (whole province, ${thousands(fixtures.overdueTotal)} overdue tasks) and ${fixtures.head.username} ` +
        `(${fixtures.head.unitName}, ${thousands(fixtures.head.visibleTasks)} tasks in scope)`,
    );
    const burst = await coldBurst(api.baseUrl, fixtures, opts.connections, 10);
    progress.log(
      `cold-start burst: ${burst.answered} task pages answered in 10 s; API ${burst.aliveAfter ? 'still answers' : 'wedged'}`,
    );
    if (!burst.aliveAfter) {
      await api.stop();
      api = await startApi(apiSettings);
    }
    bare = await startBare({ ...settings, port: opts.barePort });
    const servers: Record<Target, ChildServer> = { api, bare };
    const loadBefore = loadavg();
    const rows: Row[] = [];
    const chosen = scenarios(fixtures, url, opts.connections).filter(
      (s) => !opts.only || opts.only.includes(s.name),
    );
    // The overdue report once more on one connection: its latency without queueing behind 49 others.
    const plan = chosen.flatMap((s) =>
      s.name === 'overdue'
        ? [[s, opts.connections] as const, [s, 1] as const]
        : [[s, opts.connections] as const],
    );
    for (const [scenario, connections] of plan) {
      const key = connections === opts.connections ? scenario.name : `${scenario.name}@${connections}`;
      const label =
        connections === opts.connections ? scenario.label : `the same on ${connections} connection`;
      const row: Row = { key, scenario: scenario.name, label, connections };
      rows.push(row);
      const status = await sendOnce(api.baseUrl, await scenario.plan('api'));
      if (status === 404 && scenario.name === 'overdue') {
        row.skipped = `GET /api/reports/overdue answered 404: not in this build of the API`;
      } else {
        await compare(scenario, row, servers, opts, opts.database);
      }
      progress.log(
        row.skipped ??
          `${key}: API ${row.api!.rps.toFixed(0)} req/s p95 ${row.api!.p95.toFixed(0)} ms, bare ${row.bare!.rps.toFixed(0)} req/s ` +
            `p95 ${row.bare!.p95.toFixed(0)} ms; API peak RSS so far ${api.peakRssMiB().toFixed(0)} MiB`,
      );
    }
    const peakRssMB = (api.peakRssMiB() * 1024 * 1024) / 1e6;
    printSummary({
      opts,
      seedSeconds: seed.seeded ? seed.seconds : null,
      rows,
      peakRssMB,
      burst,
      loadBefore,
    });
  } catch (e) {
    console.error(`API output:\n${api.recentOutput()}`);
    throw e;
  } finally {
    await bare?.stop();
    await api.stop();
  }
}

// Ctrl-C still runs the exit hooks that stop the servers.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
