import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryLogService } from '@dondoc/notifications';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { DeliveryLogQueryDto } from './notifications.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class DeliveriesController {
  constructor(private readonly log: DeliveryLogService) {}

  @Get('deliveries')
  @Roles('office', 'leader', 'admin')
  @ApiOperation({
    summary: 'The delivery log: every reminder, to whom, by which channel, planned, sent, delivered',
  })
  list(@CurrentUser() actor: Actor, @Query() q: DeliveryLogQueryDto) {
    return this.log.list(actor, q);
  }

  @Get('tasks/:id/deliveries')
  @ApiOperation({ summary: "A task's reminders, with how many failed or have an unknown outcome" })
  forTask(@CurrentUser() actor: Actor, @Param('id', uuidParam('TASK_NOT_FOUND', 'task')) id: string) {
    return this.log.forTask(actor, id);
  }
}
