import { Injectable } from '@nestjs/common';
import { UnitGroupsService } from './unit-groups.service';
import { UnitsService } from './units.service';

/** The units and groups of one authority, flat, as the text extractor matches names against them. */
export interface OrganizationExport {
  units: { id: string; code: string; name: string; shortName: string | null; aliases: string[]; kind: string; parentId: string | null }[];
  groups: { id: string; name: string; aliases: string[]; memberUnitIds: string[] }[];
}

@Injectable()
export class OrganizationDirectoryService {
  constructor(
    private readonly units: UnitsService,
    private readonly groups: UnitGroupsService,
  ) {}

  async export(authorityId: string): Promise<OrganizationExport> {
    const authority = await this.units.get(authorityId);
    const units = await this.units.list({ scopePath: authority.path });
    const groups = await this.groups.list(authority.id);
    return {
      units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, shortName: u.shortName, aliases: u.aliases, kind: u.kind, parentId: u.parentId })),
      groups: await Promise.all(
        groups.map(async (g) => ({ id: g.id, name: g.name, aliases: g.aliases, memberUnitIds: (await this.groups.resolveMembers(g)).map((m) => m.id) })),
      ),
    };
  }
}
