import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response } from 'express';
import { JobQueues } from '@dondoc/queue';
import { AuthService, UsersService } from '@dondoc/users';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'dondoc_queues';
/** A dashboard session is short: it is for looking, and an admin can ask for another. */
export const DASHBOARD_SESSION_SECONDS = 15 * 60;
const PURPOSE = 'queue-dashboard';

/**
 * bull-board at /admin/queues, for administrators only. A browser cannot send a bearer header on
 * page loads, so an admin first asks POST /api/admin/queues/session (with the bearer token) for a
 * short-lived HttpOnly cookie scoped to this path; scripts may send the bearer header instead.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queues: JobQueues,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  private router?: (req: Request, res: Response, next: NextFunction) => void;

  onModuleInit(): void {
    // An application context without HTTP (a CLI) has nothing to mount on.
    if (!this.adapterHost.httpAdapter) return;
    const app = this.adapterHost.httpAdapter.getInstance<{
      use: (path: string, ...handlers: unknown[]) => void;
    }>();
    app.use(DASHBOARD_PATH, (req: Request, res: Response, next: NextFunction) => {
      this.access(req).then(
        (access) => {
          if (access === 'admin') return this.board()(req, res, next);
          res
            .status(access === 'forbidden' ? 403 : 401)
            .json(access === 'forbidden' ? forbidden() : unauthorised());
        },
        () => res.status(401).json(unauthorised()),
      );
    });
  }

  /** Built on the first admin visit: an API that nobody inspects opens no queue connections. */
  private board() {
    if (!this.router) {
      const serverAdapter = new ExpressAdapter();
      serverAdapter.setBasePath(DASHBOARD_PATH);
      createBullBoard({
        queues: this.queues.all().map((q) => new BullMQAdapter(q)),
        // @bull-board/express pins its own copy of @bull-board/api: same shape, distinct declarations.
        serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      });
      this.router = serverAdapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void;
    }
    return this.router;
  }

  /** A signed cookie value for the admin `userId`. */
  sessionToken(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId, purpose: PURPOSE }, { expiresIn: DASHBOARD_SESSION_SECONDS });
  }

  /** Who is asking: an administrator, someone signed in who is not one, or nobody we know. */
  private async access(req: Request): Promise<'admin' | 'forbidden' | 'anonymous'> {
    const [scheme, bearer] = (req.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() === 'bearer' && bearer) {
      return (await this.auth.authenticate(bearer)).role === 'admin' ? 'admin' : 'forbidden';
    }
    const cookie = readCookie(req.headers.cookie ?? '', DASHBOARD_COOKIE);
    if (!cookie) return 'anonymous';
    const claims = await this.jwt.verifyAsync<{ sub: string; purpose?: string }>(cookie);
    if (claims.purpose !== PURPOSE) return 'anonymous';
    const user = await this.users.get(claims.sub);
    return user.active && user.role === 'admin' ? 'admin' : 'forbidden';
  }
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

const forbidden = () => ({
  code: 'FORBIDDEN',
  message: 'The queue dashboard is for administrators only.',
});

const unauthorised = () => ({
  code: 'AUTH_REQUIRED',
  message: `Administrators only: POST /api/admin/queues/session with your bearer token, then open ${DASHBOARD_PATH}.`,
});
