import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@dondoc/calendar';
import { AppConfig } from '@dondoc/core';
import { QueuesModule } from '@dondoc/queue';
import { EmailChannel } from './channels/email.channel';
import { EsmsGateway } from './channels/esms-gateway';
import { NoSmsGateway, SmsGateway } from './channels/sms-gateway';
import { DeliveryDispatcher } from './delivery/delivery-dispatcher.service';
import { DeliverySender } from './delivery/delivery-sender.service';
import { DeliveryStore } from './delivery/delivery-store';
import { MessageComposer } from './delivery/message-composer';
import { ReminderTicker } from './delivery/reminder-ticker.service';
import { Delivery } from './entities/delivery.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { ReminderPolicyRecord } from './entities/reminder-policy.entity';
import { ReminderSchedule } from './entities/reminder-schedule.entity';
import { DeliveryLogService } from './log/delivery-log.service';
import { PreferencesService } from './log/preferences.service';
import { SmsReceipts } from './log/sms-receipts.service';
import { ReminderMaterializer } from './planning/materializer.service';
import { ReminderPlanner } from './planning/reminder-planner.service';
import { ReminderPolicies } from './planning/reminder-policies.service';

export const NOTIFICATION_ENTITIES = [
  Delivery,
  ReminderSchedule,
  NotificationPreference,
  ReminderPolicyRecord,
];

const services = [
  ReminderPolicies,
  ReminderPlanner,
  ReminderMaterializer,
  DeliveryStore,
  DeliveryDispatcher,
  DeliverySender,
  MessageComposer,
  ReminderTicker,
  EmailChannel,
  PreferencesService,
  DeliveryLogService,
  SmsReceipts,
];

/** Reminders and their delivery: policy, planning, the channels, the log. Used by the API and the worker alike. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), CalendarModule, QueuesModule],
  providers: [
    ...services,
    {
      provide: SmsGateway,
      inject: [AppConfig],
      useFactory: (config: AppConfig): SmsGateway =>
        config.SMS_PROVIDER === 'esms' ? new EsmsGateway(config) : new NoSmsGateway(),
    },
  ],
  exports: [...services, SmsGateway, QueuesModule],
})
export class NotificationsModule {}
