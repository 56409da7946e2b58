import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectiveIntakeService, DirectivesQueryService } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { CreateDirectiveDto, DirectiveListQueryDto } from './directive.dto';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly intake: DirectiveIntakeService,
    private readonly query: DirectivesQueryService,
  ) {}

  @Post()
  @Roles('leader', 'office')
  @ApiOperation({ summary: 'Record a directive with its tasks, in one transaction' })
  async create(@CurrentUser() actor: Actor, @Body() body: CreateDirectiveDto) {
    const { directive } = await this.intake.create(actor, body);
    return this.query.get(actor, directive.id);
  }

  @Get()
  @ApiOperation({ summary: 'Directives with tasks you may see, newest first, with progress counts' })
  list(@CurrentUser() actor: Actor, @Query() q: DirectiveListQueryDto) {
    return this.query.list(actor, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A directive, its clauses and their tasks across units' })
  get(@CurrentUser() actor: Actor, @Param('id', uuidParam('DIRECTIVE_NOT_FOUND', 'directive')) id: string) {
    return this.query.get(actor, id);
  }
}
