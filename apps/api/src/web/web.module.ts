import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import { findWebDist, NOT_THE_APP } from './web-dist';

/**
 * Serves the built web app at / with a fallback to index.html for the app's own routes
 * (/tasks/…, /overdue), so a reload or a shared link opens the right screen. Registered after the
 * API's routes (onModuleInit runs once they are mapped), so /api, /docs and /health are untouched
 * and keep their JSON 404.
 */
@Module({})
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger('WebModule');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    if (!this.adapterHost.httpAdapter) return; // no HTTP server (a CLI context): nothing to serve
    const dist = findWebDist();
    if (!dist) {
      this.logger.log('No web app to serve (apps/web/dist is missing): build it with `npm run build:web`.');
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    // Hashed file names change with their content: cache them for good. index.html never.
    app.use(
      '/assets',
      express.static(join(dist, 'assets'), {
        immutable: true,
        maxAge: '1y',
        index: false,
        fallthrough: false,
      }),
    );
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    const index = join(dist, 'index.html');
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_APP.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    this.logger.log(`Serving the web app from ${dist}`);
  }
}
