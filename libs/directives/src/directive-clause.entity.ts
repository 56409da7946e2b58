import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UnitGroup } from '@dondoc/organizations';
import { Directive } from './directive.entity';

/**
 * One clause of a directive (one conclusion). Assigned to a group ("các xã"), it becomes one task
 * per member unit; all of them point here so the office sees the clause's progress across units.
 */
@Entity('directive_clauses')
@Index('uq_directive_clauses_ordinal', ['directiveId', 'ordinal'], { unique: true })
export class DirectiveClause {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directive_clauses' })
  id!: string;

  @Column({ type: 'uuid' })
  directiveId!: string;

  @ManyToOne(() => Directive, (d) => d.clauses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directive_id', foreignKeyConstraintName: 'fk_directive_clauses_directive' })
  directive?: Directive;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** The clause exactly as the source text writes it, and where (character offsets). */
  @Column({ type: 'text', nullable: true })
  sourceText!: string | null;

  @Column({ type: 'int', nullable: true })
  sourceStart!: number | null;

  @Column({ type: 'int', nullable: true })
  sourceEnd!: number | null;

  @Column({ type: 'uuid', nullable: true })
  assignedGroupId!: string | null;

  @ManyToOne(() => UnitGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_group_id', foreignKeyConstraintName: 'fk_directive_clauses_group' })
  assignedGroup?: UnitGroup;
}
