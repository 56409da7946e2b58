import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, runMigrationsLocked } from '@dondoc/core';

/** Drops and recreates the bench database, then gives it the project's schema through its migrations. */
export async function recreateDatabase(serverUrl: string, database: string): Promise<string[]> {
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    const ident = `"${database.replace(/"/g, '""')}"`;
    await admin.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident}`);
  } finally {
    await admin.end();
  }
  const ds = new DataSource(dataSourceOptions(loadConfig({ DATABASE_URL: `${serverUrl}/${database}` })));
  await ds.initialize();
  try {
    return await runMigrationsLocked(ds);
  } finally {
    await ds.destroy();
  }
}

export async function databaseExists(serverUrl: string, database: string): Promise<boolean> {
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return rowCount === 1;
  } finally {
    await admin.end();
  }
}

/** Tables loaded in bulk: building their indexes once at the end is many times faster than row by row. */
const BULK_TABLES = ['tasks', 'task_units', 'task_journal'];

export interface DeferredDdl {
  indexes: { name: string; sql: string }[];
  foreignKeys: { name: string; sql: string }[];
}

/**
 * Drops the secondary indexes and foreign keys of the bulk tables, remembering their exact
 * definitions from the catalog, so restoreIndexes() puts back precisely what the migrations made.
 * Primary keys and CHECK constraints stay: they guard the generated rows as they go in.
 */
export async function deferIndexes(db: Client): Promise<DeferredDdl> {
  const { rows: indexes } = await db.query<{ name: string; sql: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS sql
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ANY($1) AND NOT x.indisprimary ORDER BY i.relname`,
    [BULK_TABLES],
  );
  const { rows: foreignKeys } = await db.query<{ name: string; sql: string }>(
    `SELECT c.conname AS name,
            format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid)) AS sql
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      WHERE c.contype = 'f' AND (t.relname = ANY($1) OR r.relname = ANY($1)) ORDER BY c.conname`,
    [BULK_TABLES],
  );
  for (const fk of foreignKeys) {
    const table = /^ALTER TABLE (\S+)/.exec(fk.sql)![1];
    await db.query(`ALTER TABLE ${table} DROP CONSTRAINT "${fk.name}"`);
  }
  for (const ix of indexes) await db.query(`DROP INDEX "${ix.name}"`);
  return { indexes, foreignKeys };
}

export async function restoreIndexes(
  db: Client,
  ddl: DeferredDdl,
  onEach: (what: string, seconds: number) => void,
): Promise<void> {
  for (const { name, sql } of [...ddl.indexes, ...ddl.foreignKeys]) {
    const t0 = performance.now();
    await db.query(sql);
    onEach(name, (performance.now() - t0) / 1000);
  }
}
