import type { TestApp } from './test-app';

export interface ClauseSpec {
  title: string;
  leadUnitId?: string;
  leadGroupId?: string;
  coordinatingUnitIds?: string[];
  dueDate?: string | null;
}

/** Records a directive through the API, as office staff do, and answers its body. */
export async function createDirective(
  t: TestApp,
  auth: string,
  clauses: ClauseSpec[],
  extra: Record<string, unknown> = {},
) {
  const res = await t
    .http()
    .post('/api/directives')
    .set('Authorization', auth)
    .send({
      kind: 'conclusion_notice',
      title: 'Kết luận cuộc họp UBND huyện',
      issueDate: '2024-11-22',
      meetingDate: '2024-11-22',
      clauses,
      ...extra,
    });
  if (res.status !== 201) throw new Error(`create directive: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    id: string;
    clauses: {
      id: string;
      title: string;
      tasks: {
        id: string;
        leadUnit: { id: string; name: string };
        version: number;
        currentDueDate: string | null;
      }[];
    }[];
  };
}
