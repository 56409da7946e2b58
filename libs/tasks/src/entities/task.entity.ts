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
  VersionColumn,
} from 'typeorm';
import { Directive, DirectiveClause } from '@dondoc/directives';
import { Unit } from '@dondoc/organizations';
import { User } from '@dondoc/users';
import type { TaskState } from '../workflow/task-state';

@Entity('tasks')
@Check(
  'ck_tasks_state',
  `state IN ('new', 'in_progress', 'awaiting_confirmation', 'done', 'paused', 'returned', 'cancelled')`,
)
@Check('ck_tasks_progress', `progress_percent BETWEEN 0 AND 100`)
@Check('ck_tasks_deadlines', `(original_due_date IS NULL) = (current_due_date IS NULL)`)
@Check('ck_tasks_done', `(state = 'done') = (completed_on IS NOT NULL)`)
@Index('ix_tasks_directive_id', ['directiveId'])
@Index('ix_tasks_clause_id', ['clauseId'])
@Index('ix_tasks_lead_unit_due', ['leadUnitId', 'currentDueDate'])
@Index('ix_tasks_assignee_id', ['assigneeId'])
export class Task {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_tasks' })
  id!: string;

  @Column({ type: 'uuid' })
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_tasks_directive' })
  directive?: Directive;

  @Column({ type: 'uuid' })
  clauseId!: string;

  @ManyToOne(() => DirectiveClause, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clause_id', foreignKeyConstraintName: 'fk_tasks_clause' })
  clause?: DirectiveClause;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Sản phẩm: "Báo cáo", "Kế hoạch", "Công trình hoàn thành". */
  @Column({ type: 'varchar', length: 500, nullable: true })
  expectedOutput!: string | null;

  @Column({ type: 'uuid' })
  leadUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id', foreignKeyConstraintName: 'fk_tasks_lead_unit' })
  leadUnit?: Unit;

  /** The staff member the unit head passed the task to; none means the unit head holds it. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_tasks_assignee' })
  assignee?: User;

  @Column({ type: 'varchar', length: 30, default: 'new' })
  state!: TaskState;

  @Column({ type: 'smallint', default: 0 })
  progressPercent!: number;

  /** The deadline as first assigned, kept forever: statistics count lateness against it too. */
  @Column({ type: 'date', nullable: true })
  originalDueDate!: string | null;

  /** The deadline in force, after approved extensions. Null for a standing task (thường xuyên). */
  @Index('ix_tasks_open_due', { synchronize: false })
  @Column({ type: 'date', nullable: true })
  currentDueDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportedDoneAt!: Date | null;

  /** The local date the lead unit reported done, set when the office confirms it. */
  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  latestNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  latestNoteAt!: Date | null;

  /** Title, description and directive folded without diacritics, for "giai ngan" → "giải ngân". */
  @Index('ix_tasks_search_trgm', { synchronize: false })
  @Column({ type: 'text', default: '', select: false })
  searchText!: string;

  @VersionColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_tasks_created_by' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
