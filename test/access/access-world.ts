import { Clock } from '@dondoc/core';
import { UnitsService } from '@dondoc/organizations';
import { createDirective } from '../support/directive-fixture';
import { tokenFor } from '../support/login';
import { addUser, createOrgFixture, OrgFixture } from '../support/org-fixture';
import type { TestApp } from '../support/test-app';

/** The people the matrix asks on behalf of: one column each. */
export const WHO = [
  'anonymous',
  'admin',
  'leader',
  'office',
  'leadHead',
  'coordinatingHead',
  'otherUnitHead',
  'assignedStaff',
  'unassignedStaff',
  'otherLeader',
] as const;
export type Who = (typeof WHO)[number];

const USERNAMES: Record<Exclude<Who, 'anonymous'>, string> = {
  admin: 'admin',
  leader: 'chutich',
  office: 'vanphong',
  leadHead: 'tckh.truongphong', // Phòng TC-KH leads the task
  coordinatingHead: 'nnmt.truongphong', // Phòng NN&MT coordinates it
  otherUnitHead: 'sonkim.chutich', // Xã Sơn Kim 1 has nothing to do with it
  assignedStaff: 'tckh.chuyenvien', // the task was passed to him
  unassignedStaff: 'tckh.chuyenvien2',
  otherLeader: 'sd.chutich', // UBND huyện Sơn Dương, another authority
};

/**
 * A seeded district the matrix points at: one directive with a task for a department (coordinated
 * by another, passed to a staff member, with a pending extension request) and one for a commune;
 * and another authority with a unit, people and a directive of its own. Requests that change
 * things get fresh objects, so each cell of the matrix starts from the same state.
 */
export interface World {
  t: TestApp;
  org: OrgFixture;
  auth: Record<Who, string | null>;
  directiveId: string;
  taskId: string;
  communeTaskId: string;
  extensionRequestId: string;
  unassignedStaffId: string;
  other: { departmentId: string; officeUserId: string; directiveId: string; taskId: string };
  /** A new task led by TC-KH, coordinated by NN&MT and passed to the assigned staff member: version 2. */
  freshTask(): Promise<string>;
  /** A new pending extension request on a fresh task. */
  freshExtensionRequest(): Promise<string>;
  /** A name no other request of this run uses. */
  unique(prefix: string): string;
  /** A weekday with no calendar exception yet, far from every seeded holiday. */
  freeWeekday(): string;
  /** The date of a new calendar exception. */
  calendarException(): Promise<string>;
}

/** 25/11/2024 is a Monday; the seeded deadline is 20/12/2024. */
const NOW = new Date('2024-11-25T03:00:00Z');

export async function buildWorld(t: TestApp): Promise<World> {
  const org = await createOrgFixture(t.app);
  t.app.get(Clock).setNow(NOW);
  const { finance, agriculture, communeA } = org.units;
  const extra = await addUser(t.app, {
    username: USERNAMES.unassignedStaff,
    role: 'unit_staff',
    unitId: finance.id,
    fullName: 'Ngô Thị Hai',
  });
  const otherDepartment = await t.app.get(UnitsService).create({
    parentId: org.other.authority.id,
    kind: 'department',
    code: 'SD-TCKH',
    name: 'Phòng Tài chính - Kế hoạch huyện Sơn Dương',
  });
  const otherOffice = await addUser(t.app, {
    username: 'sd.vanphong',
    role: 'office',
    unitId: otherDepartment.id,
    fullName: 'Văn phòng Sơn Dương',
  });

  const auth = { anonymous: null } as Record<Who, string | null>;
  for (const [who, username] of Object.entries(USERNAMES)) auth[who as Who] = await tokenFor(t, username);
  const bearer = (who: Who) => auth[who]!;

  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;
  const passOn = async (taskId: string) => {
    const res = await t
      .http()
      .post(`/api/tasks/${taskId}/actions`)
      .set('Authorization', bearer('leadHead'))
      .send({ action: 'reassign', version: 1, assigneeId: org.users.financeStaff.id });
    if (res.status !== 200) throw new Error(`reassign: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const askExtension = async (taskId: string) => {
    const res = await t
      .http()
      .post(`/api/tasks/${taskId}/extension-requests`)
      .set('Authorization', bearer('leadHead'))
      .send({ requestedDueDate: '2025-01-15', reason: 'Chờ số liệu quyết toán' });
    if (res.status !== 201) throw new Error(`extension: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const freshTask = async () => {
    const d = await createDirective(t, bearer('office'), [
      {
        title: unique('Báo cáo tiến độ giải ngân'),
        leadUnitId: finance.id,
        coordinatingUnitIds: [agriculture.id],
        dueDate: '2024-12-20',
      },
    ]);
    const id = d.clauses[0].tasks[0].id;
    await passOn(id);
    return id;
  };

  const directive = await createDirective(t, bearer('office'), [
    {
      title: 'Đẩy nhanh giải ngân vốn đầu tư công',
      leadUnitId: finance.id,
      coordinatingUnitIds: [agriculture.id],
      dueDate: '2024-12-20',
    },
    { title: 'Hoàn thành tiêu chí nông thôn mới', leadUnitId: communeA.id, dueDate: '2024-12-20' },
  ]);
  const taskId = directive.clauses[0].tasks[0].id;
  await passOn(taskId);
  const extensionRequestId = await askExtension(taskId);
  const otherDirective = await createDirective(
    t,
    bearer('otherLeader'),
    [{ title: 'Rà soát nợ đọng xây dựng cơ bản', leadUnitId: otherDepartment.id, dueDate: '2024-12-31' }],
    { title: 'Kết luận của Chủ tịch UBND huyện Sơn Dương' },
  );

  let day = Date.UTC(2041, 2, 4); // Monday 4/3/2041: no year with shipped holidays comes near
  const freeWeekday = () => {
    do day += 86_400_000;
    while ([0, 6].includes(new Date(day).getUTCDay()));
    return new Date(day).toISOString().slice(0, 10);
  };

  return {
    t,
    org,
    auth,
    directiveId: directive.id,
    taskId,
    communeTaskId: directive.clauses[1].tasks[0].id,
    extensionRequestId,
    unassignedStaffId: extra.id,
    other: {
      departmentId: otherDepartment.id,
      officeUserId: otherOffice.id,
      directiveId: otherDirective.id,
      taskId: otherDirective.clauses[0].tasks[0].id,
    },
    freshTask,
    freshExtensionRequest: async () => askExtension(await freshTask()),
    unique,
    freeWeekday,
    calendarException: async () => {
      const date = freeWeekday();
      const res = await t
        .http()
        .post('/api/calendar')
        .set('Authorization', bearer('admin'))
        .send({ date, kind: 'holiday', name: 'Ngày nghỉ thử' });
      if (res.status !== 201) throw new Error(`calendar: ${res.status} ${JSON.stringify(res.body)}`);
      return date;
    },
  };
}
