import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from '@dondoc/organizations';
import { Task } from './task.entity';

export type TaskUnitRole = 'lead' | 'coordinating';

/** Every unit involved in a task (the lead too), so "tasks of my unit" is one indexed lookup. */
@Entity('task_units')
@Check('ck_task_units_role', `role IN ('lead', 'coordinating')`)
@Index('ix_task_units_unit_task', ['unitId', 'taskId'])
export class TaskUnit {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_task_units' })
  taskId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_task_units' })
  unitId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_task_units_task' })
  task?: Task;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_task_units_unit' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 20 })
  role!: TaskUnitRole;
}
