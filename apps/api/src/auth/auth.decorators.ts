import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Role } from '@dondoc/users';

export const PUBLIC_KEY = 'dondoc:public';
export const ROLES_KEY = 'dondoc:roles';

/** Reachable without signing in (login, health, API docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the handler; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in Actor the guard attached to the request. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
