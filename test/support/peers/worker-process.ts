import { ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { AppConfig } from '@dondoc/core';

const ROOT = resolve(__dirname, '../../..');

/** The settings a worker process needs to join a test's API: same database, Redis prefix and peers. */
export function workerEnv(config: AppConfig, overrides: Record<string, string> = {}): Record<string, string> {
  const keys: (keyof AppConfig)[] = [
    'NODE_ENV',
    'DATABASE_URL',
    'REDIS_URL',
    'REDIS_PREFIX',
    'PUBLIC_URL',
    'JWT_SECRET',
    'SMTP_HOST',
    'SMTP_PORT',
    'SMTP_FROM',
    'SMTP_MAX_CONNECTIONS',
    'SMS_PROVIDER',
    'SMS_BASE_URL',
    'SMS_API_KEY',
    'SMS_SECRET_KEY',
    'SMS_BRAND_NAME',
    'SMS_CALLBACK_SECRET',
    'SMS_TIMEOUT_MS',
    'DATABASE_POOL_SIZE',
  ];
  return {
    ...Object.fromEntries(keys.map((k) => [k, String(config[k])])),
    MIGRATE_ON_START: 'false',
    ...overrides,
  };
}

/**
 * The worker as its own process, run from the sources (swc-register.js), or from the nest build
 * when `entry` points there. Resolves once it reports that it is taking jobs.
 */
export async function startWorkerProcess(
  env: Record<string, string>,
  options: { entry?: string; silent?: boolean } = {},
): Promise<ChildProcess> {
  const fromSource = !options.entry;
  const child = fork(options.entry ?? resolve(ROOT, 'apps/worker/src/main.ts'), [], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    execArgv: fromSource ? ['-r', resolve(__dirname, 'swc-register.js')] : [],
    stdio: options.silent === false ? 'inherit' : ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in 60 s: ${stderr}`)), 60_000);
    child.on('message', (m: { ready?: boolean }) => {
      if (m.ready) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}) before it was ready: ${stderr}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

/** Waits for a child to be gone (after a kill). */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}
