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

export const UNIT_KINDS = ['authority', 'department', 'agency', 'commune', 'village'] as const;
/**
 * authority: UBND (tỉnh, xã, or a former huyện); department: sở/phòng/ban, Văn phòng;
 * agency: cơ quan, đơn vị sự nghiệp; commune: xã/phường/thị trấn/đặc khu; village: thôn/tổ dân phố.
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A node of the organisation tree. `path` lists the ids from the root down to this unit. */
@Entity('units')
@Check('ck_units_kind', `kind IN ('authority', 'department', 'agency', 'commune', 'village')`)
@Index('uq_units_code', ['code'], { unique: true })
@Index('ix_units_parent_id', ['parentId'])
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_units' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_units_parent' })
  parent?: Unit;

  @Column({ type: 'varchar', length: 20 })
  kind!: UnitKind;

  @Column({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  shortName!: string | null;

  /** Other names people write for it: "TC-KH", "Phòng Tài chính Kế hoạch". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** '/rootId/.../thisId/': subtree queries are a prefix match on this column. */
  @Index('ix_units_path', { synchronize: false })
  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
