import autocannon, { RequestSpec } from 'autocannon';
import { CpuMeter } from './cpu';

export interface LoadSettings {
  connections: number;
  seconds: number;
}

/** What the server is, for the CPU columns: its pid and the database its connections use. */
export interface ServerProcess {
  pid: number;
  database: string;
}

export interface Measurement {
  seconds: number;
  /** 2xx answers per second over the whole run. */
  rps: number;
  ok: number;
  /** Latency percentiles in ms over every answer (autocannon reports p97.5, not p95, so we keep our own). */
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, by status. */
  failures: Record<number, number>;
  socketErrors: number;
  timeouts: number;
  /** CPU time per answer of the server process and of the PostgreSQL backends serving the database, in ms. */
  serverCpuMs: number;
  postgresCpuMs: number;
  /** Every latency, sorted: what combine() merges. */
  latencies: Float64Array;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(
  latencies: Float64Array,
  parts: Pick<Measurement, 'seconds' | 'ok' | 'failures' | 'socketErrors' | 'timeouts'>,
  cpu: { server: number; postgres: number },
): Measurement {
  const per = (seconds: number) => (latencies.length ? (seconds * 1000) / latencies.length : NaN);
  return {
    ...parts,
    rps: parts.ok / parts.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    serverCpuMs: per(cpu.server),
    postgresCpuMs: per(cpu.postgres),
    latencies,
  };
}

/** One autocannon run against baseUrl: latencies of every answer, 2xx throughput, what failed, CPU used. */
export async function measure(
  baseUrl: string,
  request: RequestSpec,
  load: LoadSettings,
  server?: ServerProcess,
): Promise<Measurement> {
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let ok = 0;
  const instance = autocannon({
    url: baseUrl,
    connections: load.connections,
    pipelining: 1,
    duration: load.seconds,
    timeout: 30,
    requests: [request],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status >= 200 && status < 300) ok++;
    else failures[status] = (failures[status] ?? 0) + 1;
  });
  const meter = server && new CpuMeter(server.pid, server.database);
  const result = await instance;
  const cpu = meter?.stop() ?? { server: NaN, postgres: NaN };
  const sorted = Float64Array.from(latencies).sort();
  // autocannon stops without waiting for the answers in flight; the server still finishes them.
  // Let it, so they neither load the next run nor move a task's version behind the next plan's back.
  const slowest = sorted.length ? sorted[sorted.length - 1] : 1000;
  await new Promise((resolve) => setTimeout(resolve, Math.min(20_000, slowest + 500)));
  return summarise(
    sorted,
    {
      seconds: result.duration,
      ok,
      failures,
      socketErrors: result.errors - result.timeouts,
      timeouts: result.timeouts,
    },
    cpu,
  );
}

/** Several runs as one: throughput over their summed time, percentiles over all their answers. */
export function combine(runs: Measurement[]): Measurement {
  const sum = (f: (m: Measurement) => number) => runs.reduce((s, m) => s + f(m), 0);
  const latencies = Float64Array.from(runs.flatMap((m) => [...m.latencies])).sort();
  const failures: Record<number, number> = {};
  for (const m of runs) {
    for (const [status, n] of Object.entries(m.failures)) failures[+status] = (failures[+status] ?? 0) + n;
  }
  const cpu = (f: (m: Measurement) => number) => sum((m) => (f(m) * m.latencies.length) / 1000);
  return summarise(
    latencies,
    {
      seconds: sum((m) => m.seconds),
      ok: sum((m) => m.ok),
      failures,
      socketErrors: sum((m) => m.socketErrors),
      timeouts: sum((m) => m.timeouts),
    },
    { server: cpu((m) => m.serverCpuMs), postgres: cpu((m) => m.postgresCpuMs) },
  );
}

/** Sends the one request `spec` would send first, alone, and feeds the answer back to it. */
export async function sendOnce(baseUrl: string, spec: RequestSpec): Promise<number> {
  const context: Record<string, unknown> = {};
  const request = spec.setupRequest ? spec.setupRequest({ ...spec }, context) : spec;
  const res = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const body = await res.text();
  spec.onResponse?.(res.status, body, context, Object.fromEntries(res.headers));
  return res.status;
}
