import {
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

/**
 * One line of a task's history: who did what, when, and what changed. Append-only: a database
 * trigger refuses UPDATE and DELETE.
 */
@Entity('task_journal')
@Index('ix_task_journal_task_id', ['taskId', 'id'])
export class TaskJournalEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_task_journal' })
  id!: number;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_task_journal_task' })
  task?: Task;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null when the system itself acted (a scheduled job). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_task_journal_actor' })
  actor?: User;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  fromState!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  toState!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'smallint', nullable: true })
  progressPercent!: number | null;

  /** The task's version after this change, so a client holding version n can ask what came after. */
  @Column({ type: 'int', nullable: true })
  taskVersion!: number | null;

  /** Field-level changes: { field: [before, after] }. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, [unknown, unknown]> | null;
}
