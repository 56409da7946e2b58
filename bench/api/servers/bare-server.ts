import { join } from 'node:path';
import { ChildServer, ROOT, startChildServer } from './child-server';

export interface BareSettings {
  databaseUrl: string;
  port: number;
  poolSize: number;
  jwtSecret: string;
}

/** The baseline of baseline/server.ts, in its own process like the API (tsx only transpiles it at load). */
export function startBare(s: BareSettings): Promise<ChildServer> {
  return startChildServer(
    'bare node:http + pg',
    ['--import', 'tsx', join(ROOT, 'bench', 'api', 'baseline', 'server.ts')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: s.databaseUrl,
      PORT: String(s.port),
      POOL_SIZE: String(s.poolSize),
      JWT_SECRET: s.jwtSecret,
    },
    s.port,
    '/health',
  );
}
