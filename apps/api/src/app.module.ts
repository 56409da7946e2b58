import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import {
  AppConfig,
  Clock,
  ConfigModule,
  createValidationPipe,
  DatabaseModule,
  HttpExceptionFilter,
} from '@dondoc/core';
import { OrganizationsModule } from '@dondoc/organizations';
import { RedisModule } from '@dondoc/queue';
import { UsersModule } from '@dondoc/users';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  /** Tests pass their own config (database, Redis prefix); the server reads the environment. */
  static register(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule, OrganizationsModule, UsersModule],
      controllers: [AuthController, HealthController],
      providers: [
        Clock,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
