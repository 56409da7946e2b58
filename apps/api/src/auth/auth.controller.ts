import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, AuthService, UsersService } from '@dondoc/users';
import { CurrentUser, Public } from './auth.decorators';
import { LoginDto } from './auth.dto';
import { toUserView } from '../users/user.view';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; answers a bearer token' })
  login(@Body() body: LoginDto) {
    return this.auth.login(body.username, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with unit and scope' })
  async me(@CurrentUser() actor: Actor) {
    const user = await this.users.get(actor.id);
    return { ...toUserView(user), scopeUnitId: actor.scopeUnitId };
  }
}
