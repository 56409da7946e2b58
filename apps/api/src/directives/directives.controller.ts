import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarService } from '@dondoc/calendar';
import { ExtractionService } from '@dondoc/extraction';
import { OrganizationDirectoryService } from '@dondoc/organizations';
import { DirectiveIntakeService, DirectivesQueryService } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { CreateDirectiveDto, DirectiveListQueryDto, ExtractDraftDto } from './directive.dto';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly intake: DirectiveIntakeService,
    private readonly query: DirectivesQueryService,
    private readonly extraction: ExtractionService,
    private readonly directory: OrganizationDirectoryService,
    private readonly calendar: CalendarService,
  ) {}

  @Post('extract')
  @HttpCode(200)
  @Roles('leader', 'office')
  @ApiOperation({
    summary:
      'Draft tasks from the pasted text of a notice: clauses, units resolved to yours, deadlines resolved to dates. Creates nothing.',
  })
  async extract(@CurrentUser() actor: Actor, @Body() body: ExtractDraftDto) {
    const [organization, calendar] = await Promise.all([
      this.directory.export(actor.scopeUnitId),
      this.calendar.getCalendar(),
    ]);
    return this.extraction.extract(body, { organization, calendar });
  }

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
