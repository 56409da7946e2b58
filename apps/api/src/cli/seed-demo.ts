/**
 * Loads the demo organisation and meetings into DATABASE_URL (already migrated). Does nothing when
 * the demo authority is already there. Run by `npm run demo` as:
 *   node dist/apps/api/apps/api/src/cli/seed-demo.js scripts/demo/data
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@dondoc/core';
import { DEMO_PASSWORD, DemoSeeder } from './demo-seeder';
import { SeedModule } from './seed.module';

async function main() {
  const dataDir = resolve(process.argv[2] ?? 'scripts/demo/data');
  const app = await NestFactory.createApplicationContext(SeedModule.register(loadConfig()), {
    logger: ['error', 'warn'],
  });
  try {
    const seeder = new DemoSeeder(app, dataDir);
    if (await seeder.alreadyLoaded()) {
      console.log('Demo data is already loaded (drop the database to start over).');
      return;
    }
    const people = await seeder.run();
    console.log(`Demo data loaded. Password for every demo account: ${DEMO_PASSWORD}`);
    for (const p of people) console.log(`  ${p.role.padEnd(10)} ${p.username.padEnd(16)} ${p.fullName}`);
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(`Could not load the demo data: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
