import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../time/clock';
import { AppConfig, loadConfig } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  /** Configuration and the Clock, global to the app. Pass a config to override the environment (tests do). */
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => config ?? loadConfig() }, Clock],
      exports: [AppConfig, Clock],
    };
  }
}
