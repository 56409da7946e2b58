import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenFor } from './support/login';
import { createOrgFixture, OrgFixture } from './support/org-fixture';
import { startTestApp, TestApp } from './support/test-app';

const seed = readFileSync(join(__dirname, '..', 'scripts', 'demo', 'data', '000_0d62c67636604045.txt'), 'utf8');

interface DraftTask {
  title: string;
  sourceText: string;
  start: number;
  end: number;
  lead: string[];
  dueDate: string | null;
  units: string[];
}

describe('POST /api/directives/extract', () => {
  let t: TestApp;
  let org: OrgFixture;
  let office: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrgFixture(t.app);
    office = await tokenFor(t, 'vanphong');
  });
  afterAll(() => t.close());

  it('drafts the tasks of a real notice, each quoting its source exactly, with units resolved to the organisation', async () => {
    const res = await t.http().post('/api/directives/extract').set('Authorization', office).send({ text: seed, meetingDate: '2024-11-22' }).expect(200);
    const tasks = res.body.tasks as DraftTask[];
    expect(tasks.length).toBeGreaterThanOrEqual(8);
    for (const task of tasks) expect(seed.slice(task.start, task.end)).toBe(task.sourceText);
    const land = tasks.find((x) => x.sourceText.includes('tích tụ ruộng đất'))!;
    expect(land.lead.map((l) => l.toLowerCase())).toContain('các địa phương');
    // "các địa phương" is an alias of the fixture's group of communes: both communes are named.
    expect(land.units).toEqual(expect.arrayContaining([org.units.communeA.id, org.units.communeB.id]));
    expect(tasks.some((x) => /22\/22 chỉ tiêu/.test(x.sourceText))).toBe(false);
  });

  it('resolves a deadline in working days and a unit by its short name', async () => {
    const text = 'Giao Phòng TC-KH chủ trì, phối hợp các xã, thị trấn rà soát nguồn vốn, báo cáo UBND huyện trong 10 ngày làm việc.';
    const res = await t.http().post('/api/directives/extract').set('Authorization', office).send({ text, meetingDate: '2025-01-20' }).expect(200);
    const [task] = res.body.tasks as DraftTask[];
    // After Monday 20/1/2025: 21–24/1 are 4 working days, Tết (27–31/1) none, 3–7/2 five more, Monday 10/2 the tenth.
    expect(task.dueDate).toBe('2025-02-10');
    expect(task.units).toContain(org.units.finance.id);
  });

  it('refuses unit heads and explains a missing meeting date', async () => {
    const head = await tokenFor(t, 'tckh.truongphong');
    await t.http().post('/api/directives/extract').set('Authorization', head).send({ text: seed, meetingDate: '2024-11-22' }).expect(403);
    const bad = await t.http().post('/api/directives/extract').set('Authorization', office).send({ text: seed }).expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['meetingDate']);
  });
});
