import { segmentCount } from '@dondoc/notifications';
import { createDirective } from '../support/directive-fixture';
import { tokenFor } from '../support/login';
import { createOrgFixture, OrgFixture } from '../support/org-fixture';
import { drained, hanoi, ReminderRig, startReminderRig } from './reminder-rig';

/**
 * Reminders end to end: tasks created through the API, a clock moved by the test, the worker
 * ticking, and what arrives at a real SMTP server and a real SMS gateway on loopback.
 */
describe('reminders reach the people responsible, by email and SMS, exactly once', () => {
  let rig: ReminderRig;
  let org: OrgFixture;
  let office: string;
  let financeHead: string;
  const phones = {
    financeHead: '0911000001',
    leader: '0911000002',
    financeStaff: '0911000003',
    agricultureHead: '0911000004',
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
    [office, financeHead] = await Promise.all(
      ['vanphong', 'tckh.truongphong'].map((u) => tokenFor(rig.t, u)),
    );
  }, 60_000);
  afterAll(() => rig.close(), 30_000);

  /** Emails and SMS about one task, matched to it through the delivery ids they carry. */
  async function received(taskId: string) {
    const ids = new Set((await rig.deliveries('task_id = $1', [taskId])).map((d) => d.id));
    return {
      emails: rig.smtp.inbox.filter((m) => m.deliveryId && ids.has(m.deliveryId)),
      sms: rig.sms.messages.filter((m) => ids.has(m.requestId)),
    };
  }

  async function at(localTime: string) {
    rig.setNow(hanoi(localTime));
    await rig.tick();
    await drained(rig);
  }

  const act = (auth: string, id: string, body: Record<string, unknown>) =>
    rig.t.http().post(`/api/tasks/${id}/actions`).set('Authorization', auth).send(body).expect(200);

  it('chases a task 7, 3, 1 working days before, on the day, while overdue, then escalates to the leaders', async () => {
    rig.setNow(hanoi('2024-12-02T09:00:00'));
    const directive = await createDirective(
      rig.t,
      office,
      [
        {
          title: 'Đẩy nhanh giải ngân vốn đầu tư công',
          leadUnitId: org.units.finance.id,
          coordinatingUnitIds: [org.units.agriculture.id],
          dueDate: '2024-12-20',
        },
      ],
      { number: '215/TB-UBND', issuingLeaderId: org.users.leader.id },
    );
    const taskId = directive.clauses[0].tasks[0].id;
    const link = `${rig.t.config.PUBLIC_URL}/tasks/${taskId}`;

    await at('2024-12-02T09:00:00');
    expect(await rig.deliveries('task_id = $1', [taskId])).toEqual([]);

    // Wednesday 11/12, 07:00: the day's reminders are planned for 08:00, nothing has gone yet.
    await at('2024-12-11T07:00:00');
    const planned = await rig.deliveries('task_id = $1', [taskId]);
    expect(planned.map((d) => [d.channel, d.state, d.planned_at.toISOString()])).toEqual([
      ['email', 'planned', hanoi('2024-12-11T08:00:00').toISOString()],
      ['sms', 'planned', hanoi('2024-12-11T08:00:00').toISOString()],
    ]);
    expect((await received(taskId)).emails).toEqual([]);

    await at('2024-12-11T08:00:00');
    let got = await received(taskId);
    expect(got.emails.map((m) => [m.to, m.subject])).toEqual([
      [
        ['tckh.truongphong@example.test'],
        '[Nhắc việc] Còn 7 ngày làm việc: Đẩy nhanh giải ngân vốn đầu tư công',
      ],
    ]);
    const body = got.emails[0].text;
    expect(body).toContain('Kính gửi: Lê Văn Tài,');
    expect(body).toContain('Theo văn bản: 215/TB-UBND (Kết luận cuộc họp UBND huyện)');
    expect(body).toContain('Hạn xử lý: 20/12/2024 (còn 7 ngày làm việc)');
    expect(body).toContain(link);
    expect(got.sms).toHaveLength(1);
    expect(got.sms[0]).toMatchObject({
      phone: phones.financeHead,
      brandname: 'UBND-HS',
      content: `[Nhac viec] Day nhanh giai ngan von dau tu cong. Han 20/12/2024, con 7 ngay lam viec. ${link}`,
    });
    expect(segmentCount(got.sms[0].content)).toBe(1);

    // Ticks and re-enqueues repeat; the messages do not.
    await Promise.all([rig.tick(), rig.tick(), rig.tick()]);
    await drained(rig);
    got = await received(taskId);
    expect([got.emails.length, got.sms.length]).toEqual([1, 1]);

    // The unit head passes the task to a staff member: from now on the staff member is chased.
    await act(financeHead, taskId, { action: 'reassign', version: 1, assigneeId: org.users.financeStaff.id });
    await at('2024-12-13T08:00:00'); // not a reminder day
    await at('2024-12-17T08:00:00');
    got = await received(taskId);
    expect(got.emails.slice(1).map((m) => [m.to[0], m.subject])).toEqual([
      [
        'tckh.chuyenvien@example.test',
        '[Nhắc việc] Còn 3 ngày làm việc: Đẩy nhanh giải ngân vốn đầu tư công',
      ],
    ]);

    await at('2024-12-20T08:00:00');
    await at('2024-12-27T08:00:00'); // 5 working days overdue: the nag, and the first escalation
    got = await received(taskId);
    const subjects = got.emails.slice(2).map((m) => `${m.to[0]} ${m.subject}`);
    expect(subjects.sort()).toEqual([
      'chutich@example.test [Báo cáo quá hạn] Phòng Tài chính - Kế hoạch chưa hoàn thành: Đẩy nhanh giải ngân vốn đầu tư công',
      'tckh.chuyenvien@example.test [Nhắc việc] Đến hạn hôm nay: Đẩy nhanh giải ngân vốn đầu tư công',
      'tckh.chuyenvien@example.test [Đôn đốc] Quá hạn 5 ngày làm việc: Đẩy nhanh giải ngân vốn đầu tư công',
    ]);
    const escalation = got.emails.find((m) => m.to[0] === 'chutich@example.test')!;
    expect(escalation.text).toContain('do Phòng Tài chính - Kế hoạch chủ trì đã quá hạn 5 ngày làm việc');
    expect(got.sms.filter((s) => s.phone === phones.leader)).toHaveLength(1);

    // The coordinating unit is not chased under the default policy.
    expect(rig.smtp.to('nnmt.truongphong@example.test')).toEqual([]);

    // Done: nothing more, ever.
    await act(office, taskId, { action: 'cancel', version: 2, note: 'Không còn cần thiết' });
    const before = (await received(taskId)).emails.length;
    await at('2025-01-06T08:00:00');
    expect((await received(taskId)).emails).toHaveLength(before);
  }, 90_000);

  it('holds SMS at night and on days off until 07:00 of the next working day; email goes at once', async () => {
    rig.setNow(hanoi('2025-03-07T22:00:00')); // Friday night
    const directive = await createDirective(rig.t, office, [
      {
        title: 'Báo cáo tình hình sản xuất vụ Xuân',
        leadUnitId: org.units.agriculture.id,
        dueDate: '2025-03-10',
      },
    ]);
    const taskId = directive.clauses[0].tasks[0].id;
    await at('2025-03-07T22:00:00');
    let got = await received(taskId);
    expect(got.emails.map((m) => m.subject)).toEqual([
      '[Nhắc việc] Còn 1 ngày làm việc: Báo cáo tình hình sản xuất vụ Xuân',
    ]);
    expect(got.sms).toEqual([]);
    const [sms] = await rig.deliveries(`task_id = $1 AND channel = 'sms'`, [taskId]);
    expect(sms).toMatchObject({ state: 'planned' });

    await at('2025-03-08T10:00:00'); // Saturday
    expect((await received(taskId)).sms).toEqual([]);

    await at('2025-03-10T07:00:00'); // Monday
    got = await received(taskId);
    expect(got.sms.map((m) => [m.phone, m.content.split('.')[0]])).toEqual([
      [phones.agricultureHead, '[Nhac viec] Bao cao tinh hinh san xuat vu Xuan'],
    ]);
    await act(office, taskId, { action: 'cancel', version: 1, note: 'Kết thúc thử nghiệm' });
  }, 60_000);

  it('cancels planned reminders when a task is completed or its deadline moves, and a stale job sends nothing', async () => {
    rig.setNow(hanoi('2025-04-01T09:00:00'));
    const directive = await createDirective(rig.t, office, [
      {
        title: 'Hoàn thành quyết toán dự án đường Sơn Tây',
        leadUnitId: org.units.finance.id,
        dueDate: '2025-04-18',
      },
      { title: 'Lập kế hoạch vốn năm 2026', leadUnitId: org.units.finance.id, dueDate: '2025-04-18' },
      {
        title: 'Rà soát danh mục dự án chuyển tiếp',
        leadUnitId: org.units.finance.id,
        dueDate: '2025-04-18',
      },
    ]);
    const [done, extended, handedOn] = directive.clauses.map((c) => c.tasks[0].id);
    await at('2025-04-09T07:00:00'); // 7 working days before: planned for 08:00
    expect(
      (await rig.deliveries('task_id = ANY($1)', [[done, extended, handedOn]])).map((d) => d.state),
    ).toEqual(Array(6).fill('planned'));

    await act(financeHead, done, { action: 'report_done', version: 1, note: 'Đã quyết toán xong' });
    await act(office, done, { action: 'confirm', version: 2 });

    const ext = await rig.t
      .http()
      .post(`/api/tasks/${extended}/extension-requests`)
      .set('Authorization', financeHead)
      .send({ requestedDueDate: '2025-05-09', reason: 'Chờ số liệu của Kho bạc' })
      .expect(201);
    await rig.t
      .http()
      .post(`/api/extension-requests/${ext.body.id}/approve`)
      .set('Authorization', office)
      .send({})
      .expect(200);

    for (const id of [done, extended]) {
      const rows = await rig.deliveries('task_id = $1', [id]);
      expect(rows.map((d) => d.state)).toEqual(['cancelled', 'cancelled']);
      expect(rows[0].last_error).toMatch(/hoàn thành, hủy, tạm hoãn hoặc đổi hạn/);
    }
    const [schedule] = await rig.db.query(
      `SELECT next_on, due_date FROM reminder_schedules WHERE task_id = $1`,
      [extended],
    );
    expect(schedule.due_date).toBe('2025-05-09');
    expect(schedule.next_on > '2025-04-09').toBe(true);
    expect(await rig.db.query(`SELECT 1 FROM reminder_schedules WHERE task_id = $1`, [done])).toEqual([]);

    // Two seconds before 08:00 the jobs are in the queue; then the task is passed to a staff member.
    await at('2025-04-09T07:59:58');
    await act(financeHead, handedOn, {
      action: 'reassign',
      version: 1,
      assigneeId: org.users.financeStaff.id,
    });
    await new Promise((r) => setTimeout(r, 2500));
    await drained(rig);
    const stale = await rig.deliveries('task_id = $1 AND recipient_id = $2', [
      handedOn,
      org.users.financeHead.id,
    ]);
    expect(stale.map((d) => [d.state, d.last_error])).toEqual([
      ['cancelled', 'Người nhận không còn phụ trách nhiệm vụ này.'],
      ['cancelled', 'Người nhận không còn phụ trách nhiệm vụ này.'],
    ]);
    await at('2025-04-09T08:00:05');
    for (const id of [done, extended]) expect(await received(id)).toEqual({ emails: [], sms: [] });
    // The staff member who holds it now is reminded instead.
    expect((await received(handedOn)).emails.map((m) => m.to[0])).toEqual(['tckh.chuyenvien@example.test']);
  }, 60_000);

  it('gathers the reminders of a person who chose digests into one morning email and one SMS at 07:30', async () => {
    const communeHead = await tokenFor(rig.t, 'sontay.chutich');
    expect((await rig.t.http().get('/api/me/preferences').set('Authorization', communeHead)).body).toEqual({
      email: true,
      sms: true,
      digest: false,
    });
    await rig.t
      .http()
      .put('/api/me/preferences')
      .set('Authorization', communeHead)
      .send({ email: true, sms: true, digest: true })
      .expect(200, { email: true, sms: true, digest: true });
    await rig.t
      .http()
      .put('/api/me/preferences')
      .set('Authorization', communeHead)
      .send({ email: 'yes' })
      .expect(400);

    rig.setNow(hanoi('2025-05-26T09:00:00'));
    const directive = await createDirective(rig.t, office, [
      { title: 'Ra quân dọn vệ sinh môi trường', leadUnitId: org.units.communeA.id, dueDate: '2025-06-02' },
      {
        title: 'Báo cáo kết quả tiêm phòng đàn gia súc',
        leadUnitId: org.units.communeA.id,
        dueDate: '2025-06-03',
      },
    ]);
    const ids = directive.clauses.map((c) => c.tasks[0].id);
    await at('2025-06-02T07:00:00');
    expect(rig.smtp.to('sontay.chutich@example.test')).toEqual([]);
    await at('2025-06-02T07:30:00');
    await at('2025-06-02T08:00:00');
    const emails = rig.smtp.to('sontay.chutich@example.test');
    expect(emails.map((m) => m.subject)).toEqual(['[Nhắc việc] 2 nhiệm vụ sắp đến hạn']);
    expect(emails[0].text).toContain('Nhiệm vụ đến hạn hôm nay (1):\n- Ra quân dọn vệ sinh môi trường');
    expect(emails[0].text).toContain('Nhiệm vụ sắp đến hạn (1):\n- Báo cáo kết quả tiêm phòng đàn gia súc');
    const digest = await rig.deliveries(`kind = 'digest' AND recipient_id = $1`, [org.users.communeAHead.id]);
    expect(digest.map((d) => [d.channel, d.state])).toEqual([
      ['email', 'sent'],
      ['sms', 'sent'],
    ]);
    const sms = rig.sms.messages.filter((m) => m.requestId === digest[1].id);
    expect(sms.map((m) => m.content.split('.')[0])).toEqual(['[Nhac viec] Dong chi co 2 nhiem vu can xu ly']);
    const items = await rig.deliveries('task_id = ANY($1)', [ids]);
    expect(items.map((i) => [i.state, i.digest_id === digest[0].id || i.digest_id === digest[1].id])).toEqual(
      Array(4).fill(['sent', true]),
    );
  }, 60_000);
});
