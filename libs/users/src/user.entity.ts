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
import { Unit } from '@dondoc/organizations';

export const ROLES = ['admin', 'leader', 'office', 'unit_head', 'unit_staff'] as const;
/** admin runs the service; leader (Chủ tịch, Phó Chủ tịch) assigns and reviews; office (Văn phòng) enters and chases; unit_head and unit_staff carry tasks out. */
export type Role = (typeof ROLES)[number];

@Entity('users')
@Check('ck_users_role', `role IN ('admin', 'leader', 'office', 'unit_head', 'unit_staff')`)
@Index('uq_users_username', ['username'], { unique: true })
@Index('ix_users_unit_id', ['unitId'])
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id!: string;

  /** Stored lower-case: people do not expect "NguyenVanA" and "nguyenvana" to be two accounts. */
  @Column({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** Chức vụ as people write it: "Chủ tịch UBND huyện", "Trưởng phòng". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
