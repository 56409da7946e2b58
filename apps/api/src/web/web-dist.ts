import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths the single-page app never answers: the API, its docs, the health check, the queue dashboard. */
export const NOT_THE_APP = /^\/(api|docs|health|admin\/queues)(\/|$|-json)/;

/**
 * Where the built web app is: apps/web/dist of the checkout or image this file runs from. Found by
 * walking up, so it works from the TypeScript sources (tests) and from dist/apps/api (production).
 */
export function findWebDist(from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
