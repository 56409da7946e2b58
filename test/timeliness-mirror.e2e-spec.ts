import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { addDays } from '@dondoc/core';
import {
  cutoffParams,
  TASK_STATES,
  timelinessCase,
  timelinessCutoffs,
  timelinessOf,
  TaskState,
} from '@dondoc/tasks';
import { createDirective } from './support/directive-fixture';
import { tokenFor } from './support/login';
import { createOrgFixture } from './support/org-fixture';
import { startTestApp, TestApp } from './support/test-app';

/** A small deterministic generator, so a failure reproduces. */
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

describe('the SQL mirror of timeliness agrees with timelinessOf', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('on 600 generated tasks around Tết 2025 and a plain week, for several days', async () => {
    const org = await createOrgFixture(t.app);
    const office = await tokenFor(t, 'vanphong');
    const directive = await createDirective(t, office, [{ title: 'Mẫu', leadUnitId: org.units.finance.id }]);
    const template = directive.clauses[0].tasks[0].id;
    const db = t.app.get(DataSource);
    const rnd = numbers(42);
    const pick = <T>(xs: readonly T[]) => xs[rnd.next().value % xs.length];
    const base = '2025-01-15';
    for (let i = 0; i < 600; i++) {
      const state: TaskState = pick(TASK_STATES);
      const due = pick([null, ...Array.from({ length: 40 }, (_, k) => addDays(base, k))]);
      const original = due && pick([due, addDays(due, -5)]);
      const completedOn = state === 'done' ? addDays(base, rnd.next().value % 40) : null;
      await db.query(
        `INSERT INTO tasks (directive_id, clause_id, title, lead_unit_id, state, original_due_date, current_due_date, completed_on, version, created_by_id)
         SELECT directive_id, clause_id, 'gen ' || $1, lead_unit_id, $2, $3, $4, $5, 1, created_by_id FROM tasks WHERE id = $6`,
        [i, state, original, due, completedOn, template],
      );
    }
    const calendar = await t.app.get(CalendarService).getCalendar();
    for (const today of ['2025-01-20', '2025-01-24', '2025-01-27', '2025-02-03', '2025-02-14']) {
      const cutoffs = timelinessCutoffs(today, calendar);
      const [sql, params] = db.driver.escapeQueryWithParameters(
        `SELECT t.state, t.original_due_date, t.current_due_date, t.completed_on, ${timelinessCase()} AS sql_timeliness
           FROM tasks t WHERE t.title LIKE 'gen %'`,
        cutoffParams(cutoffs),
      );
      const rows = await db.query<
        {
          state: TaskState;
          original_due_date: string | null;
          current_due_date: string | null;
          completed_on: string | null;
          sql_timeliness: string | null;
        }[]
      >(sql, params);
      expect(rows).toHaveLength(600);
      const disagreements = rows.filter(
        (r) =>
          timelinessOf(
            {
              state: r.state,
              originalDueDate: r.original_due_date,
              currentDueDate: r.current_due_date,
              completedOn: r.completed_on,
            },
            today,
            calendar,
          ).timeliness !== r.sql_timeliness,
      );
      expect(disagreements).toEqual([]);
    }
  });
});
