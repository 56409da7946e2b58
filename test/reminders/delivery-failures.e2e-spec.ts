import { createDirective } from '../support/directive-fixture';
import { tokenFor } from '../support/login';
import { createOrgFixture, OrgFixture } from '../support/org-fixture';
import {
  drained,
  eventually,
  hanoi,
  ReminderRig,
  SMS_CALLBACK_SECRET,
  startReminderRig,
} from './reminder-rig';

/**
 * What the office sees when delivery goes wrong: retries for transient failures (5xx, 429, slow
 * answers, "try later"), an immediate stop for permanent ones, and the delivery log.
 */
describe('failed, retried and confirmed deliveries, and the delivery log', () => {
  let rig: ReminderRig;
  let org: OrgFixture;
  let office: string;
  let admin: string;
  const taskOf: Record<string, string> = {};
  const phones = {
    communeBHead: '0911000099',
    agricultureHead: '0911000004',
    financeHead: '0911000001',
    villageAHead: '0911000005',
  };

  beforeAll(async () => {
    rig = await startReminderRig();
    org = await createOrgFixture(rig.t.app);
    for (const [key, phone] of Object.entries(phones)) {
      await rig.db.query(`UPDATE users SET phone = $2 WHERE id = $1`, [
        org.users[key as keyof typeof phones].id,
        phone,
      ]);
    }
    [office, admin] = await Promise.all(['vanphong', 'admin'].map((u) => tokenFor(rig.t, u)));

    rig.sms.byPhone.set(phones.communeBHead, { code: '789' }); // a number the gateway refuses, every time
    rig.sms.byPhone.set(phones.agricultureHead, ['error500']); // one 5xx, then fine
    rig.sms.byPhone.set(phones.financeHead, [{ slowMs: 2500 }]); // answers after we gave up (timeout 1.5 s)
    rig.sms.byPhone.set(phones.villageAHead, ['rate429']);
    rig.smtp.byRecipient.set('nnmt.truongphong@example.test', ['tempfail']);
    rig.smtp.byRecipient.set('tckh.truongphong@example.test', 'reject');

    rig.setNow(hanoi('2025-06-09T09:00:00'));
    const units = {
      communeB: 'Xã Sơn Kim 1',
      agriculture: 'NN&MT',
      finance: 'TC-KH',
      villageA: 'Thôn 1',
    } as const;
    const directive = await createDirective(
      rig.t,
      office,
      Object.entries(units).map(([unit, name]) => ({
        title: `Báo cáo tiến độ giải phóng mặt bằng (${name})`,
        leadUnitId: org.units[unit as keyof typeof units].id,
        dueDate: '2025-06-16',
      })),
    );
    Object.keys(units).forEach((unit, i) => (taskOf[unit] = directive.clauses[i].tasks[0].id));
    rig.setNow(hanoi('2025-06-16T08:00:00')); // the deadline: "due today" to every unit head
    await rig.tick();
    await drained(rig, 30_000);
  }, 90_000);
  afterAll(() => rig.close(), 30_000);

  const row = async (task: string, channel: 'email' | 'sms') =>
    (await rig.deliveries('task_id = $1 AND channel = $2', [taskOf[task], channel]))[0];

  it('stops at once on a permanent refusal and says why', async () => {
    expect(await row('communeB', 'sms')).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await row('communeB', 'sms')).last_error).toMatch(/SMS refused \(789\)/);
    expect(await row('finance', 'email')).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await row('finance', 'email')).last_error).toMatch(/550/);
    expect(rig.sms.requests.filter((r) => r.phone === phones.communeBHead)).toHaveLength(1);
  });

  it('retries a 5xx, a "try later" and a 429, and each message arrives once', async () => {
    expect(await row('agriculture', 'sms')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(rig.sms.requests.filter((r) => r.phone === phones.agricultureHead).map((r) => r.answered)).toEqual(
      ['500', '100'],
    );
    expect(await row('agriculture', 'email')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(rig.smtp.to('nnmt.truongphong@example.test')).toHaveLength(1);
    // A 429 waits without spending an attempt.
    expect(await row('villageA', 'sms')).toMatchObject({ state: 'sent', attempts: 1 });
    expect(rig.sms.requests.filter((r) => r.phone === phones.villageAHead).map((r) => r.answered)).toEqual([
      '429',
      '100',
    ]);
  });

  it('sends again after a slow answer under the same request id, and the gateway keeps one message', async () => {
    const sms = await row('finance', 'sms');
    expect(sms).toMatchObject({ state: 'sent', attempts: 2 });
    expect(rig.sms.requests.filter((r) => r.requestId === sms.id).map((r) => r.answered)).toEqual([
      '100',
      '124',
    ]);
    const kept = rig.sms.messages.filter((m) => m.requestId === sms.id);
    expect(kept).toHaveLength(1);
    expect(sms.provider_message_id).toBe(kept[0].smsId);
  });

  it('shows the office every message with its state, address, provider id and last error', async () => {
    const res = await rig.t
      .http()
      .get('/api/deliveries?status=failed&pageSize=50')
      .set('Authorization', office)
      .expect(200);
    expect(res.body.total).toBe(2);
    expect(
      (
        res.body.items as {
          channel: string;
          address: string;
          recipient: { fullName: string };
          lastError: string;
        }[]
      )
        .map((i) => [i.channel, i.recipient.fullName, i.address])
        .sort(),
    ).toEqual([
      ['email', 'Lê Văn Tài', 'tckh.truongphong@example.test'],
      ['sms', 'Võ Thị Kim', phones.communeBHead],
    ]);
    const all = await rig.t
      .http()
      .get(`/api/deliveries?taskId=${taskOf.agriculture}`)
      .set('Authorization', office)
      .expect(200);
    expect(all.body.items.map((i: { state: string }) => i.state).sort()).toEqual(['sent', 'sent']);
    expect(all.body.items[0]).toMatchObject({ plannedAt: expect.any(String), sentAt: expect.any(String) });

    const unitHead = await tokenFor(rig.t, 'sonkim.chutich');
    await rig.t.http().get('/api/deliveries').set('Authorization', unitHead).expect(403);
    const onTask = await rig.t
      .http()
      .get(`/api/tasks/${taskOf.communeB}/deliveries`)
      .set('Authorization', unitHead)
      .expect(200);
    expect(onTask.body).toMatchObject({ failed: 1, unknown: 0 });
    await rig.t
      .http()
      .get(`/api/tasks/${taskOf.finance}/deliveries`)
      .set('Authorization', unitHead)
      .expect(404);
  });

  it('records the gateway’s delivery receipt, and refuses a callback without the secret', async () => {
    const sms = await row('agriculture', 'sms');
    expect(await rig.sms.sendReceipt(sms.provider_message_id!, '5')).toBe(200);
    const confirmed = await row('agriculture', 'sms');
    expect(confirmed.state).toBe('delivered');
    await rig.t
      .http()
      .post('/api/sms/callback?secret=wrong')
      .send({ SMSID: sms.provider_message_id, SendStatus: '4' })
      .expect(401);
    await rig.t
      .http()
      .post('/api/sms/callback')
      .set('X-Callback-Secret', SMS_CALLBACK_SECRET)
      .send({ hello: 'world' })
      .expect(400);
    expect((await row('agriculture', 'sms')).state).toBe('delivered');
  });

  it('opens the queue dashboard to administrators only', async () => {
    await rig.t.http().get('/admin/queues').expect(401);
    await rig.t.http().get('/admin/queues').set('Authorization', office).expect(403);
    const page = await rig.t.http().get('/admin/queues').set('Authorization', admin).expect(200);
    expect(page.text).toContain('<html');
    const session = await rig.t
      .http()
      .post('/api/admin/queues/session')
      .set('Authorization', admin)
      .expect(204);
    const cookie = (session.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(
      /dondoc_queues=.+; Max-Age=900; Path=\/admin\/queues; .*HttpOnly; SameSite=Strict/,
    );
    await rig.t.http().get('/admin/queues/api/queues').set('Cookie', cookie.split(';')[0]).expect(200);
    await rig.t.http().post('/api/admin/queues/session').set('Authorization', office).expect(403);
  });

  it('lets an administrator change a directive’s policy, and re-plans its tasks', async () => {
    const global = await rig.t.http().get('/api/reminder-policy').set('Authorization', office).expect(200);
    expect(global.body).toMatchObject({ beforeWorkingDays: [7, 3, 1], overdueEveryWorkingDays: 2 });
    rig.setNow(hanoi('2025-06-02T09:00:00'));
    const directive = await createDirective(rig.t, office, [
      {
        title: 'Tổng kết công tác phòng chống thiên tai',
        leadUnitId: org.units.finance.id,
        dueDate: '2025-06-20',
      },
    ]);
    const taskId = directive.clauses[0].tasks[0].id;
    const policy = { ...global.body, beforeWorkingDays: [2], onDueDay: false };
    await rig.t
      .http()
      .put(`/api/directives/${directive.id}/reminder-policy`)
      .set('Authorization', office)
      .send(policy)
      .expect(403);
    await rig.t
      .http()
      .put(`/api/directives/${directive.id}/reminder-policy`)
      .set('Authorization', admin)
      .send({ ...policy, sendAtMinutes: 23 * 60 })
      .expect(400);
    await rig.t
      .http()
      .put(`/api/directives/${directive.id}/reminder-policy`)
      .set('Authorization', admin)
      .send(policy)
      .expect(200);
    // The worker re-plans: the next reminder is now two working days before 20/6 (was seven).
    await eventually(async () => {
      const [s] = await rig.db.query(`SELECT next_on FROM reminder_schedules WHERE task_id = $1`, [taskId]);
      expect(s.next_on).toBe('2025-06-18');
    });
  });
});
