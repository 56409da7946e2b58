import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { DEFAULT_PREFERENCES, DeliveryPreferences } from '../policy/channels';

/** Each person's channels (email, SMS) and digest-or-immediate choice. */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectRepository(NotificationPreference) private readonly prefs: Repository<NotificationPreference>,
  ) {}

  async get(userId: string): Promise<DeliveryPreferences> {
    const row = await this.prefs.findOneBy({ userId });
    return row ? { email: row.email, sms: row.sms, digest: row.digest } : { ...DEFAULT_PREFERENCES };
  }

  async set(userId: string, input: DeliveryPreferences): Promise<DeliveryPreferences> {
    await this.prefs.upsert({ userId, email: input.email, sms: input.sms, digest: input.digest }, ['userId']);
    return this.get(userId);
  }
}
