import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ChildServer, ROOT, startChildServer } from './child-server';

/**
 * The API is built into bench/api/dist (git-ignored) rather than the shared dist/: the measured
 * build cannot be replaced halfway through by someone else's `npm run build`, and the worker (which
 * `npm run build` also builds) is not needed here.
 */
const MAIN_JS = join(ROOT, 'bench', 'api', 'dist', 'apps', 'api', 'src', 'main.js');

export async function buildApi(): Promise<void> {
  await promisify(execFile)(
    join(ROOT, 'node_modules', '.bin', 'nest'),
    ['build', 'api', '--path', 'bench/api/tsconfig.build.json'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  ).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`The API does not build:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  });
}

export interface ApiSettings {
  databaseUrl: string;
  port: number;
  poolSize: number;
  jwtSecret: string;
  /** Another build of the API to run (e.g. a scratch copy with a proposed fix); bench/api/dist by default. */
  mainJs?: string;
  nodeFlags?: string[];
}

/** The real API, compiled, in production mode, pointed at the bench database and not migrating. */
export async function startApi(s: ApiSettings): Promise<ChildServer> {
  const mainJs = s.mainJs ?? MAIN_JS;
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run without --skip-build`);
  return startChildServer(
    'API',
    [...(s.nodeFlags ?? []), mainJs],
    {
      NODE_ENV: 'production',
      DATABASE_URL: s.databaseUrl,
      DATABASE_POOL_SIZE: String(s.poolSize),
      PORT: String(s.port),
      PUBLIC_URL: `http://127.0.0.1:${s.port}`,
      JWT_SECRET: s.jwtSecret,
      REDIS_PREFIX: 'dondoc-bench',
      MIGRATE_ON_START: 'false',
      LOG_FORMAT: 'json',
    },
    s.port,
    '/health',
  );
}
