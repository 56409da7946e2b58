import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root: children run from here so they resolve its node_modules. */
export const ROOT = join(__dirname, '..', '..', '..');

/** A server the bench started as a child process, listening on loopback. */
export interface ChildServer {
  name: string;
  pid: number;
  baseUrl: string;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  /** The last lines it printed, for an error message. */
  recentOutput(): string;
  stop(): Promise<void>;
}

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return kb ? Number(kb[1]) / 1024 : NaN;
}

/**
 * Starts `node <args>` with exactly `env` (plus PATH), waits until `readyPath` answers 200 and
 * gives a handle to measure and stop it. The output is kept, not shown, unless it fails to start.
 */
export async function startChildServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<ChildServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // A server left over from an interrupted run would answer in place of the new one.
  const occupied = await fetch(`${baseUrl}${readyPath}`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`Port ${port} already answers: stop what listens there first (ss -ltnp).`);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const state: { exited: number | null } = { exited: null };
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      state.exited = code ?? -1;
      resolve();
    }),
  );
  // However the bench ends, its servers end with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exit.then(() => process.removeListener('exit', killOnExit));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (state.exited !== null)
      throw new Error(`${name} exited (${state.exited}) before it was ready:\n${lines.join('\n')}`);
    const ok = await fetch(`${baseUrl}${readyPath}`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer ${readyPath} within 90 s:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    name,
    pid,
    baseUrl,
    peakRssMiB: () => statusField(pid, 'VmHWM'),
    recentOutput: () => lines.join('\n'),
    stop: async () => {
      if (state.exited !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
