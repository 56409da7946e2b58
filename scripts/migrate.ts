/** npm run migrate: applies pending migrations to DATABASE_URL (under the same advisory lock the apps take). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, runMigrationsLocked } from '@dondoc/core';

async function main() {
  const ds = new DataSource(dataSourceOptions(loadConfig()));
  await ds.initialize();
  try {
    const applied = await runMigrationsLocked(ds);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
