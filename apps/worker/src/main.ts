import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, loadConfig, runMigrationsLocked } from '@dondoc/core';
import { WorkerModule } from './worker.module';
import { WorkerRunner } from './worker-runner.service';

async function bootstrap(config: AppConfig) {
  const logger = new ConsoleLogger('dondoc-worker', { json: config.LOG_FORMAT === 'json' });
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger,
    bufferLogs: true,
  });
  // SIGTERM/SIGINT: stop taking jobs, finish those in hand, then close connections.
  app.enableShutdownHooks();
  if (config.FAKE_NOW) {
    const clock = app.get(Clock);
    clock.setNow(new Date(config.FAKE_NOW));
    logger.warn(`Clock starts at ${config.FAKE_NOW} (FAKE_NOW)`);
    // A parent process (the benchmark) may move this clock with its own, to the same instant.
    process.on('message', (m: { setNow?: string }) => m.setNow && clock.setNow(new Date(m.setNow)));
  }
  if (config.MIGRATE_ON_START === 'true') {
    const applied = await runMigrationsLocked(app.get(DataSource));
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
  await app.get(WorkerRunner).start();
  // Tells a parent process (tests, the benchmark) that jobs are being taken.
  process.send?.({ ready: true });
}

let config: AppConfig;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
bootstrap(config).catch((e: unknown) => {
  console.error(`dondoc-worker could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
