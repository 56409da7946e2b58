import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, DomainError } from '@dondoc/core';
import { UnitsService } from '@dondoc/organizations';
import { User } from '../user.entity';
import { UsersService } from '../users.service';
import { Actor, seesWholeAuthority } from './actor';
import { PasswordHasher } from './password-hasher';

interface TokenClaims {
  sub: string;
  /** Set on narrow tokens (e.g. the queue dashboard's cookie): those never sign API requests. */
  purpose?: string;
}

/** Sign-in with a password, bearer tokens, and turning a token back into an Actor with its scope. */
@Injectable()
export class AuthService {
  /** Verifying against a real hash when the user is unknown keeps both answers equally slow. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly users: UsersService,
    private readonly units: UnitsService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {
    this.decoyHash = hasher.hash('decoy-password-for-timing');
  }

  async login(
    username: string,
    password: string,
  ): Promise<{ accessToken: string; expiresIn: number; user: Actor }> {
    const user = await this.users.findForLogin(username);
    const ok = await this.hasher.verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !ok || !user.active) {
      throw new DomainError('AUTH_INVALID_CREDENTIALS', 'Wrong username or password.');
    }
    const claims: TokenClaims = { sub: user.id };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.JWT_TTL_SECONDS });
    return { accessToken, expiresIn: this.config.JWT_TTL_SECONDS, user: await this.actorOf(user) };
  }

  /** The Actor behind a bearer token, re-read from the database so a deactivated account stops at once. */
  async authenticate(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new DomainError('AUTH_REQUIRED', 'Your session has expired or is invalid. Sign in again.');
    }
    if (claims.purpose !== undefined) {
      throw new DomainError('AUTH_REQUIRED', 'This token is not for the API. Sign in again.');
    }
    const user = await this.users.get(claims.sub).catch(() => null);
    if (!user?.active)
      throw new DomainError('AUTH_REQUIRED', 'This account is no longer active. Sign in again.');
    return this.actorOf(user);
  }

  async actorOf(user: User): Promise<Actor> {
    const unit = user.unit ?? (await this.units.get(user.unitId));
    const scope = seesWholeAuthority(user) ? await this.units.authorityOf(unit) : unit;
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      unitId: user.unitId,
      scopeUnitId: scope.id,
      scopePath: scope.path,
    };
  }
}
