import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Directive } from '@dondoc/directives';
import { User } from '@dondoc/users';
import type { ReminderPolicy } from '../policy/reminder-policy';

/** The global reminder policy (scope 'global') and per-directive overrides (scope = the directive's id). */
@Entity('reminder_policies')
@Check('ck_reminder_policies_scope', `(scope = 'global') = (directive_id IS NULL)`)
@Index('uq_reminder_policies_directive', ['directiveId'], { unique: true })
export class ReminderPolicyRecord {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_reminder_policies' })
  scope!: string;

  @Column({ type: 'uuid', nullable: true })
  directiveId!: string | null;

  @ManyToOne(() => Directive, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_reminder_policies_directive' })
  directive?: Directive;

  @Column({ type: 'jsonb' })
  rules!: ReminderPolicy;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'fk_reminder_policies_updated_by' })
  updatedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
