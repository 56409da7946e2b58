import ExcelJS from 'exceljs';
import { Clock, formatVietnameseDate } from '@dondoc/core';
import { createDirective } from './support/directive-fixture';
import { tokenFor } from './support/login';
import { createOrgFixture, OrgFixture } from './support/org-fixture';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The leader's reports on Monday 6/1/2025, after a December of work. 1/1/2025 (Wednesday) is a
 * holiday, so a task due Friday 27/12 is 5 working days overdue: 30/12, 31/12, 2/1, 3/1, 6/1.
 */
describe("the leader's overdue list and unit scorecard", () => {
  let t: TestApp;
  let org: OrgFixture;
  let office: string;
  let leader: string;
  const task: Record<string, string> = {};
  let directive15: string;

  const setToday = (date: string) => t.app.get(Clock).setNow(new Date(`${date}T03:00:00Z`)); // 10:00 in Hà Nội
  const get = (auth: string, url: string) => t.http().get(url).set('Authorization', auth);

  /** Takes an action on the task's current version, as a person who just opened it would. */
  async function act(auth: string, id: string, body: Record<string, unknown>) {
    const { body: current } = await get(office, `/api/tasks/${id}`).expect(200);
    await t
      .http()
      .post(`/api/tasks/${id}/actions`)
      .set('Authorization', auth)
      .send({ ...body, version: current.version })
      .expect(200);
  }
  async function finish(headAuth: string, id: string, on: string) {
    setToday(on);
    await act(headAuth, id, { action: 'report_done', note: 'Đã hoàn thành' });
    await act(office, id, { action: 'confirm' });
  }
  async function extend(headAuth: string, id: string, to: string) {
    const ask = await t
      .http()
      .post(`/api/tasks/${id}/extension-requests`)
      .set('Authorization', headAuth)
      .send({ requestedDueDate: to, reason: 'Chờ ý kiến của Sở Tài chính' })
      .expect(201);
    await t
      .http()
      .post(`/api/extension-requests/${ask.body.id}/approve`)
      .set('Authorization', office)
      .send({ note: 'Đồng ý' })
      .expect(200);
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrgFixture(t.app);
    [office, leader] = await Promise.all([tokenFor(t, 'vanphong'), tokenFor(t, 'chutich')]);
    const [financeHead, agricultureHead, communeAHead] = await Promise.all(
      ['tckh.truongphong', 'nnmt.truongphong', 'sontay.chutich'].map((u) => tokenFor(t, u)),
    );
    const { finance, agriculture, communeA, communeB, villageA } = org.units;

    setToday('2024-11-25');
    const d15 = await createDirective(
      t,
      office,
      [
        {
          title: 'Hoàn thiện hồ sơ quyết toán dự án đường liên xã',
          leadUnitId: finance.id,
          dueDate: '2024-12-27',
        },
        { title: 'Xây dựng kế hoạch đầu tư công năm 2025', leadUnitId: finance.id, dueDate: '2024-12-31' },
        { title: 'Đẩy nhanh giải ngân vốn đầu tư công', leadUnitId: finance.id, dueDate: '2024-12-20' },
        { title: 'Báo cáo thu ngân sách năm 2024', leadUnitId: finance.id, dueDate: '2024-12-16' },
        { title: 'Rà soát nợ đọng xây dựng cơ bản', leadUnitId: finance.id, dueDate: '2024-12-13' },
        { title: 'Báo cáo thu chi tháng 11', leadUnitId: finance.id, dueDate: '2024-11-29' },
      ],
      { number: '15/TB-UBND', title: 'Kết luận phiên họp thường kỳ tháng 11' },
    );
    directive15 = d15.id;
    [task.F1, task.F2, task.F3, task.F4, task.F5, task.F0] = d15.clauses.map((c) => c.tasks[0].id);
    const d16 = await createDirective(
      t,
      office,
      [
        { title: 'Tổng kết sản xuất vụ Thu Đông', leadUnitId: agriculture.id, dueDate: '2024-12-20' },
        { title: 'Kế hoạch phòng chống rét cho gia súc', leadUnitId: agriculture.id, dueDate: '2024-12-12' },
        { title: 'Chuẩn bị giống cho vụ Xuân', leadUnitId: agriculture.id, dueDate: '2025-01-06' },
        { title: 'Kiểm tra công tác thủy lợi', leadUnitId: agriculture.id, dueDate: '2025-01-24' },
        { title: 'Theo dõi dịch bệnh trên cây trồng', leadUnitId: agriculture.id, dueDate: null },
        { title: 'Hội thi nhà nông đua tài', leadUnitId: agriculture.id, dueDate: '2024-12-15' },
        { title: 'Vận động người dân tích tụ ruộng đất', leadUnitId: communeA.id, dueDate: '2025-01-02' },
        { title: 'Báo cáo kết quả thu hoạch lúa', leadUnitId: communeA.id, dueDate: '2024-12-10' },
        { title: 'Giải phóng mặt bằng đường tránh', leadUnitId: communeB.id, dueDate: '2024-12-30' },
        { title: 'Làm đường bê tông nội thôn', leadUnitId: villageA.id, dueDate: '2025-01-03' },
      ],
      { number: '16/TB-UBND', title: 'Kết luận hội nghị chuyên đề nông nghiệp' },
    );
    [task.N1, task.N2, task.N3, task.N4, task.N5, task.N6, task.A1, task.A2, task.B1, task.V1] =
      d16.clauses.map((c) => c.tasks[0].id);

    await finish(financeHead, task.F0, '2024-11-27');
    await finish(communeAHead, task.A2, '2024-12-05');
    setToday('2024-12-09');
    await extend(financeHead, task.F3, '2025-01-03');
    await extend(agricultureHead, task.N2, '2024-12-27');
    await finish(financeHead, task.F4, '2024-12-10');
    await act(office, task.N6, { action: 'cancel', note: 'Không tổ chức hội thi năm nay' });
    await finish(financeHead, task.F5, '2024-12-18'); // due 13/12: late
    await finish(agricultureHead, task.N1, '2024-12-19');
    await finish(agricultureHead, task.N2, '2024-12-23'); // on time against 27/12, late against 12/12
    setToday('2025-01-02');
    await act(financeHead, task.F2, {
      action: 'progress',
      note: 'Đã trình UBND huyện dự thảo kế hoạch',
      progressPercent: 40,
    });
    setToday('2025-01-03');
    await act(communeAHead, task.A1, {
      action: 'progress',
      note: 'Đã họp dân tại 3 thôn',
      progressPercent: 30,
    });
    setToday('2025-01-06');
  }, 60_000);
  afterAll(() => t.close(), 30_000);

  describe('the overdue list', () => {
    it('groups overdue tasks by lead unit, most first, with working days overdue across the weekend and 1/1', async () => {
      const { body } = await get(leader, '/api/reports/overdue').expect(200);
      expect(body).toMatchObject({ asOf: '2025-01-06', totalOverdue: 6, page: 1, pageSize: 50 });
      expect(body.units).toEqual([
        {
          unit: { id: org.units.finance.id, name: 'Phòng Tài chính - Kế hoạch', code: 'TCKH' },
          overdueCount: 3,
          maxWorkingDaysOverdue: 5,
          oldestDueDate: '2024-12-27',
        },
        {
          unit: { id: org.units.villageA.id, name: 'Thôn 1 xã Sơn Tây', code: 'THON-1' },
          overdueCount: 1,
          maxWorkingDaysOverdue: 1,
          oldestDueDate: '2025-01-03',
        },
        {
          unit: { id: org.units.communeB.id, name: 'Xã Sơn Kim 1', code: 'XA-SONKIM' },
          overdueCount: 1,
          maxWorkingDaysOverdue: 4,
          oldestDueDate: '2024-12-30',
        },
        {
          unit: { id: org.units.communeA.id, name: 'Xã Sơn Tây', code: 'XA-SONTAY' },
          overdueCount: 1,
          maxWorkingDaysOverdue: 2,
          oldestDueDate: '2025-01-02',
        },
      ]);
      // By unit name, then the oldest deadline; done, cancelled, due-today and standing tasks are absent.
      expect(body.items.map((i: { id: string }) => i.id)).toEqual([
        task.F1,
        task.F2,
        task.F3,
        task.V1,
        task.B1,
        task.A1,
      ]);
      expect(body.items.map((i: { workingDaysOverdue: number }) => i.workingDaysOverdue)).toEqual([
        5, 3, 1, 1, 4, 2,
      ]);
    });

    it('shows each task with its directive, both deadlines and the latest progress note', async () => {
      const { body } = await get(leader, '/api/reports/overdue').expect(200);
      const [f1, f2, f3] = body.items;
      expect(f1).toEqual({
        id: task.F1,
        title: 'Hoàn thiện hồ sơ quyết toán dự án đường liên xã',
        directive: { id: directive15, number: '15/TB-UBND', title: 'Kết luận phiên họp thường kỳ tháng 11' },
        leadUnit: { id: org.units.finance.id, name: 'Phòng Tài chính - Kế hoạch' },
        originalDueDate: '2024-12-27',
        currentDueDate: '2024-12-27',
        workingDaysOverdue: 5,
        latestNote: null,
        latestNoteAt: null,
        state: 'new',
        progressPercent: 0,
      });
      expect(f2).toMatchObject({
        latestNote: 'Đã trình UBND huyện dự thảo kế hoạch',
        latestNoteAt: expect.stringMatching(/^2025-01-02T03:00/), // the clock runs on from 10:00
        state: 'in_progress',
        progressPercent: 40,
      });
      // Extended from 20/12 to 3/1 and still not done: overdue against the deadline in force.
      expect(f3).toMatchObject({
        originalDueDate: '2024-12-20',
        currentDueDate: '2025-01-03',
        workingDaysOverdue: 1,
      });
    });

    it('pages through the list without losing the groups', async () => {
      const page2 = await get(leader, '/api/reports/overdue?page=2&pageSize=2').expect(200);
      expect(page2.body).toMatchObject({ totalOverdue: 6, page: 2, pageSize: 2 });
      expect(page2.body.units).toHaveLength(4);
      expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([task.F3, task.V1]);
      const past = await get(leader, '/api/reports/overdue?page=4&pageSize=2').expect(200);
      expect(past.body.items).toEqual([]);
    });

    it('narrows to a unit subtree or one directive', async () => {
      const commune = await get(leader, `/api/reports/overdue?unitId=${org.units.communeA.id}`).expect(200);
      expect(commune.body.totalOverdue).toBe(2);
      expect(commune.body.items.map((i: { id: string }) => i.id)).toEqual([task.V1, task.A1]);
      const directive = await get(leader, `/api/reports/overdue?directiveId=${directive15}`).expect(200);
      expect(directive.body.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['TCKH']);
      const text = await get(leader, '/api/reports/overdue?q=dau%20tu%20cong').expect(200);
      expect(text.body.items.map((i: { id: string }) => i.id)).toEqual([task.F2, task.F3]);
      expect(text.body.totalOverdue).toBe(2);
      const top = await get(leader, '/api/reports/overdue?unitsLimit=2').expect(200);
      expect(top.body.unitCount).toBe(4);
      expect(top.body.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['TCKH', 'THON-1']);
    });

    it("keeps to each person's scope", async () => {
      const communeHead = await tokenFor(t, 'sontay.chutich');
      const own = await get(communeHead, '/api/reports/overdue').expect(200);
      expect(own.body.totalOverdue).toBe(2);
      expect(own.body.items.map((i: { title: string }) => i.title)).toEqual([
        'Làm đường bê tông nội thôn',
        'Vận động người dân tích tụ ruộng đất',
      ]);
      const outside = await get(communeHead, `/api/reports/overdue?unitId=${org.units.finance.id}`);
      expect(outside.status).toBe(404);
      expect(outside.body.code).toBe('UNIT_NOT_FOUND');

      const otherLeader = await tokenFor(t, 'sd.chutich');
      const none = await get(otherLeader, '/api/reports/overdue').expect(200);
      expect(none.body).toMatchObject({ totalOverdue: 0, units: [], items: [] });
    });

    it('refuses bad paging and ids with the fields named', async () => {
      const res = await get(leader, '/api/reports/overdue?pageSize=501&unitId=so-tay');
      expect(res.status).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'pageSize',
        'unitId',
      ]);
    });
  });

  describe('the scorecard', () => {
    const period = 'from=2024-12-01&to=2025-01-31';

    it('counts the 2×2 grid for tasks due in the period and ranks units by on-time rate', async () => {
      const { body } = await get(leader, `/api/reports/scorecard?${period}`).expect(200);
      expect(body).toMatchObject({ asOf: '2025-01-06', from: '2024-12-01', to: '2025-01-31' });
      const rows = body.units.map((u: Record<string, unknown> & { unit: { name: string } }) => [
        u.rank,
        u.unit.name,
        u.doneOnTime,
        u.doneLate,
        u.notDoneOnTrack,
        u.notDoneOverdue,
        u.total,
        u.onTimeRate,
        u.doneOnTimeVsOriginal,
        u.onTimeRateVsOriginal,
        u.standing,
      ]);
      expect(rows).toEqual([
        [1, 'Phòng Nông nghiệp và Môi trường', 2, 0, 2, 0, 4, 0.5, 1, 0.25, 1],
        [2, 'Xã Sơn Tây', 1, 0, 0, 1, 2, 0.5, 1, 0.5, 0],
        [3, 'Phòng Tài chính - Kế hoạch', 1, 1, 0, 3, 5, 0.2, 1, 0.2, 0],
        [4, 'Thôn 1 xã Sơn Tây', 0, 0, 0, 1, 1, 0, 0, 0, 0],
        [4, 'Xã Sơn Kim 1', 0, 0, 0, 1, 1, 0, 0, 0, 0],
      ]);
      expect(body.units[0].unit).toEqual({
        id: org.units.agriculture.id,
        name: 'Phòng Nông nghiệp và Môi trường',
        code: 'NNMT',
        kind: 'department',
      });
      expect(body.totals).toEqual({
        doneOnTime: 4,
        doneLate: 1,
        notDoneOnTrack: 2,
        notDoneOverdue: 6,
        doneOnTimeVsOriginal: 3,
        standing: 1,
        total: 13,
        onTimeRate: 0.3077,
        onTimeRateVsOriginal: 0.2308,
      });
    });

    it('matches a task to the period by its current deadline', async () => {
      const november = await get(leader, '/api/reports/scorecard?from=2024-11-01&to=2024-11-30').expect(200);
      expect(
        november.body.units.map((u: { unit: { code: string }; total: number }) => [u.unit.code, u.total]),
      ).toEqual([
        ['TCKH', 1],
        ['NNMT', 0], // only its standing task, in force since the notice of 22/11
      ]);
      expect(november.body.units[1]).toMatchObject({ rank: null, onTimeRate: null, standing: 1 });
    });

    it('ranks only communes, or only the units under one parent', async () => {
      const communes = await get(leader, `/api/reports/scorecard?${period}&unitKind=commune`).expect(200);
      expect(
        communes.body.units.map((u: { rank: number; unit: { name: string } }) => [u.rank, u.unit.name]),
      ).toEqual([
        [1, 'Xã Sơn Tây'],
        [2, 'Xã Sơn Kim 1'],
      ]);
      expect(communes.body.totals).toMatchObject({
        doneOnTime: 1,
        notDoneOverdue: 2,
        total: 3,
        onTimeRate: 0.3333,
      });
      const under = await get(
        leader,
        `/api/reports/scorecard?${period}&parentUnitId=${org.units.communeA.id}`,
      ).expect(200);
      expect(under.body.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual([
        'Thôn 1 xã Sơn Tây',
      ]);
    });

    it("keeps to each person's scope", async () => {
      const communeHead = await tokenFor(t, 'sontay.chutich');
      const own = await get(communeHead, `/api/reports/scorecard?${period}`).expect(200);
      expect(own.body.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual([
        'Xã Sơn Tây',
        'Thôn 1 xã Sơn Tây',
      ]);
      const otherLeader = await tokenFor(t, 'sd.chutich');
      const none = await get(otherLeader, `/api/reports/scorecard?${period}`).expect(200);
      expect(none.body).toMatchObject({ units: [], totals: { total: 0, onTimeRate: null } });
    });

    it('refuses a period that is not two real dates in order, at most five years long', async () => {
      const fields = async (query: string) => {
        const res = await get(leader, `/api/reports/scorecard?${query}`);
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
        return res.body.details.fields.map((f: { field: string }) => f.field).sort();
      };
      expect(await fields('from=2025-01-31&to=2025-01-01')).toEqual(['to']);
      expect(await fields('from=2025-02-30&to=2025-03-01')).toEqual(['from']);
      expect(await fields('from=2025-01-01')).toEqual(['to']);
      expect(await fields('from=2019-01-01&to=2025-01-01')).toEqual(['to']);
      expect(await fields(`${period}&unitKind=district`)).toEqual(['unitKind']);
    });
  });

  describe('the Excel downloads', () => {
    const download = async (auth: string, url: string) => {
      const res = await get(auth, url)
        .buffer(true)
        .parse((stream, done) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ArrayBuffer);
      return { res, sheet: workbook.worksheets[0] };
    };
    /** A cell as Excel shows it: dates as dd/mm/yyyy, rates as percentages. */
    const shown = (cell: ExcelJS.Cell): string => {
      const v = cell.value;
      if (v instanceof Date && cell.numFmt === 'dd/mm/yyyy')
        return formatVietnameseDate(v.toISOString().slice(0, 10));
      if (typeof v === 'number' && cell.numFmt === '0.0%') return `${(v * 100).toFixed(1)}%`;
      return cell.text;
    };
    const row = (sheet: ExcelJS.Worksheet, n: number, columns: number) =>
      Array.from({ length: columns }, (_, i) => shown(sheet.getRow(n).getCell(i + 1)));

    it('downloads the whole overdue list, grouped by unit, as a person reads it', async () => {
      const { res, sheet } = await download(leader, '/api/reports/overdue.xlsx');
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe('attachment; filename="qua-han-2025-01-06.xlsx"');
      expect(shown(sheet.getCell('A1'))).toBe('DANH SÁCH NHIỆM VỤ QUÁ HẠN');
      expect(shown(sheet.getCell('A2'))).toBe('Tính đến ngày 06/01/2025');
      expect(row(sheet, 4, 8)).toEqual([
        'STT',
        'Đơn vị chủ trì',
        'Nhiệm vụ',
        'Văn bản',
        'Hạn ban đầu',
        'Hạn hiện tại',
        'Số ngày làm việc quá hạn',
        'Tiến độ / ghi chú mới nhất',
      ]);
      expect(shown(sheet.getCell('A5'))).toBe(
        'Phòng Tài chính - Kế hoạch: 3 nhiệm vụ quá hạn, lâu nhất 5 ngày làm việc',
      );
      expect(row(sheet, 7, 8)).toEqual([
        '2',
        'Phòng Tài chính - Kế hoạch',
        'Xây dựng kế hoạch đầu tư công năm 2025',
        '15/TB-UBND - Kết luận phiên họp thường kỳ tháng 11',
        '31/12/2024',
        '31/12/2024',
        '3',
        '40% - Đã trình UBND huyện dự thảo kế hoạch (02/01/2025)',
      ]);
      expect(row(sheet, 8, 7).slice(4)).toEqual(['20/12/2024', '03/01/2025', '1']);
      // Four unit rows and six tasks after the header; the last group is Xã Sơn Tây.
      expect(sheet.rowCount).toBe(4 + 4 + 6);
      expect(shown(sheet.getCell('A13'))).toMatch(/^Xã Sơn Tây: 1 nhiệm vụ quá hạn/);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    });

    it('downloads the scorecard with its ranking and totals', async () => {
      const { res, sheet } = await download(
        leader,
        '/api/reports/scorecard.xlsx?from=2024-12-01&to=2025-01-31',
      );
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="xep-hang-2024-12-01-2025-01-31.xlsx"',
      );
      expect(shown(sheet.getCell('A1'))).toBe('BẢNG XẾP HẠNG ĐƠN VỊ');
      expect(shown(sheet.getCell('A2'))).toBe('Nhiệm vụ có hạn xử lý từ ngày 01/12/2024 đến ngày 31/01/2025');
      expect(row(sheet, 4, 8)).toEqual([
        'Xếp hạng',
        'Đơn vị',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Chưa hoàn thành - trong hạn',
        'Chưa hoàn thành - quá hạn',
        'Tổng',
        'Tỷ lệ đúng hạn',
      ]);
      expect(row(sheet, 5, 8)).toEqual([
        '1',
        'Phòng Nông nghiệp và Môi trường',
        '2',
        '0',
        '2',
        '0',
        '4',
        '50.0%',
      ]);
      expect(row(sheet, 10, 8)).toEqual(['', 'Tổng cộng', '4', '1', '2', '6', '13', '30.8%']);
    });

    it('answers a bad period in JSON, not as a file', async () => {
      const res = await get(leader, '/api/reports/scorecard.xlsx?from=2025-01-31&to=2025-01-01');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBeUndefined();
    });
  });
});
