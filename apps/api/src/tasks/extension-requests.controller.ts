import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExtensionRequestsService } from '@dondoc/tasks';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { ExtensionDecisionDto, ExtensionRequestListQueryDto } from './task.dto';

const uuid = uuidParam('EXTENSION_REQUEST_NOT_FOUND', 'extension request');

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('extension-requests')
export class ExtensionRequestsController {
  constructor(private readonly extensions: ExtensionRequestsService) {}

  @Get()
  @ApiOperation({
    summary: 'Extension requests on tasks you may see, newest first (status=pending: the queue to decide)',
  })
  list(@CurrentUser() actor: Actor, @Query() q: ExtensionRequestListQueryDto) {
    return this.extensions.list(actor, q);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('leader', 'office')
  @ApiOperation({
    summary: 'Approve: the deadline in force becomes the requested date (rolled to a working day)',
  })
  approve(@CurrentUser() actor: Actor, @Param('id', uuid) id: string, @Body() body: ExtensionDecisionDto) {
    return this.extensions.approve(id, actor, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('leader', 'office')
  @ApiOperation({ summary: 'Reject: the deadline stays' })
  reject(@CurrentUser() actor: Actor, @Param('id', uuid) id: string, @Body() body: ExtensionDecisionDto) {
    return this.extensions.reject(id, actor, body);
  }
}
