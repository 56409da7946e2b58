import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Task } from '@dondoc/tasks';

/**
 * The next reminder date of each open task with a deadline: one row per task, not one per future
 * reminder (a nag while overdue has no end). The worker turns rows whose time has come into
 * deliveries and moves the row to the next date; a task change re-plans its row in the same
 * transaction.
 */
@Entity('reminder_schedules')
@Index('ix_reminder_schedules_next_at', ['nextAt'])
export class ReminderSchedule {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_reminder_schedules' })
  taskId!: string;

  @OneToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_reminder_schedules_task' })
  task?: Task;

  /** The deadline the plan was made for. */
  @Column({ type: 'date' })
  dueDate!: string;

  /** The next working day with a reminder. */
  @Column({ type: 'date' })
  nextOn!: string;

  /** When the worker should turn that day's reminders into deliveries (local midnight of nextOn). */
  @Column({ type: 'timestamptz' })
  nextAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
