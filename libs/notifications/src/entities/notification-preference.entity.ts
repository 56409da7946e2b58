import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@dondoc/users';

/** How a person wants to be reminded; no row means the defaults (email and SMS, at once). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preferences' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preferences_user' })
  user?: User;

  @Column({ type: 'boolean', default: true })
  email!: boolean;

  @Column({ type: 'boolean', default: true })
  sms!: boolean;

  /** One morning digest (07:30) instead of a message per reminder. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
