import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule, DatabaseModule } from '@dondoc/core';
import { NotificationsModule } from '@dondoc/notifications';
import { RedisModule } from '@dondoc/queue';
import { ALL_ENTITIES } from '@dondoc/schema';
import { DeliveryProcessor } from './delivery.processor';
import { RemindersProcessor } from './reminders.processor';
import { WorkerRunner } from './worker-runner.service';

/** The background worker: plans reminders and sends them. No HTTP; the API is a separate process. */
@Module({})
export class WorkerModule {
  /** Tests pass their own config; the process reads the environment. */
  static register(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        // Deliveries point at tasks, users and directives: TypeORM needs every entity's metadata.
        TypeOrmModule.forFeature(ALL_ENTITIES),
        RedisModule,
        NotificationsModule,
      ],
      providers: [RemindersProcessor, DeliveryProcessor, WorkerRunner],
      exports: [WorkerRunner],
    };
  }
}
