import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit, UnitKind } from './unit.entity';

/**
 * A name a notice uses for several units at once: "các xã, thị trấn", "các phòng, ban",
 * "các địa phương". Members are the active units of the listed kinds under the authority,
 * plus any units named explicitly.
 */
@Entity('unit_groups')
@Index('uq_unit_groups_authority_name', ['authorityId', 'name'], { unique: true })
export class UnitGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_unit_groups' })
  id!: string;

  @Column({ type: 'uuid' })
  authorityId!: string;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'fk_unit_groups_authority' })
  authority?: Unit;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  memberKinds!: UnitKind[];

  @ManyToMany(() => Unit)
  @JoinTable({
    name: 'unit_group_members',
    joinColumn: {
      name: 'group_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_unit_group_members_group',
    },
    inverseJoinColumn: {
      name: 'unit_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_unit_group_members_unit',
    },
  })
  members?: Unit[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
