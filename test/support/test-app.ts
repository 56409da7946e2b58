import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppConfig } from '@dondoc/core';
import { createTestDatabase, dropDatabase, testConfig } from '@dondoc/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** The real API on its own fresh database, as main.ts builds it, without a listening port. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, overrides);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: ['error'],
  });
  app.useBodyParser('json', { limit: '2mb' });
  configureApp(app);
  await app.init();
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await dropDatabase(db.name);
    },
  };
}
