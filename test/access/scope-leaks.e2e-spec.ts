import { randomUUID } from 'node:crypto';
import { Clock } from '@dondoc/core';
import { addUser } from '../support/org-fixture';
import { createDirective } from '../support/directive-fixture';
import { tokenFor } from '../support/login';
import { startTestApp, TestApp } from '../support/test-app';
import { buildWorld, WHO, Who, World } from './access-world';
import { documentedRoutes, OpenApiDocument, OpenApiOperation, probeFromDocument, send } from './probe';

// jest.config.js sets testTimeout inside the e2e project, where Jest ignores it; these tests ask many routes.
jest.setTimeout(60_000);

/**
 * The ways access control usually leaks, tried on every route that could leak that way: lists that
 * show another scope's records, filters that tell a foreign id from a made-up one, references to
 * another authority's people, and tasks passed to someone who then cannot see them.
 */
describe('scope leaks', () => {
  let t: TestApp;
  let w: World;
  let lists: { route: string; operation: OpenApiOperation }[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const doc = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    // Every GET without a path parameter is a list or a summary someone opens.
    lists = documentedRoutes(doc).filter(
      ({ route }) => route.startsWith('GET /api/') && !route.includes('{') && route !== 'GET /api/me',
    );
  }, 120_000);
  afterAll(() => t?.close(), 60_000);

  /** Ids each person must never meet in any answer: records outside their scope. */
  const outOfScope = (who: Exclude<Who, 'anonymous'>): string[] => {
    const theirs = [
      w.org.other.authority.id,
      w.other.departmentId,
      w.other.officeUserId,
      w.org.other.leader.id,
      w.other.directiveId,
      w.other.taskId,
    ];
    const ours = [
      ...Object.values(w.org.units).map((u) => u.id),
      ...Object.values(w.org.users).map((u) => u.id),
      w.unassignedStaffId,
      w.directiveId,
      w.taskId,
      w.communeTaskId,
      w.extensionRequestId,
    ];
    switch (who) {
      case 'admin':
      case 'leader':
      case 'office':
        return theirs;
      case 'otherLeader':
        return ours;
      case 'otherUnitHead':
        return [...theirs, w.directiveId, w.taskId, w.communeTaskId, w.extensionRequestId];
      case 'leadHead':
      case 'coordinatingHead':
      case 'assignedStaff':
      case 'unassignedStaff':
        return [...theirs, w.communeTaskId];
    }
  };

  it('shows nobody a record outside their scope in any list', async () => {
    // After the deadlines, so the overdue lists and the scorecards have something to show.
    t.app.get(Clock).setNow(new Date('2025-01-10T03:00:00Z'));
    const leaks: string[] = [];
    const listsShowingTheCommuneTask: string[] = [];
    for (const { route, operation } of lists) {
      const generic = probeFromDocument(operation, w, { unitFilters: false });
      for (const who of WHO) {
        if (who === 'anonymous' || !generic) continue;
        const res = await send(
          w,
          route,
          { ...generic.probe, query: { ...generic.probe.query, pageSize: '200' } },
          who,
        );
        if (!String(res.headers['content-type']).includes('json')) continue; // Excel exports: not readable here
        const text = JSON.stringify(res.body);
        if (who === 'leader' && text.includes(w.communeTaskId)) listsShowingTheCommuneTask.push(route);
        const seen = outOfScope(who).filter((id) => text.includes(id));
        if (seen.length) leaks.push(`${route} as ${who}: ${seen.length} foreign id(s)`);
      }
    }
    expect(listsShowingTheCommuneTask.length).toBeGreaterThan(1); // the lists are not all empty
    expect(leaks).toEqual([]);
  });

  it('answers a filter naming another authority’s record as it answers a made-up id', async () => {
    const foreign: Record<string, string> = {
      unitId: w.other.departmentId,
      parentUnitId: w.org.other.authority.id,
      directiveId: w.other.directiveId,
      taskId: w.other.taskId,
      assigneeId: w.other.officeUserId,
      userId: w.other.officeUserId,
      recipientId: w.other.officeUserId,
    };
    const differences: string[] = [];
    for (const { route, operation } of lists) {
      const generic = probeFromDocument(operation, w, { unitFilters: false });
      for (const p of operation.parameters ?? []) {
        if (p.in !== 'query' || !generic || !(p.name in foreign)) continue;
        const ask = (id: string) =>
          send(w, route, { ...generic.probe, query: { ...generic.probe.query, [p.name]: id } }, 'leader');
        const [real, madeUp] = [await ask(foreign[p.name]), await ask(randomUUID())];
        if (real.status !== madeUp.status) {
          differences.push(
            `${route}?${p.name}=<other authority>: ${real.status}, made-up id: ${madeUp.status}`,
          );
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('does not let a directive name another authority’s leader as its signer', async () => {
    const res = await t
      .http()
      .post('/api/directives')
      .set('Authorization', w.auth.office!)
      .send({
        kind: 'conclusion_notice',
        title: 'Kết luận giao ban tháng 11',
        issueDate: '2024-11-25',
        issuingLeaderId: w.org.other.leader.id,
        clauses: [{ title: 'Báo cáo thu ngân sách', leadUnitId: w.org.units.finance.id }],
      });
    const refused = res.status >= 400 && res.status < 500;
    expect({ refused, signer: res.body.issuingLeader }).toEqual({ refused: true, signer: undefined });
  });

  it('lets a task passed to a staff member of a unit below the lead unit be seen by them, or refuses the pass', async () => {
    const villageStaff = await addUser(t.app, {
      username: 'thon1.chuyenvien',
      role: 'unit_staff',
      unitId: w.org.units.villageA.id,
      fullName: 'Lê Thị Thôn',
    });
    const d = await createDirective(t, w.auth.office!, [
      { title: 'Vận động hiến đất làm đường', leadUnitId: w.org.units.communeA.id, dueDate: '2024-12-20' },
    ]);
    const id = d.clauses[0].tasks[0].id;
    const pass = await t
      .http()
      .post(`/api/tasks/${id}/actions`)
      .set('Authorization', await tokenFor(t, 'sontay.chutich'))
      .send({ action: 'reassign', version: 1, assigneeId: villageStaff.id });
    if (pass.status !== 200) {
      expect([pass.status, pass.body.code]).toEqual([422, 'ASSIGNEE_INVALID']);
      return;
    }
    const staff = await tokenFor(t, 'thon1.chuyenvien');
    const seen = await t.http().get(`/api/tasks/${id}`).set('Authorization', staff);
    expect([seen.status, seen.body.yourCapacities]).toEqual([200, ['lead_staff']]);
  });
});
