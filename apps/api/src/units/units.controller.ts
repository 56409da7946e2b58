import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Unit, UnitGroup, UnitGroupsService, UnitsService } from '@dondoc/organizations';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { CreateUnitDto, CreateUnitGroupDto, UnitListQueryDto, UpdateUnitDto } from './unit.dto';

const uuid = uuidParam('UNIT_NOT_FOUND', 'unit');

const toUnitView = (u: Unit) => ({
  id: u.id,
  parentId: u.parentId,
  kind: u.kind,
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  aliases: u.aliases,
  depth: u.path.split('/').filter(Boolean).length,
  active: u.active,
});

const toGroupView = (g: UnitGroup, members: Unit[]) => ({
  id: g.id,
  name: g.name,
  aliases: g.aliases,
  memberKinds: g.memberKinds,
  explicitMemberIds: (g.members ?? []).map((m) => m.id),
  members: members.map((m) => ({ id: m.id, name: m.name, kind: m.kind })),
});

/** The organisation tree; everyone reads their part of it, administrators shape it. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly groups: UnitGroupsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Units in your scope, in tree order (parents before children)' })
  async list(@CurrentUser() actor: Actor, @Query() q: UnitListQueryDto) {
    return (await this.units.list({ scopePath: actor.scopePath, ...q })).map(toUnitView);
  }

  @Get('groups')
  @ApiOperation({ summary: 'Named groups of units ("các xã, thị trấn") and the units they stand for' })
  async listGroups(@CurrentUser() actor: Actor) {
    const groups = await this.groups.list(await this.authorityId(actor));
    return Promise.all(groups.map(async (g) => toGroupView(g, await this.groups.resolveMembers(g))));
  }

  @Post('groups')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a unit group (admin)' })
  async createGroup(@CurrentUser() actor: Actor, @Body() body: CreateUnitGroupDto) {
    await Promise.all((body.memberUnitIds ?? []).map((id) => this.units.get(id, actor.scopePath)));
    const group = await this.groups.create({ ...body, authorityId: await this.authorityId(actor) });
    return toGroupView(group, await this.groups.resolveMembers(group));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One unit' })
  async get(@CurrentUser() actor: Actor, @Param('id', uuid) id: string) {
    return toUnitView(await this.units.get(id, actor.scopePath));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a unit under one of yours (admin)' })
  async create(@CurrentUser() actor: Actor, @Body() body: CreateUnitDto) {
    return toUnitView(await this.units.create(body, actor.scopePath));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename, recode, re-alias or deactivate a unit (admin)' })
  async update(@CurrentUser() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateUnitDto) {
    return toUnitView(await this.units.update(id, body, actor.scopePath));
  }

  private async authorityId(actor: Actor): Promise<string> {
    return (await this.units.authorityOf(await this.units.get(actor.scopeUnitId))).id;
  }
}
