import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@dondoc/users';
import { Task } from './task.entity';

export type ExtensionRequestStatus = 'pending' | 'approved' | 'rejected';

/** Đề nghị gia hạn: a unit asks, before the deadline, for a later one; the assigner side decides. */
@Entity('extension_requests')
@Check('ck_extension_requests_status', `status IN ('pending', 'approved', 'rejected')`)
@Index('ix_extension_requests_task_id', ['taskId'])
@Index('uq_extension_requests_one_pending', ['taskId'], { unique: true, where: `status = 'pending'` })
@Index('ix_extension_requests_pending', ['createdAt'], { where: `status = 'pending'` })
export class ExtensionRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_extension_requests' })
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_extension_requests_task' })
  task?: Task;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_extension_requests_requested_by' })
  requestedBy?: User;

  /** The deadline in force when the request was made. */
  @Column({ type: 'date' })
  previousDueDate!: string;

  @Column({ type: 'date' })
  requestedDueDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: ExtensionRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_extension_requests_decided_by' })
  decidedBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
