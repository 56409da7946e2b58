import { DynamicModule, Module } from '@nestjs/common';
import { CalendarModule } from '@dondoc/calendar';
import { AppConfig, ConfigModule, DatabaseModule } from '@dondoc/core';
import { OrganizationsModule } from '@dondoc/organizations';
import { TasksModule } from '@dondoc/tasks';
import { UsersModule } from '@dondoc/users';

/**
 * The domain services and nothing else: no HTTP, no queues. Reminders for the seeded tasks are
 * planned by the worker when it starts (it plans every open task that has no schedule yet).
 */
@Module({})
export class SeedModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        OrganizationsModule,
        UsersModule,
        TasksModule,
        CalendarModule,
      ],
    };
  }
}
