import { Clock } from '@dondoc/core';
import { createDirective } from '../../support/directive-fixture';
import { tokenFor } from '../../support/login';
import { createOrgFixture, type OrgFixture } from '../../support/org-fixture';
import type { TestApp } from '../../support/test-app';

/** Friday 20/12/2024, 10:00 in Hà Nội: the day the leader reviews the list before the year-end meeting. */
export const TODAY = new Date('2024-12-20T03:00:00Z');

export interface Scenario {
  org: OrgFixture;
  directiveId: string;
  /** Phòng TC-KH leads it; overdue since 10/12, with a progress note. */
  overdueTaskId: string;
  overdueTitle: string;
  /** Phòng TC-KH leads it; due 15/01/2025: the unit head reports on it from a phone. */
  financeTaskId: string;
  financeTitle: string;
  /** Phòng TC-KH leads it; due 10/01/2025: the unit asks for more time, the office approves. */
  extensionTaskId: string;
  extensionTitle: string;
  /** Xã Sơn Kim 1's task, which Phòng TC-KH must not see. */
  otherUnitTaskId: string;
}

/** A district with one conclusion notice whose tasks are overdue, on track and done, seen from 20/12/2024. */
export async function seedScenario(t: TestApp): Promise<Scenario> {
  const org = await createOrgFixture(t.app);
  const clock = t.app.get(Clock);
  clock.setNow(new Date('2024-11-25T03:00:00Z'));
  const office = await tokenFor(t, 'vanphong');
  const financeHead = await tokenFor(t, 'tckh.truongphong');
  const overdueTitle = 'Tham mưu giải pháp hoàn thành dự toán thu ngân sách năm 2024';
  const financeTitle = 'Đẩy nhanh giải ngân vốn đầu tư công';
  const extensionTitle = 'Tham mưu xây dựng dự toán ngân sách năm 2025';
  const directive = await createDirective(
    t,
    office,
    [
      {
        title: overdueTitle,
        leadUnitId: org.units.finance.id,
        coordinatingUnitIds: [org.units.agriculture.id],
        dueDate: '2024-12-10',
      },
      { title: financeTitle, leadUnitId: org.units.finance.id, dueDate: '2025-01-15' },
      { title: 'Đẩy mạnh tích tụ ruộng đất', leadGroupId: org.groups.communes, dueDate: '2024-12-16' },
      {
        title: 'Rà soát các tiêu chí nông thôn mới chưa đạt',
        leadUnitId: org.units.agriculture.id,
        dueDate: '2024-12-13',
      },
      { title: extensionTitle, leadUnitId: org.units.finance.id, dueDate: '2025-01-10' },
    ],
    { number: '215/TB-UBND', title: 'Kết luận của Chủ tịch UBND huyện tại cuộc họp ngày 22/11/2024' },
  );
  const [overdue, finance, land, criteria, extension] = directive.clauses;
  const res = await t
    .http()
    .post(`/api/tasks/${overdue.tasks[0].id}/actions`)
    .set('Authorization', financeHead)
    .send({
      action: 'progress',
      version: 1,
      note: 'Đã làm việc với Chi cục Thuế, đang tổng hợp số liệu',
      progressPercent: 40,
    });
  if (res.status !== 200) throw new Error(`seed progress: ${res.status} ${JSON.stringify(res.body)}`);
  // Nông nghiệp finishes its task on time, so the ranking has a unit at 100%.
  const agriHead = await tokenFor(t, 'nnmt.truongphong');
  const done = await t
    .http()
    .post(`/api/tasks/${criteria.tasks[0].id}/actions`)
    .set('Authorization', agriHead)
    .send({ action: 'report_done', version: 1, note: 'Đã rà soát xong 19 tiêu chí' });
  await t
    .http()
    .post(`/api/tasks/${criteria.tasks[0].id}/actions`)
    .set('Authorization', office)
    .send({ action: 'confirm', version: (done.body as { version: number }).version });
  clock.setNow(TODAY);
  return {
    org,
    directiveId: directive.id,
    overdueTaskId: overdue.tasks[0].id,
    overdueTitle,
    financeTaskId: finance.tasks[0].id,
    financeTitle,
    extensionTaskId: extension.tasks[0].id,
    extensionTitle,
    otherUnitTaskId: land.tasks.find((x) => x.leadUnit.name === 'Xã Sơn Kim 1')!.id,
  };
}
