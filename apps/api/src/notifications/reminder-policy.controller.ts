import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@dondoc/core';
import { ReminderPolicies } from '@dondoc/notifications';
import { jobId, JobQueues } from '@dondoc/queue';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { ReminderPolicyDto } from './notifications.dto';

const directiveId = uuidParam('DIRECTIVE_NOT_FOUND', 'directive');

/** The reminder policy: global, and per directive. A change re-plans the open tasks it covers (in the worker). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class ReminderPolicyController {
  constructor(
    private readonly policies: ReminderPolicies,
    private readonly queues: JobQueues,
    private readonly clock: Clock,
  ) {}

  @Get('reminder-policy')
  @Roles('admin', 'office', 'leader')
  @ApiOperation({ summary: 'The global reminder policy' })
  getGlobal() {
    return this.policies.getGlobal();
  }

  @Put('reminder-policy')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the global reminder policy (admin)' })
  async setGlobal(@CurrentUser() actor: Actor, @Body() body: ReminderPolicyDto) {
    const policy = await this.policies.set(null, body, actor);
    await this.replan(null);
    return policy;
  }

  @Get('directives/:id/reminder-policy')
  @Roles('admin', 'office', 'leader')
  @ApiOperation({ summary: "A directive's own policy, or the global one it follows" })
  async getForDirective(@CurrentUser() actor: Actor, @Param('id', directiveId) id: string) {
    const own = await this.policies.getForDirective(id, actor.scopePath);
    return { inherited: !own, policy: own ?? (await this.policies.getGlobal()) };
  }

  @Put('directives/:id/reminder-policy')
  @Roles('admin')
  @ApiOperation({ summary: 'Give a directive its own reminder policy (admin)' })
  async setForDirective(
    @CurrentUser() actor: Actor,
    @Param('id', directiveId) id: string,
    @Body() body: ReminderPolicyDto,
  ) {
    const policy = await this.policies.set(id, body, actor);
    await this.replan(id);
    return { inherited: false, policy };
  }

  @Delete('directives/:id/reminder-policy')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'The directive follows the global policy again (admin)' })
  async clearForDirective(@CurrentUser() actor: Actor, @Param('id', directiveId) id: string) {
    await this.policies.clear(id, actor.scopePath);
    await this.replan(id);
  }

  private replan(directiveId: string | null) {
    return this.queues.enqueue(
      'reminders',
      'replan',
      { directiveId },
      { jobId: jobId('replan', directiveId ?? 'all', String(this.clock.now().getTime())) },
    );
  }
}
