import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PreferencesService } from '@dondoc/notifications';
import type { Actor } from '@dondoc/users';
import { CurrentUser } from '../auth/auth.decorators';
import { PreferencesDto } from './notifications.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'How you are reminded: channels, and digest or immediate' })
  get(@CurrentUser() actor: Actor) {
    return this.preferences.get(actor.id);
  }

  @Put()
  @ApiOperation({ summary: 'Choose your channels (email, SMS) and digest or immediate' })
  set(@CurrentUser() actor: Actor, @Body() body: PreferencesDto) {
    return this.preferences.set(actor.id, body);
  }
}
