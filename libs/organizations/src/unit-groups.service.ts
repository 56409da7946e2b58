import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '@dondoc/core';
import { Unit, UnitKind } from './unit.entity';
import { UnitGroup } from './unit-group.entity';

export interface CreateUnitGroupInput {
  authorityId: string;
  name: string;
  aliases?: string[];
  memberKinds?: UnitKind[];
  memberUnitIds?: string[];
}

/** Named groups of units ("các xã, thị trấn") and the units they stand for today. */
@Injectable()
export class UnitGroupsService {
  constructor(
    @InjectRepository(UnitGroup) private readonly groups: Repository<UnitGroup>,
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
  ) {}

  list(authorityId: string): Promise<UnitGroup[]> {
    return this.groups.find({ where: { authorityId }, relations: { members: true }, order: { name: 'ASC' } });
  }

  async get(id: string, authorityId: string): Promise<UnitGroup> {
    const group = await this.groups.findOne({ where: { id, authorityId }, relations: { members: true } });
    if (!group) throw new DomainError('NOT_FOUND', 'This unit group does not exist in your organisation.');
    return group;
  }

  async create(input: CreateUnitGroupInput): Promise<UnitGroup> {
    const members = input.memberUnitIds?.length
      ? await this.units.findBy(input.memberUnitIds.map((id) => ({ id })))
      : [];
    if (members.length !== (input.memberUnitIds?.length ?? 0)) {
      throw new DomainError('UNIT_NOT_FOUND', 'One of the member units does not exist.', {
        field: 'memberUnitIds',
      });
    }
    if (await this.groups.existsBy({ authorityId: input.authorityId, name: input.name })) {
      throw new DomainError('UNIT_GROUP_NAME_TAKEN', `Your organisation already has a group named "${input.name}".`, { field: 'name' });
    }
    const group = this.groups.create({
      authorityId: input.authorityId,
      name: input.name,
      aliases: input.aliases ?? [],
      memberKinds: input.memberKinds ?? [],
      members,
    });
    return this.groups.save(group);
  }

  /** Active units the group stands for: those of its kinds under the authority, plus named members. */
  async resolveMembers(group: UnitGroup): Promise<Unit[]> {
    const authority = await this.units.findOneByOrFail({ id: group.authorityId });
    const qb = this.units
      .createQueryBuilder('u')
      .where('u.active')
      .andWhere('u.path LIKE :prefix', { prefix: `${authority.path}%` })
      .andWhere(
        `(u.kind = ANY(:kinds) OR u.id IN (SELECT m.unit_id FROM unit_group_members m WHERE m.group_id = :groupId))`,
        { kinds: group.memberKinds, groupId: group.id },
      )
      .andWhere('u.id <> :authorityId', { authorityId: authority.id })
      .orderBy('u.name');
    return qb.getMany();
  }
}
