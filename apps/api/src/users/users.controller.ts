import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, UsersService } from '@dondoc/users';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid-param';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './user.dto';
import { toUserView } from './user.view';

const uuid = uuidParam('USER_NOT_FOUND', 'user');

/** People: everyone finds colleagues in their scope (to pass a task on); administrators manage accounts. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users in your scope, paginated' })
  async list(@CurrentUser() actor: Actor, @Query() q: UserListQueryDto) {
    const { items, total } = await this.users.list({ scopePath: actor.scopePath, ...q });
    return { items: items.map(toUserView), total, page: q.page, pageSize: q.pageSize };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user' })
  async get(@CurrentUser() actor: Actor, @Param('id', uuid) id: string) {
    return toUserView(await this.users.get(id, actor.scopePath));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an account (admin)' })
  async create(@CurrentUser() actor: Actor, @Body() body: CreateUserDto) {
    return toUserView(await this.users.create(body, actor.scopePath));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an account: role, unit, contact, password, active (admin)' })
  async update(@CurrentUser() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateUserDto) {
    return toUserView(await this.users.update(id, body, actor.scopePath));
  }
}
