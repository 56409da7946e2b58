import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig, runMigrationsLocked } from '@dondoc/core';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(config: AppConfig) {
  const logger = new ConsoleLogger('dondoc-api', { json: config.LOG_FORMAT === 'json' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger,
    bufferLogs: true,
  });
  app.useBodyParser('json', { limit: '2mb' });
  configureApp(app);
  if (config.MIGRATE_ON_START === 'true') {
    const applied = await runMigrationsLocked(app.get(DataSource));
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
  await app.listen(config.PORT);
  logger.log(`Listening on ${config.PUBLIC_URL} (API under /api, docs at /docs)`);
}

let config: AppConfig;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
bootstrap(config).catch((e: unknown) => {
  console.error(`dondoc-api could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
