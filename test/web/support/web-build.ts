import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB = join(__dirname, '..', '..', '..', 'apps', 'web');
const INDEX = join(WEB, 'dist', 'index.html');

/** The newest modification time under a folder (sources, config), to tell whether dist is stale. */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/**
 * The browser tests run against the built app the API serves. CI builds it first (`npm run
 * build:web` in .ci/run); a developer's run builds it here when it is missing or older than the sources.
 */
export function ensureWebBuilt(): void {
  const sources = Math.max(
    newest(join(WEB, 'src')),
    newest(join(WEB, 'index.html')),
    newest(join(WEB, 'vite.config.ts')),
    newest(join(WEB, 'package.json')),
  );
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return;
  execSync('npm run build:web', { cwd: join(WEB, '..', '..'), stdio: 'pipe' });
}
