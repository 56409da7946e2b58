import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** How big an organisation to seed. The defaults are issue 2's: a province over five years. */
export interface Sizes {
  tasks: number;
  units: number;
  users: number;
  directives: number;
  years: number;
}

export interface BenchOptions {
  sizes: Sizes;
  /** Skip seeding when the bench database already holds exactly these sizes. */
  reuse: boolean;
  /** Server for CREATE DATABASE; the bench database lives on it under `database`. */
  serverUrl: string;
  database: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The measured seconds are split into this many runs alternating API and bare. */
  rounds: number;
  poolSize: number;
  apiPort: number;
  barePort: number;
  /** Only seed (e.g. to prepare a --reuse run). */
  seedOnly: boolean;
  /** Reuse the API already built under bench/api/dist instead of building again. */
  skipBuild: boolean;
  /** Only these endpoints (names from the table), for a quick look at one. */
  only?: string[];
  /** Run this built API (main.js) instead of building the work tree's: to measure a proposed change. */
  apiMain?: string;
  /** Extra node flags for the API process (e.g. --max-old-space-size=128), to try a memory setting. */
  apiNodeFlags: string[];
}

const DEFAULT_SIZES: Sizes = { tasks: 1_000_000, units: 4_000, users: 40_000, directives: 20_000, years: 5 };

const USAGE = `npm run bench -- [options]
  --tasks N --units N --users N --directives N --years N   organisation size (default 1000000/4000/40000/20000/5)
  --scale F            multiply tasks, users and directives by F (e.g. --scale 0.1 for a quick run)
  --reuse              keep the bench database when it already has these sizes
  --seed-only          seed and stop
  --skip-build         use the API already built under bench/api/dist
  --duration S         seconds measured per endpoint and server (default 15)
  --rounds N           split them into N runs alternating API and bare (default 3)
  --warmup S           seconds of warm-up per endpoint and server (default 5)
  --connections N      autocannon connections (default 50)
  --pool N             database pool size of both servers (default 10, the API's default)
  --only a,b           only these endpoints: overdue, list, detail, progress
  --api-main PATH      run this built API main.js (e.g. a scratch copy with a proposed fix) instead of building
  --api-node-flags=F   node flags for the API process, space-separated (default: package.json config.nodeFlags)
  --server-url URL     PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --database NAME      bench database, dropped and recreated (default dondoc_bench)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      tasks: { type: 'string' },
      units: { type: 'string' },
      users: { type: 'string' },
      directives: { type: 'string' },
      years: { type: 'string' },
      scale: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      duration: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      pool: { type: 'string', default: '10' },
      only: { type: 'string' },
      'api-main': { type: 'string' },
      // The API runs with the flags `npm run start:api` uses (package.json config.nodeFlags).
      'api-node-flags': { type: 'string', default: projectNodeFlags() },
      'server-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      database: { type: 'string', default: 'dondoc_bench' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // One run must end before the API's shortest cache TTL (30 s) expires under load: see cold-burst.ts.
  if (Number(values.duration) / Number(values.rounds) > 25 || Number(values.warmup) > 25) {
    throw new Error('Each run must last at most 25 s: lower --duration, raise --rounds, or lower --warmup');
  }
  const scale = number(values.scale ?? '1', 'scale', 0.001);
  const size = (key: keyof Sizes, scaled: boolean, min: number) =>
    values[key] !== undefined
      ? number(values[key], key, min)
      : Math.round(DEFAULT_SIZES[key] * (scaled ? scale : 1));
  const sizes: Sizes = {
    tasks: size('tasks', true, 1_000),
    units: size('units', false, 300),
    users: size('users', true, 0),
    directives: size('directives', true, 100),
    years: size('years', false, 1),
  };
  // Every unit needs its head, and the province its leaders and office.
  sizes.users = Math.max(sizes.users, sizes.units + 300);
  return {
    sizes,
    reuse: values.reuse,
    seedOnly: values['seed-only'],
    skipBuild: values['skip-build'],
    serverUrl: values['server-url'].replace(/\/$/, ''),
    database: values.database,
    connections: number(values.connections, 'connections', 1),
    durationSeconds: number(values.duration, 'duration', 1),
    warmupSeconds: number(values.warmup, 'warmup', 0),
    rounds: number(values.rounds, 'rounds', 1),
    poolSize: number(values.pool, 'pool', 1),
    apiPort: 3901,
    barePort: 3902,
    only: values.only?.split(',').map((s) => s.trim()),
    apiMain: values['api-main'],
    apiNodeFlags: values['api-node-flags'].split(' ').filter(Boolean),
  };
}

function number(raw: string, name: string, min: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, not "${raw}"`);
  return n;
}

export const databaseUrl = (o: Pick<BenchOptions, 'serverUrl' | 'database'>, database = o.database) =>
  `${o.serverUrl}/${database}`;

/** The node flags the project starts its services with (one place: package.json config.nodeFlags). */
function projectNodeFlags(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { config?: { nodeFlags?: string } };
  return pkg.config?.nodeFlags ?? '';
}
