import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@dondoc/core';
import { NotificationsModule, ReminderHooksModule } from '@dondoc/notifications';
import { UsersModule } from '@dondoc/users';
import { DeliveriesController } from './deliveries.controller';
import { PreferencesController } from './preferences.controller';
import { QueueDashboard } from './queue-dashboard';
import { QueueDashboardController } from './queue-dashboard.controller';
import { ReminderPolicyController } from './reminder-policy.controller';
import { SmsCallbackController } from './sms-callback.controller';

/** Reminders in the API: preferences, the delivery log, the policy, SMS receipts, the queue dashboard. */
@Module({
  imports: [
    NotificationsModule,
    ReminderHooksModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }),
    }),
  ],
  controllers: [
    PreferencesController,
    DeliveriesController,
    SmsCallbackController,
    ReminderPolicyController,
    QueueDashboardController,
  ],
  providers: [QueueDashboard],
})
export class NotificationsApiModule {}
