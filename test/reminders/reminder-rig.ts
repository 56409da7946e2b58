import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock } from '@dondoc/core';
import { ReminderTicker } from '@dondoc/notifications';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { WorkerRunner } from '../../apps/worker/src/worker-runner.service';
import { freePort } from '../support/peers/free-port';
import { SmsGatewayPeer, startSmsGatewayPeer } from '../support/peers/sms-gateway-peer';
import { SmtpPeer, startSmtpPeer } from '../support/peers/smtp-peer';
import { startTestApp, TestApp } from '../support/test-app';

export interface ReminderRig {
  t: TestApp;
  worker: INestApplicationContext | null;
  smtp: SmtpPeer;
  sms: SmsGatewayPeer;
  db: DataSource;
  /** Moves "now" in the API and the worker alike. */
  setNow(instant: Date): void;
  /** One scheduler tick, as the worker's job scheduler runs it. */
  tick(): Promise<unknown>;
  deliveries(where?: string, params?: unknown[]): Promise<DeliveryRow[]>;
  close(): Promise<void>;
}

export interface DeliveryRow {
  id: string;
  kind: string;
  task_id: string | null;
  recipient_id: string;
  channel: 'email' | 'sms';
  state: string;
  attempts: number;
  key: string;
  last_error: string | null;
  planned_at: Date;
  sent_at: Date | null;
  provider_message_id: string | null;
  digest_id: string | null;
}

/** A wall-clock time in Hà Nội as an instant. */
export const hanoi = (iso: string) => new Date(`${iso}+07:00`);

export const SMS_CALLBACK_SECRET = 'test-callback-secret';

/**
 * The API listening on a loopback port, real SMTP and SMS peers, and (unless `inProcessWorker` is
 * false) the worker in this process with its scheduler off: tests tick it themselves.
 */
export async function startReminderRig(
  options: { inProcessWorker?: boolean; overrides?: Record<string, string> } = {},
): Promise<ReminderRig> {
  const smtp = await startSmtpPeer();
  const sms = await startSmsGatewayPeer();
  const port = await freePort();
  const t = await startTestApp({
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'nhacviec@ubnd.example.test',
    SMS_PROVIDER: 'esms',
    SMS_BASE_URL: sms.url,
    SMS_API_KEY: sms.apiKey,
    SMS_SECRET_KEY: sms.secretKey,
    SMS_BRAND_NAME: 'UBND-HS',
    SMS_CALLBACK_SECRET,
    SMS_TIMEOUT_MS: '1500',
    REMINDER_TICK_MS: '500', // the scheduler is off in tests; this keeps the queue's look-ahead to 2 s
    ...options.overrides,
  });
  await t.app.listen(port, '127.0.0.1');
  let worker: INestApplicationContext | null = null;
  if (options.inProcessWorker !== false) {
    worker = await NestFactory.createApplicationContext(WorkerModule.register(t.config), {
      logger: ['error'],
    });
    await worker.get(WorkerRunner).start({ scheduler: false, backfill: false });
  }
  const db = t.app.get(DataSource);
  return {
    t,
    worker,
    smtp,
    sms,
    db,
    setNow(instant) {
      t.app.get(Clock).setNow(instant);
      worker?.get(Clock).setNow(instant);
    },
    tick: () => worker!.get(ReminderTicker).tick(),
    deliveries: (where = 'true', params = []) =>
      db.query(`SELECT * FROM deliveries WHERE ${where} ORDER BY planned_at, channel, id`, params),
    async close() {
      await worker?.close();
      await t.close();
      await smtp.close();
      await sms.close();
    },
  };
}

/** Polls until `check` passes (or throws its last failure after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Waits until no delivery is planned or being sent and due by now, i.e. the burst has drained. */
export async function drained(rig: ReminderRig, timeoutMs = 15_000): Promise<void> {
  await eventually(async () => {
    const busy: { id: string; state: string; kind: string; channel: string }[] = await rig.db.query(
      `SELECT id, state, kind, channel FROM deliveries
        WHERE state = 'sending' OR (state = 'planned' AND NOT digest AND send_after <= $1)`,
      [rig.t.app.get(Clock).now().toISOString()],
    );
    if (busy.length) throw new Error(`Still in flight: ${JSON.stringify(busy)}`);
  }, timeoutMs);
}
