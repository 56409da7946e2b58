import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DomainError, foldDiacritics } from '@dondoc/core';
import { Unit, UnitKind } from './unit.entity';
import { isInSubtree, nearestAuthority, pathIds } from './unit-scope';

export interface CreateUnitInput {
  parentId: string | null;
  kind: UnitKind;
  code: string;
  name: string;
  shortName?: string | null;
  aliases?: string[];
}

export type UpdateUnitInput = Partial<Omit<CreateUnitInput, 'parentId'>> & { active?: boolean };

export interface UnitListFilter {
  scopePath: string;
  kind?: UnitKind;
  parentId?: string;
  q?: string;
  includeInactive?: boolean;
}

/** The organisation tree: units, their subtrees and the authority each belongs to. */
@Injectable()
export class UnitsService {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {}

  async get(id: string, scopePath?: string): Promise<Unit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit || (scopePath && !isInSubtree(unit.path, scopePath))) {
      throw new DomainError('UNIT_NOT_FOUND', 'This unit does not exist or is outside your organisation.');
    }
    return unit;
  }

  findByIds(ids: string[]): Promise<Unit[]> {
    return ids.length ? this.units.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Ancestors root first, not including the unit itself. */
  async ancestors(unit: Unit): Promise<Unit[]> {
    const ids = pathIds(unit.path).slice(0, -1);
    const found = await this.findByIds(ids);
    const byId = new Map(found.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id)).filter((u): u is Unit => !!u);
  }

  async authorityOf(unit: Unit): Promise<Unit> {
    return nearestAuthority(unit, await this.ancestors(unit));
  }

  /** Ids of a unit and everything below it. */
  async subtreeIds(unit: Pick<Unit, 'path'>): Promise<string[]> {
    const rows: { id: string }[] = await this.units
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.path LIKE :prefix', { prefix: `${unit.path}%` })
      .getRawMany();
    return rows.map((r) => r.id);
  }

  list(filter: UnitListFilter): Promise<Unit[]> {
    const qb = this.units
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${filter.scopePath}%` });
    if (!filter.includeInactive) qb.andWhere('u.active');
    if (filter.kind) qb.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
    const units = qb.orderBy('u.path').getMany();
    if (!filter.q) return units;
    const needle = foldDiacritics(filter.q);
    return units.then((all) =>
      all.filter((u) =>
        [u.name, u.shortName ?? '', u.code, ...u.aliases].some((s) => foldDiacritics(s).includes(needle)),
      ),
    );
  }

  async create(input: CreateUnitInput, scopePath?: string): Promise<Unit> {
    const parent = input.parentId ? await this.get(input.parentId, scopePath) : null;
    if (!parent && scopePath) {
      throw new DomainError('UNIT_INVALID_PARENT', 'A new unit must sit under a unit of your organisation.');
    }
    await this.assertCodeFree(input.code);
    const unit = this.units.create({
      parentId: parent?.id ?? null,
      kind: input.kind,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      aliases: input.aliases ?? [],
      path: '',
    });
    return this.units.manager.transaction(async (em) => {
      const saved = await em.save(unit);
      saved.path = `${parent?.path ?? '/'}${saved.id}/`;
      return em.save(saved);
    });
  }

  async update(id: string, input: UpdateUnitInput, scopePath?: string): Promise<Unit> {
    const unit = await this.get(id, scopePath);
    if (input.code !== undefined && input.code !== unit.code) await this.assertCodeFree(input.code);
    Object.assign(unit, input);
    return this.units.save(unit);
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.units.existsBy({ code })) {
      throw new DomainError('UNIT_CODE_TAKEN', `Another unit already has the code "${code}".`, {
        field: 'code',
      });
    }
  }
}
