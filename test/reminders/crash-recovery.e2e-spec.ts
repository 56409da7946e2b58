import type { ChildProcess } from 'node:child_process';
import { createDirective } from '../support/directive-fixture';
import { tokenFor } from '../support/login';
import { createOrgFixture, OrgFixture } from '../support/org-fixture';
import { startRedisProcess, RedisProcess } from '../support/peers/redis-process';
import { exited, startWorkerProcess, workerEnv } from '../support/peers/worker-process';
import { eventually, hanoi, ReminderRig, startReminderRig } from './reminder-rig';

const HEADS = ['financeHead', 'agricultureHead', 'communeAHead', 'communeBHead', 'villageAHead'] as const;
const UNITS = ['finance', 'agriculture', 'communeA', 'communeB', 'villageA'] as const;

/** A burst: `perUnit` tasks for each of five units, all due today, so every unit head gets a reminder per task. */
async function burst(rig: ReminderRig, org: OrgFixture, perUnit: number): Promise<string[]> {
  for (const [i, key] of HEADS.entries()) {
    await rig.db.query(`UPDATE users SET phone = $2 WHERE id = $1`, [org.users[key].id, `09110000${10 + i}`]);
  }
  const office = await tokenFor(rig.t, 'vanphong');
  const clauses = UNITS.flatMap((unit) =>
    Array.from({ length: perUnit }, (_, i) => ({
      title: `Báo cáo số liệu đợt ${i + 1} (${unit})`,
      leadUnitId: org.units[unit].id,
      dueDate: '2025-06-16',
    })),
  );
  const directive = await createDirective(rig.t, office, clauses);
  return directive.clauses.map((c) => c.tasks[0].id);
}

async function states(rig: ReminderRig): Promise<Record<string, number>> {
  const rows: { state: string; n: number }[] = await rig.db.query(
    `SELECT state, count(*)::int AS n FROM deliveries GROUP BY state ORDER BY state`,
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Every delivery ended sent, delivered or reported (failed/unknown), and none reached anyone twice. */
async function expectEachAtMostOnce(rig: ReminderRig, expected: number) {
  const rows = await rig.deliveries();
  expect(rows).toHaveLength(expected);
  expect(rows.filter((r) => ['planned', 'sending'].includes(r.state))).toEqual([]);
  const emailsById = new Map<string, number>();
  for (const m of rig.smtp.inbox) emailsById.set(m.deliveryId!, (emailsById.get(m.deliveryId!) ?? 0) + 1);
  expect([...emailsById.values()].filter((n) => n > 1)).toEqual([]);
  for (const r of rows.filter((d) => d.channel === 'email')) {
    if (r.state === 'sent') expect(emailsById.get(r.id)).toBe(1);
    else expect(r.state).toBe('unknown'); // the office sees it: may or may not have gone, never sent twice
  }
  for (const r of rows.filter((d) => d.channel === 'sms')) {
    expect(r.state).toBe('sent'); // an SMS is always finished: the gateway drops the repeat
    expect(rig.sms.messages.filter((m) => m.requestId === r.id)).toHaveLength(1);
  }
}

describe('a worker killed in the middle of a burst', () => {
  let rig: ReminderRig;
  let org: OrgFixture;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    rig = await startReminderRig({ inProcessWorker: false });
    org = await createOrgFixture(rig.t.app);
  }, 60_000);
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await rig.close();
  }, 30_000);

  it('finishes every delivery after a restart, each sent or reported, none twice', async () => {
    const start = hanoi('2025-06-16T08:00:00');
    rig.setNow(start);
    await burst(rig, org, 8); // 40 tasks → 80 deliveries
    rig.smtp.fallback = { delayMs: 150 };
    rig.sms.script = Array.from({ length: 30 }, () => ({ slowMs: 100 }));
    const env = (startAt: Date) =>
      workerEnv(rig.t.config, {
        FAKE_NOW: startAt.toISOString(),
        REMINDER_TICK_MS: '300',
        DELIVERY_LEASE_MS: '3000',
        WORKER_LOCK_MS: '3000',
        WORKER_CONCURRENCY: '4',
      });

    worker = await startWorkerProcess(env(start));
    await eventually(() => expect(rig.smtp.inbox.length).toBeGreaterThanOrEqual(6), 30_000);
    worker.kill('SIGKILL');
    await exited(worker);
    const atKill = await states(rig);
    expect(atKill.planned ?? 0).toBeGreaterThan(0); // killed in the middle, not after

    // The restarted worker's clock is past the lease of the claims the dead one left behind.
    worker = await startWorkerProcess(env(new Date(start.getTime() + 60_000)));
    await eventually(async () => {
      const now = await states(rig);
      expect([now.planned ?? 0, now.sending ?? 0]).toEqual([0, 0]);
    }, 60_000);
    await expectEachAtMostOnce(rig, 80);
    worker.kill('SIGTERM');
    await exited(worker);
  }, 150_000);
});

describe('Redis restarting empty in the middle of a burst', () => {
  let redis: RedisProcess;
  let rig: ReminderRig;
  let org: OrgFixture;

  beforeAll(async () => {
    redis = await startRedisProcess();
    rig = await startReminderRig({ overrides: { REDIS_URL: redis.url } });
    org = await createOrgFixture(rig.t.app);
  }, 60_000);
  afterAll(async () => {
    await rig.close();
    await redis.kill();
  }, 30_000);

  it('loses nothing: what was queued is queued again from PostgreSQL', async () => {
    rig.setNow(hanoi('2025-06-16T08:00:00'));
    await burst(rig, org, 6); // 30 tasks → 60 deliveries
    rig.smtp.fallback = { delayMs: 100 };
    await rig.tick();
    await eventually(() => expect(rig.smtp.inbox.length).toBeGreaterThanOrEqual(4), 20_000);
    await redis.restart();
    await eventually(async () => {
      await rig.tick().catch(() => undefined); // refused while Redis comes back
      const now = await states(rig);
      expect([now.planned ?? 0, now.sending ?? 0]).toEqual([0, 0]);
    }, 60_000);
    await expectEachAtMostOnce(rig, 60);
    expect(await states(rig)).toEqual({ sent: 60 });
  }, 120_000);
});
