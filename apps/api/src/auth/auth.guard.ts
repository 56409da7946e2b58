import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '@dondoc/core';
import { Actor, AuthService, Role } from '@dondoc/users';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';

/** Global guard: every route needs a bearer token unless marked @Public(); @Roles narrows further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError(
        'AUTH_REQUIRED',
        'Sign in first: send "Authorization: Bearer <token>" from POST /api/auth/login.',
      );
    }
    request.actor = await this.auth.authenticate(token);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new DomainError('FORBIDDEN', `Your role (${request.actor.role}) may not do this.`);
    }
    return true;
  }
}
