import { cpus, loadavg } from 'node:os';
import type { BurstOutcome } from './load/cold-burst';
import type { Measurement } from './load/measure';
import type { ScenarioName } from './load/scenarios';
import type { BenchOptions } from './options';
import { thousands } from './progress';

export interface Row {
  /** As the table shows it: the scenario, with the connections when not the default. */
  key: string;
  scenario: ScenarioName;
  label: string;
  connections: number;
  api?: Measurement;
  bare?: Measurement;
  /** Why the row has no figures (e.g. the endpoint does not exist yet). */
  skipped?: string;
}

export const AIMS = { minRatio: 0.5, overdueP95Ms: 50, peakRssMB: 250 };

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
export const ratioOf = (row: Row) => (row.api && row.bare ? row.api.rps / row.bare.rps : NaN);

function failures(m?: Measurement): string {
  if (!m) return '';
  const parts = Object.entries(m.failures).map(([status, n]) => `${n}×${status}`);
  if (m.socketErrors) parts.push(`${m.socketErrors} socket errors`);
  if (m.timeouts) parts.push(`${m.timeouts} timeouts`);
  return parts.join(', ');
}

/**
 * The table of issue 2: per endpoint and server, p50/p95/p99, req/s, and API ÷ bare; then the CPU
 * milliseconds each answer cost the server process and PostgreSQL, which says where the time went.
 */
export function printTable(rows: Row[]): void {
  const header =
    `${pad('endpoint', 11)} ${pad('server', 6)} ${lpad('p50 ms', 8)} ${lpad('p95 ms', 8)} ${lpad('p99 ms', 8)} ` +
    `${lpad('req/s', 7)} ${lpad('ratio', 6)} ${lpad('cpu/req', 8)} ${lpad('pg/req', 7)}  errors`;
  console.log(header);
  console.log('-'.repeat(header.length + 6));
  for (const row of rows) {
    if (row.skipped) {
      console.log(`${pad(row.key, 11)} skipped: ${row.skipped}`);
      continue;
    }
    for (const server of ['api', 'bare'] as const) {
      const m = row[server];
      if (!m) continue;
      const ratio = server === 'api' ? ratioOf(row).toFixed(2) : '';
      console.log(
        `${pad(server === 'api' ? row.key : '', 11)} ${pad(server, 6)} ${lpad(ms(m.p50), 8)} ${lpad(ms(m.p95), 8)} ` +
          `${lpad(ms(m.p99), 8)} ${lpad(m.rps.toFixed(0), 7)} ${lpad(ratio, 6)} ${lpad(ms(m.serverCpuMs), 8)} ` +
          `${lpad(ms(m.postgresCpuMs), 7)}  ${failures(m) || '0'}`,
      );
    }
  }
}

/** Whether each aim of issue 2 is met, one line each; true when all are. */
export function printAims(rows: Row[], peakRssMB: number, burst: BurstOutcome, connections: number): boolean {
  const verdict = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  const main = rows.filter((r) => r.connections === connections);
  const measured = main.filter((r) => r.api && r.bare);
  const lines: [boolean, string][] = measured.map((r) => [
    ratioOf(r) >= AIMS.minRatio,
    `${r.key}: API/bare req/s ${ratioOf(r).toFixed(2)} (aim ≥ ${AIMS.minRatio})`,
  ]);
  const overdue = main.find((r) => r.scenario === 'overdue');
  lines.push(
    overdue?.api
      ? [
          overdue.api.p95 <= AIMS.overdueP95Ms,
          `overdue report p95 ${ms(overdue.api.p95)} ms at ${connections} connections (aim ≤ ${AIMS.overdueP95Ms} ms)`,
        ]
      : [false, `overdue report p95: not measured (${overdue?.skipped ?? 'not run'})`],
  );
  lines.push([
    peakRssMB <= AIMS.peakRssMB,
    `API peak RSS ${peakRssMB.toFixed(0)} MB (aim ≤ ${AIMS.peakRssMB} MB)`,
  ]);
  const clean = measured.every((r) => !failures(r.api) && !failures(r.bare));
  lines.push([clean, clean ? 'no failed requests' : 'some requests failed (see errors column)']);
  lines.push([
    burst.aliveAfter,
    burst.aliveAfter
      ? 'API survives a cold-start burst'
      : 'API wedged by a cold-start burst (pool deadlock; restarted to measure)',
  ]);
  for (const [ok, text] of lines) console.log(`  ${verdict(ok)}  ${text}`);
  return lines.every(([ok]) => ok);
}

export interface Summary {
  opts: BenchOptions;
  seedSeconds: number | null;
  rows: Row[];
  peakRssMB: number;
  burst: BurstOutcome;
  loadBefore: number[];
}

export function printSummary(s: Summary): void {
  const { opts, rows } = s;
  const z = opts.sizes;
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  console.log('');
  console.log(
    `dondoc API benchmark: ${thousands(z.tasks)} tasks, ${thousands(z.units)} units, ${thousands(z.users)} users, ` +
      `${thousands(z.directives)} directives over ${z.years} years` +
      (s.seedSeconds === null ? ' (reused)' : ` (seeded in ${(s.seedSeconds / 60).toFixed(1)} min)`),
  );
  console.log(
    `autocannon: ${opts.connections} connections; per endpoint and server ${opts.warmupSeconds} s warm-up, then ` +
      `${opts.durationSeconds} s measured in ${opts.rounds} rounds alternating API and bare; pool ${opts.poolSize} in both; ` +
      `${cpus().length} cores, node ${process.version}, load average ${load(s.loadBefore)} before, ${load(loadavg())} after`,
  );
  console.log(
    'bare = node:http + pg running the API’s own statements (bench/api/baseline/sql.ts): per-request token check and ' +
      'two-statement user lookup, the same transactions, the reminder re-plan after an action; no Nest, TypeORM, ' +
      'DTO validation, working-day figures or response shaping. cpu/req and pg/req: CPU ms per answer of the server ' +
      'process and of the PostgreSQL backends of the bench database.',
  );
  console.log('');
  for (const row of rows) console.log(`  ${row.key.padEnd(11)} ${row.label}`);
  console.log('');
  printTable(rows);
  console.log('');
  console.log(`API peak RSS (VmHWM over the whole run): ${s.peakRssMB.toFixed(0)} MB`);
  console.log(
    `Cold-start burst (task pages on ${s.burst.connections} connections for ${s.burst.seconds} s right after start): ` +
      `${s.burst.answered} answered` +
      (s.burst.aliveAfter
        ? '; the API kept answering'
        : '; then the API answered nothing more and was restarted'),
  );
  console.log('Aims (issue 2):');
  const allMet = printAims(rows, s.peakRssMB, s.burst, opts.connections);
  console.log(allMet ? 'All aims met.' : 'Some aims missed.');
}
