import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Task } from '@dondoc/tasks';
import { User } from '@dondoc/users';

export const DELIVERY_STATES = [
  'planned',
  'sending',
  'sent',
  'delivered',
  'failed',
  'unknown',
  'cancelled',
] as const;
/**
 * planned → sending (claimed) → sent → delivered (SMS receipt) | failed (given up, reported) |
 * unknown (email whose outcome a crash hid: never re-sent) | cancelled (no longer true).
 */
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DELIVERY_KINDS = ['before', 'due', 'overdue', 'escalation', 'digest'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * One message to one person on one channel: the delivery log. The unique key (key, recipient,
 * channel) makes planning idempotent, and a sender claims a row (planned → sending) before it
 * sends, so a repeated job never sends twice.
 */
@Entity('deliveries')
@Check(
  'ck_deliveries_state',
  `state IN ('planned', 'sending', 'sent', 'delivered', 'failed', 'unknown', 'cancelled')`,
)
@Check('ck_deliveries_channel', `channel IN ('email', 'sms')`)
@Check('ck_deliveries_kind', `kind IN ('before', 'due', 'overdue', 'escalation', 'digest')`)
@Check('ck_deliveries_task', `(kind = 'digest') = (task_id IS NULL)`)
@Index('uq_deliveries_key_recipient_channel', ['key', 'recipientId', 'channel'], { unique: true })
@Index('ix_deliveries_task_planned', ['taskId', 'plannedAt'])
@Index('ix_deliveries_recipient_planned', ['recipientId', 'plannedAt'])
@Index('ix_deliveries_state_planned', ['state', 'plannedAt'])
@Index('ix_deliveries_due', ['sendAfter'], { where: `state = 'planned' AND NOT digest` })
@Index('ix_deliveries_digest_items', ['recipientId', 'channel', 'sendAfter'], {
  where: `state = 'planned' AND digest`,
})
@Index('ix_deliveries_digest_id', ['digestId'], { where: 'digest_id IS NOT NULL' })
@Index('ix_deliveries_sending', ['claimedAt'], { where: `state = 'sending'` })
@Index('ix_deliveries_provider_message', ['providerMessageId'], { where: 'provider_message_id IS NOT NULL' })
export class Delivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_deliveries' })
  id!: string;

  /** The occurrence: '<taskId>.before3-2024-12-20', or 'digest-2024-12-20' for a morning digest. */
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: DeliveryKind;

  /** Null for a digest, which covers many tasks (its items point to it with digestId). */
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_deliveries_task' })
  task?: Task;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_deliveries_recipient' })
  recipient?: User;

  @Column({ type: 'varchar', length: 10 })
  channel!: 'email' | 'sms';

  /** responsible, superior or issuing_leader; 'digest' for a digest. */
  @Column({ type: 'varchar', length: 20 })
  audience!: string;

  /** The deadline this reminder was about; a reminder of a deadline no longer in force is cancelled. */
  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  /** The working day the reminder belongs to. */
  @Column({ type: 'date' })
  occursOn!: string;

  /** Waits for the recipient's morning digest instead of going out alone. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  /** The digest that carried this item. */
  @Column({ type: 'uuid', nullable: true })
  digestId!: string | null;

  @ManyToOne(() => Delivery, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'digest_id', foreignKeyConstraintName: 'fk_deliveries_digest' })
  digestDelivery?: Delivery;

  @Column({ type: 'varchar', length: 20, default: 'planned' })
  state!: DeliveryState;

  /** When it was first planned to go out. */
  @Column({ type: 'timestamptz' })
  plannedAt!: Date;

  /** When it may go out now: later than plannedAt after quiet hours, a day off, or a rate limit. */
  @Column({ type: 'timestamptz' })
  sendAfter!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  /** Start of the current send attempt; a claim older than the lease is presumed crashed. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** SMS only: the gateway's delivery receipt. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The address used (email or phone), kept for the log: the user's may change later. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  providerMessageId!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
