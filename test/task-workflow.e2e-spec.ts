import { Clock } from '@dondoc/core';
import { createDirective } from './support/directive-fixture';
import { tokenFor } from './support/login';
import { createOrgFixture, OrgFixture } from './support/org-fixture';
import { startTestApp, TestApp } from './support/test-app';

describe('a directive becomes tasks that units carry out', () => {
  let t: TestApp;
  let org: OrgFixture;
  let office: string;
  let financeHead: string;
  let agricultureHead: string;
  let financeStaff: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrgFixture(t.app);
    t.app.get(Clock).setNow(new Date('2024-11-25T03:00:00Z')); // Monday 25/11/2024, 10:00 in Hà Nội
    [office, financeHead, agricultureHead, financeStaff] = await Promise.all(
      ['vanphong', 'tckh.truongphong', 'nnmt.truongphong', 'tckh.chuyenvien'].map((u) => tokenFor(t, u)),
    );
  });
  afterAll(() => t.close());

  const act = (auth: string, id: string, body: Record<string, unknown>) =>
    t.http().post(`/api/tasks/${id}/actions`).set('Authorization', auth).send(body);

  it('creates one task per unit of a group, all on the same clause, and rolls a weekend deadline forward', async () => {
    const directive = await createDirective(
      t,
      office,
      [
        { title: 'Đẩy mạnh tích tụ ruộng đất', leadGroupId: org.groups.communes, dueDate: '2024-12-28' }, // a Saturday
        {
          title: 'Đẩy nhanh giải ngân vốn đầu tư công',
          leadUnitId: org.units.finance.id,
          coordinatingUnitIds: [org.units.agriculture.id],
          dueDate: '2024-12-15',
        },
      ],
      { number: '215/TB-UBND' },
    );
    const [land, disbursement] = directive.clauses;
    expect(land.tasks.map((x) => x.leadUnit.name).sort()).toEqual(['Xã Sơn Kim 1', 'Xã Sơn Tây']);
    expect(land.tasks.every((x) => x.currentDueDate === '2024-12-30')).toBe(true);
    expect(disbursement.tasks).toHaveLength(1);
    expect(disbursement.tasks[0].currentDueDate).toBe('2024-12-16');

    const again = await t
      .http()
      .post('/api/directives')
      .set('Authorization', office)
      .send({
        kind: 'conclusion_notice',
        number: '215/TB-UBND',
        title: 'Trùng số',
        issueDate: '2024-11-22',
        clauses: [{ title: 'Một việc', leadUnitId: org.units.finance.id }],
      });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DIRECTIVE_NUMBER_TAKEN');
  });

  it('takes a task from new to done with a journal line for every step', async () => {
    const d = await createDirective(t, office, [
      {
        title: 'Rà soát các tiêu chí chưa đạt',
        leadUnitId: org.units.finance.id,
        coordinatingUnitIds: [org.units.agriculture.id],
        dueDate: '2024-12-20',
      },
    ]);
    const id = d.clauses[0].tasks[0].id;

    let res = await act(financeHead, id, {
      action: 'progress',
      version: 1,
      note: 'Đã rà soát 10/19 tiêu chí',
      progressPercent: 50,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'in_progress',
      progressPercent: 50,
      latestNote: 'Đã rà soát 10/19 tiêu chí',
      version: 2,
      timeliness: 'on_track',
    });

    res = await act(agricultureHead, id, {
      action: 'progress',
      version: 2,
      note: 'Phòng NN&MT đã gửi số liệu',
    });
    expect(res.body).toMatchObject({
      state: 'in_progress',
      progressPercent: 50,
      latestNote: 'Đã rà soát 10/19 tiêu chí',
      version: 3,
    });

    res = await act(agricultureHead, id, { action: 'report_done', version: 3 });
    expect(res.status).toBe(403);

    res = await act(financeHead, id, { action: 'report_done', version: 3, note: 'Đã hoàn thành' });
    expect(res.body).toMatchObject({ state: 'awaiting_confirmation', progressPercent: 100 });

    res = await act(office, id, { action: 'return', version: 4, note: 'Thiếu số liệu xã Sơn Kim 1' });
    expect(res.body.state).toBe('returned');

    await act(financeHead, id, { action: 'report_done', version: 5, note: 'Đã bổ sung' }).expect(200);
    res = await act(office, id, { action: 'confirm', version: 6 });
    expect(res.body).toMatchObject({ state: 'done', completedOn: '2024-11-25', timeliness: 'done_on_time' });
    expect(res.headers.etag).toBe('"7"');

    const journal = (
      res.body.journal as { action: string; actor: { fullName: string } | null; toState: string | null }[]
    ).map((j) => j.action);
    expect(journal).toEqual([
      'created',
      'progress',
      'progress',
      'report_done',
      'return',
      'report_done',
      'confirm',
    ]);

    res = await act(financeHead, id, { action: 'progress', version: 7, note: 'x' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'TASK_INVALID_TRANSITION',
      details: { state: 'done', action: 'progress' },
    });
  });

  it('refuses a stale version with 409 and loses nothing', async () => {
    const d = await createDirective(t, office, [
      { title: 'Thu ngân sách vượt kế hoạch', leadUnitId: org.units.finance.id, dueDate: '2024-12-31' },
    ]);
    const id = d.clauses[0].tasks[0].id;
    await act(financeHead, id, { action: 'progress', version: 1, note: 'Lần 1' }).expect(200);
    const stale = await act(financeHead, id, { action: 'progress', version: 1, note: 'Lần 2 (cũ)' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'TASK_VERSION_CONFLICT',
      details: { yourVersion: 1, currentVersion: 2 },
    });
    const ifMatch = await t
      .http()
      .post(`/api/tasks/${id}/actions`)
      .set('Authorization', financeHead)
      .set('If-Match', '"2"')
      .send({ action: 'progress', note: 'Lần 2' });
    expect(ifMatch.status).toBe(200);
    const missing = await act(financeHead, id, { action: 'progress', note: 'không có version' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VERSION_REQUIRED');
  });

  it('passes a task to a staff member who then reports on it', async () => {
    const d = await createDirective(t, office, [
      { title: 'Lập kế hoạch đấu giá đất', leadUnitId: org.units.finance.id, dueDate: '2024-12-31' },
    ]);
    const id = d.clauses[0].tasks[0].id;
    const before = await act(financeStaff, id, { action: 'start', version: 1 });
    expect(before.status).toBe(403);
    await act(financeHead, id, {
      action: 'reassign',
      version: 1,
      assigneeId: org.users.financeStaff.id,
    }).expect(200);
    const res = await act(financeStaff, id, { action: 'start', version: 2 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'in_progress', assignee: { fullName: 'Phạm Thị Chuyên' } });
    const wrong = await act(financeHead, id, {
      action: 'reassign',
      version: 3,
      assigneeId: org.users.communeAHead.id,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('ASSIGNEE_INVALID');
  });

  it('extends a deadline on approval and keeps the original', async () => {
    const d = await createDirective(t, office, [
      { title: 'Hoàn thành GPMB dự án', leadUnitId: org.units.finance.id, dueDate: '2024-11-29' },
    ]);
    const id = d.clauses[0].tasks[0].id;
    const ask = await t
      .http()
      .post(`/api/tasks/${id}/extension-requests`)
      .set('Authorization', financeHead)
      .send({ requestedDueDate: '2024-12-14', reason: 'Chờ phê duyệt phương án bồi thường' });
    expect(ask.status).toBe(201);
    const twice = await t
      .http()
      .post(`/api/tasks/${id}/extension-requests`)
      .set('Authorization', financeHead)
      .send({ requestedDueDate: '2024-12-20', reason: 'Lần hai' });
    expect(twice.body.code).toBe('EXTENSION_ALREADY_PENDING');
    const queue = await t
      .http()
      .get('/api/extension-requests?status=pending')
      .set('Authorization', office)
      .expect(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        id: ask.body.id,
        requestedDueDate: '2024-12-14',
        previousDueDate: '2024-11-29',
        requestedBy: 'Lê Văn Tài',
        task: expect.objectContaining({ title: 'Hoàn thành GPMB dự án' }),
      }),
    ]);
    const communeB = await tokenFor(t, 'sonkim.chutich');
    const hidden = await t
      .http()
      .get('/api/extension-requests?status=pending')
      .set('Authorization', communeB)
      .expect(200);
    expect(hidden.body.total).toBe(0);
    const byUnit = await t
      .http()
      .post(`/api/extension-requests/${ask.body.id}/approve`)
      .set('Authorization', financeHead)
      .send({});
    expect(byUnit.status).toBe(403);
    const ok = await t
      .http()
      .post(`/api/extension-requests/${ask.body.id}/approve`)
      .set('Authorization', office)
      .send({ note: 'Đồng ý' });
    expect(ok.body.status).toBe('approved');
    const task = await t.http().get(`/api/tasks/${id}`).set('Authorization', financeHead).expect(200);
    // 14/12/2024 is a Saturday: the deadline moves to Monday 16/12.
    expect(task.body).toMatchObject({ originalDueDate: '2024-11-29', currentDueDate: '2024-12-16' });
    expect(task.body.journal.map((j: { action: string }) => j.action)).toEqual([
      'created',
      'extension_requested',
      'extension_approved',
    ]);
  });

  it('lists tasks by unit subtree, timeliness and text without diacritics', async () => {
    const list = (auth: string, query: string) =>
      t.http().get(`/api/tasks?${query}`).set('Authorization', auth).expect(200);
    const found = await list(office, 'q=giai%20ngan');
    expect(found.body.items.map((x: { title: string }) => x.title)).toEqual([
      'Đẩy nhanh giải ngân vốn đầu tư công',
    ]);
    const communeA = await tokenFor(t, 'sontay.chutich');
    const mine = await list(communeA, 'pageSize=50');
    expect(mine.body.items.map((x: { leadUnit: { name: string } }) => x.leadUnit.name)).toEqual([
      'Xã Sơn Tây',
    ]);
    const done = await list(office, 'timeliness=done_on_time');
    expect(done.body.total).toBe(1);
    const bad = await t.http().get('/api/tasks?timeliness=late&pageSize=0').set('Authorization', office);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'pageSize',
      'timeliness',
    ]);
  });

  it("hides another unit's task behind a 404", async () => {
    const d = await createDirective(t, office, [
      { title: 'Việc riêng của phòng TC-KH', leadUnitId: org.units.finance.id },
    ]);
    const id = d.clauses[0].tasks[0].id;
    const communeB = await tokenFor(t, 'sonkim.chutich');
    const res = await t.http().get(`/api/tasks/${id}`).set('Authorization', communeB);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('TASK_NOT_FOUND');
    await t.http().get('/api/tasks/not-a-uuid').set('Authorization', communeB).expect(404);
  });
});
