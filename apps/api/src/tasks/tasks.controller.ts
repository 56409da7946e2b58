import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ExtensionRequestsService,
  TaskActionsService,
  TaskDetailService,
  TasksQueryService,
} from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { CurrentUser } from '../auth/auth.decorators';
import { ExtensionRequestDto, TaskActionDto, TaskListQueryDto } from './task.dto';
import { expectedVersion } from './version';
import { uuidParam } from '../common/uuid-param';

const uuid = uuidParam('TASK_NOT_FOUND', 'task');

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly query: TasksQueryService,
    private readonly detail: TaskDetailService,
    private readonly actions: TaskActionsService,
    private readonly extensions: ExtensionRequestsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tasks you may see, filtered, sorted and paginated, with a total' })
  list(@CurrentUser() actor: Actor, @Query() q: TaskListQueryDto) {
    const { state, ...rest } = q;
    return this.query.list(actor, { ...rest, states: state });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A task with its directive, clause, units, history and what you may do next' })
  async get(
    @CurrentUser() actor: Actor,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const task = await this.detail.get(id, actor);
    res.setHeader('ETag', `"${task.version}"`);
    return task;
  }

  @Post(':id/actions')
  @HttpCode(200)
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The task version you read (or send "version" in the body)',
  })
  @ApiOperation({ summary: 'start, progress, report_done, confirm, return, pause, resume, cancel, reassign' })
  async act(
    @CurrentUser() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() body: TaskActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { version, ...input } = body;
    await this.actions.act(id, actor, { ...input, version: expectedVersion(ifMatch, version) });
    const task = await this.detail.get(id, actor);
    res.setHeader('ETag', `"${task.version}"`);
    return task;
  }

  @Get(':id/extension-requests')
  @ApiOperation({ summary: "The task's extension requests, newest first" })
  listExtensions(@CurrentUser() actor: Actor, @Param('id', uuid) id: string) {
    return this.extensions.listForTask(id, actor);
  }

  @Post(':id/extension-requests')
  @ApiOperation({ summary: 'Ask for a later deadline (lead unit, before the deadline)' })
  requestExtension(
    @CurrentUser() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() body: ExtensionRequestDto,
  ) {
    return this.extensions.request(id, actor, body);
  }
}
