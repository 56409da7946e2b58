import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process CPU time in clock ticks; 100 a second on every kernel this runs on. */
const TICKS_PER_SECOND = 100;
const SAMPLE_EVERY_MS = 250;

/** utime + stime of one process from /proc/<pid>/stat, and its name; null if it is gone. */
function processCpu(pid: number): { name: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name sits in parentheses and may contain spaces; the fields after it are space-separated.
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' ');
    return { name: stat.slice(stat.indexOf('(') + 1, close), seconds: (+f[11] + +f[12]) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** PostgreSQL titles each backend "postgres: 15/main: user database host(port) state". */
function servesDatabase(pid: number, database: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').split(' ').includes(database);
  } catch {
    return false;
  }
}

/**
 * CPU used during a run by the server process and by the PostgreSQL backends of the bench
 * database (other databases on the server, e.g. other people's tests, are left out). Pools close
 * idle connections, so backends come and go: each is sampled every 250 ms and counted from its
 * first sample (or from zero if it started during the run) to its last.
 */
export class CpuMeter {
  private readonly backends = new Map<number, { first: number; last: number }>();
  private readonly notBench = new Set<number>();
  private readonly serverStart: number;
  private readonly timer: NodeJS.Timeout;
  private started = false;

  constructor(
    private readonly serverPid: number,
    private readonly database: string,
  ) {
    this.serverStart = processCpu(serverPid)?.seconds ?? 0;
    this.sample();
    this.started = true;
    this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
  }

  private sample(): void {
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || this.notBench.has(pid)) continue;
      const seen = this.backends.get(pid);
      if (!seen && !(processCpu(pid)?.name === 'postgres' && servesDatabase(pid, this.database))) {
        this.notBench.add(pid);
        continue;
      }
      const seconds = processCpu(pid)?.seconds;
      if (seconds === undefined) continue;
      if (seen) seen.last = seconds;
      else this.backends.set(pid, { first: this.started ? 0 : seconds, last: seconds });
    }
  }

  /** Stops sampling; CPU seconds of the server and of the database's backends since the start. */
  stop(): { server: number; postgres: number } {
    this.sample();
    clearInterval(this.timer);
    let postgres = 0;
    for (const { first, last } of this.backends.values()) postgres += last - first;
    return { server: (processCpu(this.serverPid)?.seconds ?? 0) - this.serverStart, postgres };
  }
}
