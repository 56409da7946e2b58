import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { buildWorld, World } from './access-world';
import { documentedRoutes, OpenApiDocument, send } from './probe';

// jest.config.js sets testTimeout inside the e2e project, where Jest ignores it; these tests ask many routes.
jest.setTimeout(60_000);

/** Malformed requests: what each kind does to a route. */
const WRONG_TYPES = {
  version: 'x',
  note: 5,
  title: [],
  clauses: 'x',
  date: 5,
  name: {},
  requestedDueDate: 'x',
  username: 5,
  password: 5,
  parentId: 'x',
  unitId: 5,
};

/**
 * A person's mistake is answered with a 4xx that says what is wrong, never a 500: tried on every
 * route of the OpenAPI document (ids that are not ids, query values of the wrong kind, missing,
 * malformed and mistyped bodies), then on mistakes only the meaning of a value reveals.
 */
describe('client mistakes', () => {
  let t: TestApp;
  let w: World;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    doc = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
  }, 120_000);
  afterAll(() => t?.close(), 60_000);

  /** A real id for the path parameters of each resource, so the body and query are what is tried. */
  const realIds = (): Record<string, string> => ({
    tasks: w.taskId,
    directives: w.directiveId,
    units: w.org.units.finance.id,
    users: w.org.users.financeStaff.id,
    'extension-requests': w.extensionRequestId,
    calendar: '2025-01-01',
  });

  it('never answers a malformed request with a 500, on any route', async () => {
    const failures: string[] = [];
    for (const { route, operation } of documentedRoutes(doc)) {
      const [method, path] = route.split(' ');
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const fill = (value: string) => Object.fromEntries(names.map((n) => [n, value]));
      const real = fill(realIds()[path.split('/')[2]] ?? 'x');
      const tries: [string, Parameters<typeof send>[2], string?][] = [
        ['as is', { params: fill('not-an-id') }],
        ...(operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p): [string, Parameters<typeof send>[2]] => [
            `?${p.name}=zz`,
            { params: real, query: { [p.name]: 'zz' } },
          ]),
      ];
      if (method !== 'GET' && method !== 'DELETE') {
        tries.push(
          ['no body', { params: real }],
          ['an array body', { params: real, body: [] }],
          ['mistyped fields', { params: real, body: WRONG_TYPES }],
          ['broken JSON', { params: real }, '{"title":'],
        );
      }
      // The admin gets past admin-only guards, the office past the rest: between them, every validation runs.
      for (const who of ['admin', 'office'] as const) {
        for (const [what, probe, raw] of tries) {
          let req = send(w, route, probe, who);
          if (raw) req = req.set('Content-Type', 'application/json').send(raw);
          const res = await req;
          if (res.status >= 500 || (res.status >= 400 && !res.body?.code)) {
            failures.push(`${route} (${what}) as ${who}: ${res.status} ${res.body?.code}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers mistakes in what a value means with a 4xx and a code', async () => {
    const office = w.auth.office!;
    const mistakes = {
      'a directive signed by a leader who does not exist': () =>
        t
          .http()
          .post('/api/directives')
          .set('Authorization', office)
          .send({
            kind: 'conclusion_notice',
            title: 'Kết luận giao ban',
            issueDate: '2024-11-25',
            issuingLeaderId: randomUUID(),
            clauses: [{ title: 'Báo cáo thu ngân sách', leadUnitId: w.org.units.finance.id }],
          }),
      'a unit group named like an existing one': () =>
        t
          .http()
          .post('/api/units/groups')
          .set('Authorization', w.auth.admin!)
          .send({ name: 'các xã, thị trấn', memberKinds: ['commune'] }),
      'an extension to a date before the deadline': () =>
        t
          .http()
          .post(`/api/tasks/${w.taskId}/extension-requests`)
          .set('Authorization', w.auth.leadHead!)
          .send({ requestedDueDate: '2024-12-01', reason: 'Sớm hơn' }),
      'a task passed to someone of another authority': async () => {
        const task = await t.http().get(`/api/tasks/${w.taskId}`).set('Authorization', w.auth.leadHead!);
        return t
          .http()
          .post(`/api/tasks/${w.taskId}/actions`)
          .set('Authorization', w.auth.leadHead!)
          .send({ action: 'reassign', version: task.body.version, assigneeId: w.other.officeUserId });
      },
    };
    const answers: Record<string, string> = {};
    for (const [what, ask] of Object.entries(mistakes)) {
      const res = await ask();
      answers[what] = res.status >= 400 && res.status < 500 && res.body.code ? '4xx' : `${res.status}`;
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(mistakes).map((what) => [what, '4xx'])));
  });
});
