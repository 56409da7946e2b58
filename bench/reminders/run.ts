/**
 * npm run bench:reminders [-- --tasks 100000 --deliveries 10000 --units 200 --no-build]
 *
 * Plans reminders for `tasks` open tasks, then drains `deliveries` deliveries due within one
 * minute (evenly spread) through a worker process against local SMTP and SMS peers. In the same
 * run, measures raw BullMQ addBulk and no-op processing as the yardstick. Prints the figures.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CalendarException, CalendarService } from '@dondoc/calendar';
import { Clock, dataSourceOptions, instantAt, loadConfig, runMigrationsLocked } from '@dondoc/core';
import { ReminderMaterializer, ReminderPlanner, ReminderPolicies } from '@dondoc/notifications';
import { bullConnectionOptions } from '@dondoc/queue';
import { ALL_ENTITIES } from '@dondoc/schema';
import { startSmsGatewayPeer } from '../../test/support/peers/sms-gateway-peer';
import { startSmtpPeer } from '../../test/support/peers/smtp-peer';
import { exited, startWorkerProcess, workerEnv } from '../../test/support/peers/worker-process';
import { measureRawBullmq } from './raw-bullmq';
import { seed } from './seed';
import { fmt, peakRssMb, percentile } from './stats';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TASKS = arg('tasks', 100_000);
const DELIVERIES = arg('deliveries', 10_000);
const UNITS = arg('units', 200);
const DAY = '2025-06-16'; // a Monday: a working day, so nothing is held back
const ROOT = resolve(__dirname, '../..');
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (s: string) => console.log(s);

async function admin(sql: string) {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    log('Building the worker (nest build worker)…');
    execSync('npx nest build worker', { cwd: ROOT, stdio: 'inherit' });
  }
  const name = `dondoc_bench_${randomBytes(3).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await admin(`CREATE DATABASE "${name}"`);
  const smtp = await startSmtpPeer({ parse: false });
  const sms = await startSmsGatewayPeer();
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `dondoc-bench-${randomBytes(3).toString('hex')}`,
    DATABASE_POOL_SIZE: '20',
    MIGRATE_ON_START: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_MAX_CONNECTIONS: '20',
    SMS_PROVIDER: 'esms',
    SMS_BASE_URL: sms.url,
    SMS_API_KEY: sms.apiKey,
    SMS_SECRET_KEY: sms.secretKey,
    SMS_BRAND_NAME: 'BENCH',
    SMS_RATE_PER_SECOND: '5000',
    WORKER_CONCURRENCY: '25',
  });
  const redis = new Redis(config.REDIS_URL);
  // The services wired by hand: tsx compiles without decorator metadata, which Nest's injection needs.
  const db = await new DataSource(dataSourceOptions(config, ALL_ENTITIES)).initialize();
  const clock = new Clock();
  const calendarService = new CalendarService(db.getRepository(CalendarException));
  const policies = new ReminderPolicies(db);
  const planner = new ReminderPlanner(db, calendarService, policies, clock);
  const materializer = new ReminderMaterializer(db, calendarService, policies, clock);
  let worker: Awaited<ReturnType<typeof startWorkerProcess>> | undefined;
  try {
    await runMigrationsLocked(db);
    const calendar = await calendarService.getCalendar();
    clock.setNow(instantAt(DAY, 7 * 60 + 59));
    let t = performance.now();
    await seed(db, calendar, DAY, { units: UNITS, tasks: TASKS, dueOnDay: DELIVERIES / 2 });
    log(`Seeded ${fmt(TASKS)} tasks in ${fmt((performance.now() - t) / 1000, 1)} s`);

    const raw = await measureRawBullmq(bullConnectionOptions(config), config.REDIS_PREFIX, redis, TASKS);

    const memBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    t = performance.now();
    const planned = await planner.replanAll();
    const planSeconds = (performance.now() - t) / 1000;
    const memAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);

    t = performance.now();
    const materialized = await materializer.materializeDue();
    const materializeSeconds = (performance.now() - t) / 1000;

    worker = await startWorkerProcess(
      workerEnv(config, {
        FAKE_NOW: clock.now().toISOString(),
        WORKER_CONCURRENCY: '25',
        SMS_RATE_PER_SECOND: '5000',
        DATABASE_POOL_SIZE: '20',
      }),
      { entry: resolve(ROOT, 'dist/apps/worker/apps/worker/src/main.js') },
    );
    // One clock for both processes, then the burst: DELIVERIES due within one minute from 20 s on.
    const start = new Date(instantAt(DAY, 7 * 60 + 59).getTime() + 30_000);
    worker.send({ setNow: start.toISOString() });
    clock.setNow(start);
    const base = new Date(start.getTime() + 20_000);
    await db.query(
      `UPDATE deliveries d SET planned_at = x.at, send_after = x.at, enqueued_at = NULL
         FROM (SELECT id, $1::timestamptz + (row_number() OVER (ORDER BY id) - 1) * ($2::float8 / $3) * interval '1 millisecond' AS at
                 FROM deliveries) x
        WHERE d.id = x.id`,
      [base.toISOString(), 60_000, materialized],
    );
    const drainStart = performance.now();
    for (;;) {
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM deliveries WHERE state IN ('planned', 'sending')`,
      );
      if (open === 0 || performance.now() - drainStart > 240_000) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const rss = await peakRssMb(worker.pid!);
    const rows: { state: string; ms: number | null; channel: string; id: string }[] = await db.query(
      `SELECT id, state, channel, extract(epoch FROM sent_at - planned_at) * 1000 AS ms FROM deliveries`,
    );
    const lateness = rows.filter((r) => r.ms !== null).map((r) => Number(r.ms));
    const seen = new Map<string, number>();
    for (const m of smtp.inbox) seen.set(m.deliveryId!, (seen.get(m.deliveryId!) ?? 0) + 1);
    for (const m of sms.messages) seen.set(m.requestId, (seen.get(m.requestId) ?? 0) + 1);
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    const byState = rows.reduce<Record<string, number>>(
      (a, r) => ({ ...a, [r.state]: (a[r.state] ?? 0) + 1 }),
      {},
    );

    const planRate = TASKS / planSeconds;
    log('');
    log(
      `Reminders benchmark — ${fmt(TASKS)} tasks, ${fmt(materialized)} deliveries in one minute, ${UNITS} units`,
    );
    log(`  raw BullMQ addBulk ............ ${fmt(raw.addPerSecond)} jobs/s`);
    log(`  raw BullMQ no-op processing ... ${fmt(raw.processPerSecond)} jobs/s`);
    log(
      `  planning (reminder_schedules) . ${fmt(planRate)} tasks/s (${fmt(planned)} planned in ${fmt(planSeconds, 2)} s), ratio to addBulk ${fmt(planRate / raw.addPerSecond, 2)}`,
    );
    log(`  day's deliveries materialised . ${fmt(materialized)} in ${fmt(materializeSeconds, 2)} s`);
    log(
      `  firing lateness ............... p50 ${fmt(percentile(lateness, 50))} ms, p95 ${fmt(percentile(lateness, 95))} ms, p99 ${fmt(percentile(lateness, 99))} ms`,
    );
    log(
      `  outcome ....................... ${JSON.stringify(byState)}; emails received ${fmt(smtp.inbox.length)}, SMS accepted ${fmt(sms.messages.length)}`,
    );
    log(`  duplicates .................... ${duplicates}`);
    log(
      `  Redis memory per planned task . ${fmt((memAfter - memBefore) / TASKS, 1)} bytes (plans live in PostgreSQL)`,
    );
    log(
      `  Redis memory per queued job ... ${fmt(raw.bytesPerJob)} bytes (same payload and options as a delivery)`,
    );
    log(`  worker peak RSS ............... ${fmt(rss)} MB`);
  } finally {
    worker?.kill('SIGTERM');
    if (worker) await exited(worker);
    await db.destroy();
    const keys = await redis.keys(`${config.REDIS_PREFIX}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    redis.disconnect();
    await smtp.close();
    await sms.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
