import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit } from '@dondoc/organizations';
import { User } from '@dondoc/users';
import type { DirectiveClause } from './directive-clause.entity';

export const DIRECTIVE_KINDS = ['conclusion_notice', 'directive_document', 'oral_instruction'] as const;
/** Thông báo kết luận, văn bản chỉ đạo, or an oral instruction the office wrote down. */
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

@Entity('directives')
@Check('ck_directives_kind', `kind IN ('conclusion_notice', 'directive_document', 'oral_instruction')`)
@Index('uq_directives_authority_number', ['authorityId', 'number'], {
  unique: true,
  where: 'number IS NOT NULL',
})
@Index('ix_directives_authority_issue_date', ['authorityId', 'issueDate'])
export class Directive {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_directives' })
  id!: string;

  /** The UBND that issued it; its subtree is where the tasks go. */
  @Column({ type: 'uuid' })
  authorityId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'fk_directives_authority' })
  authority?: Unit;

  @Column({ type: 'varchar', length: 30 })
  kind!: DirectiveKind;

  /** "215/TB-UBND"; none for an oral instruction. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  number!: string | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'uuid', nullable: true })
  issuingLeaderId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuing_leader_id', foreignKeyConstraintName: 'fk_directives_issuing_leader' })
  issuingLeader?: User;

  @Column({ type: 'date', nullable: true })
  meetingDate!: string | null;

  @Column({ type: 'date' })
  issueDate!: string;

  @Column({ type: 'text', default: '' })
  sourceText!: string;

  /** Number and title folded without diacritics, for search. */
  @Column({ type: 'text', default: '', select: false })
  searchText!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_directives_created_by' })
  createdBy?: User;

  @OneToMany('DirectiveClause', (c: DirectiveClause) => c.directive)
  clauses?: DirectiveClause[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
