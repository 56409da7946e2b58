import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import {
  AppConfig,
  ConfigModule,
  createValidationPipe,
  DatabaseModule,
  HttpExceptionFilter,
} from '@dondoc/core';
import { OrganizationsModule } from '@dondoc/organizations';
import { RedisModule } from '@dondoc/queue';
import { TasksModule } from '@dondoc/tasks';
import { UsersModule } from '@dondoc/users';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { HealthController } from './health/health.controller';
import { CalendarApiModule } from './calendar/calendar-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { DirectivesApiModule } from './directives/directives-api.module';
import { ExtensionRequestsController } from './tasks/extension-requests.controller';
import { TasksController } from './tasks/tasks.controller';
import { UnitsController } from './units/units.controller';
import { UsersController } from './users/users.controller';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** Tests pass their own config (database, Redis prefix); the server reads the environment. */
  static register(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        OrganizationsModule,
        UsersModule,
        TasksModule,
        CalendarApiModule,
        DirectivesApiModule,
        ReportsApiModule,
        NotificationsApiModule,
        WebModule,
      ],
      controllers: [
        AuthController,
        HealthController,
        UnitsController,
        UsersController,
        TasksController,
        ExtensionRequestsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
