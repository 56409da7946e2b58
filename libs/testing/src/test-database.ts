import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, dataSourceOptions, loadConfig, runMigrationsLocked } from '@dondoc/core';

/**
 * Each test run migrates one template database once; each test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE is a file copy: ~100 ms), so files run in parallel on clean state.
 */
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEMPLATE_ENV = 'DONDOC_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `Tests need PostgreSQL at ${ADMIN_URL} (${(e as Error).message}). Start it, or set TEST_DATABASE_ADMIN_URL.`,
      {
        cause: e,
      },
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTemplateDatabase(): Promise<string> {
  const name = `dondoc_t_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const ds = new DataSource(dataSourceOptions(loadConfig({ DATABASE_URL: databaseUrl(name) })));
  await ds.initialize();
  try {
    await runMigrationsLocked(ds);
  } finally {
    await ds.destroy();
  }
  process.env[TEMPLATE_ENV] = name;
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function dropTemplateDatabase(): Promise<void> {
  const name = process.env[TEMPLATE_ENV];
  if (name) await dropDatabase(name);
}

/** A fresh, migrated database for one test file; drop it with dropDatabase(name) in afterAll. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const template = process.env[TEMPLATE_ENV];
  if (!template)
    throw new Error('No template database: run the e2e tests through jest (globalSetup creates it).');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { name, url: databaseUrl(name) };
}

/** A config for a test: its own database and its own Redis key prefix. */
export function testConfig(databaseUrlForTest: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlForTest,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `dondoc-test-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: 'test-secret-at-least-16-chars',
    MIGRATE_ON_START: 'false',
    DATABASE_POOL_SIZE: '4',
    ...overrides,
  });
}
