import { PASSWORD } from '../support/org-fixture';
import { WHO, type Who, type World } from './access-world';

/**
 * What each person gets from each route. A number is the exact status (and for 401, 403 and 404
 * the matching error code); 'ok' is any 2xx; 'allowed' means past the access checks: 2xx, or a
 * 400/409/422 about the request itself (for routes whose body this table does not know yet).
 */
export type Expected = 200 | 201 | 204 | 401 | 403 | 404 | 409 | 422 | 'ok' | 'allowed';

/** The request to send; path parameters by name. Left out, it is filled in from the OpenAPI document. */
export interface Probe {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  /** 'METHOD /path' as the OpenAPI document writes it; a trailing '/*' stands for every route below. */
  route: string;
  /** What this row of a route tries, when a route has several. */
  case?: string;
  /** 'shared-secret': a gateway's route, refused without the secret the probe's headers carry. */
  expect: Record<Who, Expected> | 'shared-secret';
  /** Used instead of expect when a '/*' route takes a unit id, which is filled with the lead unit. */
  expectForLeadUnit?: Record<Who, Expected>;
  probe?: (w: World, who: Who) => Probe | Promise<Probe>;
  /** Served outside Nest's controllers (Swagger UI, Express-mounted dashboards): not in OpenAPI. */
  outsideNest?: true;
}

/** A tuple as long as T with every element a V. */
type Each<T extends readonly unknown[], V> = { -readonly [K in keyof T]: V };
/** One value per column of WHO, in its order. */
type Columns = Each<typeof WHO, Expected>;

const columns = (values: Columns) =>
  Object.fromEntries(WHO.map((who, i) => [who, values[i]])) as Record<Who, Expected>;

const row = (route: string, values: Columns, more: Partial<MatrixRow> = {}): MatrixRow => ({
  route,
  expect: columns(values),
  ...more,
});

/** A valid reminder policy: 7, 3 and 1 working days before, on the day, every 2 days overdue. */
const POLICY = {
  beforeWorkingDays: [7, 3, 1],
  onDueDay: true,
  overdueEveryWorkingDays: 2,
  escalations: [],
  remindCoordinating: false,
  sendAtMinutes: 480,
};

const action = (body: (w: World) => object) => async (w: World) => ({
  params: { id: await w.freshTask() },
  body: { version: 2, ...body(w) },
});

/**
 * Columns in the order of WHO: anonymous, admin, leader, office, head of the lead unit, head of the
 * coordinating unit, head of an unrelated commune, the staff member the task was passed to, another
 * staff member of the lead unit, the leader of another authority.
 */
// prettier-ignore
export const MATRIX: MatrixRow[] = [
  //                                            anon  admin leader office head  coord other staff staff2 otherLeader
  row('POST /api/auth/login',                   [200, 200,  200,  200,   200,  200,  200,  200,  200,   200], {
    probe: () => ({ body: { username: 'vanphong', password: PASSWORD } }) }),
  row('GET /api/me',                            [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('GET /health',                            [200, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('GET /docs',                              [200, 200,  200,  200,   200,  200,  200,  200,  200,   200], { outsideNest: true }),
  row('GET /docs-json',                         [200, 200,  200,  200,   200,  200,  200,  200,  200,   200], { outsideNest: true }),

  row('GET /api/units',                         [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('GET /api/units/groups',                  [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('POST /api/units/groups',                 [401, 201,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ body: { name: w.unique('các đơn vị sự nghiệp'), memberKinds: ['agency'] } }) }),
  row('GET /api/units/{id}',                    [401, 200,  200,  200,   200,  404,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.org.units.finance.id } }) }),
  row('POST /api/units',                        [401, 201,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ body: { parentId: w.org.units.authority.id, kind: 'agency', code: w.unique('TTPTQD'), name: 'Trung tâm Phát triển quỹ đất' } }) }),
  row('PATCH /api/units/{id}',                  [401, 200,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ params: { id: w.org.units.finance.id }, body: { shortName: 'TC-KH' } }) }),

  row('GET /api/users',                         [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('GET /api/users/{id}',                    [401, 200,  200,  200,   200,  404,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.org.users.financeStaff.id } }) }),
  row('POST /api/users',                        [401, 201,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ body: { username: w.unique('tckh.cv'), password: PASSWORD, fullName: 'Chuyên viên mới', role: 'unit_staff', unitId: w.org.units.finance.id } }) }),
  row('PATCH /api/users/{id}',                  [401, 200,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ params: { id: w.unassignedStaffId }, body: { title: 'Chuyên viên' } }) }),

  row('GET /api/directives',                    [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  // Sơn Dương's leader may record directives, but not for Hương Sơn's units.
  row('POST /api/directives',                   [401, 403,  201,  201,   403,  403,  403,  403,  403,   422], {
    probe: (w) => ({ body: { kind: 'conclusion_notice', title: 'Kết luận giao ban', issueDate: '2024-11-25', clauses: [{ title: 'Báo cáo thu ngân sách', leadUnitId: w.org.units.finance.id }] } }) }),
  row('GET /api/directives/{id}',               [401, 200,  200,  200,   200,  200,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.directiveId } }) }),

  row('GET /api/tasks',                         [401, 200,  200,  200,   200,  404,  404,  200,  200,   404]),
  row('GET /api/tasks/{id}',                    [401, 200,  200,  200,   200,  200,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.taskId } }) }),
  row('POST /api/tasks/{id}/actions',           [401, 403,  403,  403,   200,  200,  404,  200,  403,   404], {
    case: 'progress (lead unit and coordinators)', probe: action(() => ({ action: 'progress', note: 'Đã giải ngân 60%' })) }),
  row('POST /api/tasks/{id}/actions',           [401, 403,  200,  200,   403,  403,  404,  403,  403,   404], {
    case: 'pause (the assigner side)', probe: action(() => ({ action: 'pause', note: 'Chờ chủ trương mới' })) }),
  row('POST /api/tasks/{id}/actions',           [401, 403,  403,  403,   200,  403,  404,  403,  403,   404], {
    case: 'reassign (the lead unit head)', probe: action((w) => ({ action: 'reassign', assigneeId: w.unassignedStaffId })) }),
  row('GET /api/tasks/{id}/extension-requests', [401, 200,  200,  200,   200,  200,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.taskId } }) }),
  row('POST /api/tasks/{id}/extension-requests',[401, 403,  403,  403,   201,  403,  404,  201,  403,   404], {
    probe: async (w) => ({ params: { id: await w.freshTask() }, body: { requestedDueDate: '2025-01-10', reason: 'Chờ phê duyệt dự toán' } }) }),
  row('GET /api/extension-requests',            [401, 200,  200,  200,   200,  200,  200,  200,  200,   200], {
    probe: () => ({ query: { status: 'pending' } }) }),
  row('POST /api/extension-requests/{id}/approve', [401, 403, 200, 200,  403,  403,  403,  403,  403,   404], {
    probe: async (w) => ({ params: { id: await w.freshExtensionRequest() }, body: { note: 'Đồng ý' } }) }),
  row('POST /api/extension-requests/{id}/reject',  [401, 403, 200, 200,  403,  403,  403,  403,  403,   404], {
    probe: async (w) => ({ params: { id: await w.freshExtensionRequest() }, body: { note: 'Không đủ lý do' } }) }),

  row('GET /api/calendar',                      [401, 200,  200,  200,   200,  200,  200,  200,  200,   200], {
    probe: () => ({ query: { from: '2025-01-01', to: '2025-12-31' } }) }),
  row('GET /api/calendar/working-days',         [401, 200,  200,  200,   200,  200,  200,  200,  200,   200], {
    probe: () => ({ query: { from: '2025-01-24', to: '2025-02-10' } }) }),
  row('POST /api/calendar',                     [401, 201,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ body: { date: w.freeWeekday(), kind: 'holiday', name: 'Ngày nghỉ thử' } }) }),
  row('DELETE /api/calendar/{date}',            [401, 204,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: async (w) => ({ params: { date: await w.calendarException() } }) }),

  row('GET /api/reports/*',                     [401, 'ok', 'ok', 'ok',  'ok', 'ok', 'ok', 'ok', 'ok',  'ok'], {
    expectForLeadUnit:                          columns([401, 'ok', 'ok', 'ok',  'ok', 404,  404,  'ok', 'ok',  404]) }),

  row('GET /api/me/preferences',                [401, 200,  200,  200,   200,  200,  200,  200,  200,   200]),
  row('PUT /api/me/preferences',                [401, 200,  200,  200,   200,  200,  200,  200,  200,   200], {
    probe: () => ({ body: { email: true, sms: false, digest: true } }) }),
  row('GET /api/deliveries',                    [401, 200,  200,  200,   403,  403,  403,  403,  403,   200]),
  row('GET /api/tasks/{id}/deliveries',         [401, 200,  200,  200,   200,  200,  404,  200,  200,   404], {
    probe: (w) => ({ params: { id: w.taskId } }) }),
  row('GET /api/reminder-policy',               [401, 200,  200,  200,   403,  403,  403,  403,  403,   200]),
  row('PUT /api/reminder-policy',               [401, 200,  403,  403,   403,  403,  403,  403,  403,   403], {
    probe: () => ({ body: POLICY }) }),
  row('GET /api/directives/{id}/reminder-policy', [401, 200, 200, 200,   403,  403,  403,  403,  403,   404], {
    probe: (w) => ({ params: { id: w.directiveId } }) }),
  row('PUT /api/directives/{id}/reminder-policy', [401, 200, 403, 403,   403,  403,  403,  403,  403,   403], {
    probe: (w) => ({ params: { id: w.directiveId }, body: POLICY }) }),
  row('DELETE /api/directives/{id}/reminder-policy', [401, 204, 403, 403, 403, 403,  403,  403,  403,   403], {
    probe: (w) => ({ params: { id: w.directiveId } }) }),
  { route: 'POST /api/sms/callback', expect: 'shared-secret',
    probe: (w) => ({ headers: { 'X-Callback-Secret': w.t.config.SMS_CALLBACK_SECRET }, body: { SMSID: 'unknown', SendStatus: 1 } }) },
  row('POST /api/admin/queues/session',         [401, 204,  403,  403,   403,  403,  403,  403,  403,   403]),
  // bull-board, mounted on Express; a signed-in person who is not an admin is refused with 403, as everywhere.
  row('GET /admin/queues',                      [401, 'ok', 403,  403,   403,  403,  403,  403,  403,   403], { outsideNest: true }),

  // Text → draft tasks: the assigner side of any authority, against its own organisation.
  row('POST /api/directives/extract',           [401, 403, 'allowed', 'allowed', 403, 403, 403, 403, 403, 'allowed'], {
    probe: () => ({ body: { text: 'Giao Phòng Tài chính - Kế hoạch chủ trì, báo cáo trước ngày 20/12/2024.' } }) }),
];
