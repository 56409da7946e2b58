import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig } from '@dondoc/core';
import type { Actor } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import {
  DASHBOARD_COOKIE,
  DASHBOARD_PATH,
  DASHBOARD_SESSION_SECONDS,
  QueueDashboard,
} from './queue-dashboard';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueDashboardController {
  constructor(
    private readonly dashboard: QueueDashboard,
    private readonly config: AppConfig,
  ) {}

  @Post('session')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: `A 15-minute cookie that opens the queue dashboard at ${DASHBOARD_PATH} (admin)` })
  async session(@CurrentUser() actor: Actor, @Res({ passthrough: true }) res: Response) {
    res.cookie(DASHBOARD_COOKIE, await this.dashboard.sessionToken(actor.id), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.PUBLIC_URL.startsWith('https:'),
      path: DASHBOARD_PATH,
      maxAge: DASHBOARD_SESSION_SECONDS * 1000,
    });
  }
}
