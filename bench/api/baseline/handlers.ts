import type { Pool, PoolClient } from 'pg';
import type { BareActor } from './auth';
import * as SQL from './sql';

export interface Answer {
  status: number;
  body: unknown;
  etag?: string;
}

const WORKING = ['new', 'in_progress', 'returned'];
const REMINDABLE = ['new', 'in_progress', 'returned'];
const CANCELLED_BY_CHANGE = 'Nhiệm vụ đã thay đổi (hoàn thành, hủy, tạm hoãn hoặc đổi hạn): không nhắc nữa.';
const POLICY_TTL_MS = 30_000;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const error = (status: number, code: string): Answer => ({ status, body: { code } });

/** The handlers of the bare server: the API's statements in the API's order, with no framework around them. */
export class BareHandlers {
  private policies?: { readAt: number };

  constructor(private readonly pool: Pool) {}

  /** GET /api/tasks?sort=urgency&pageSize=20 as a unit head: page and count in parallel, as the API does. */
  async list(actor: BareActor): Promise<Answer> {
    const prefix = `${actor.scopePath}%`;
    const [page, count] = await Promise.all([
      this.pool.query(SQL.LIST_PAGE, [prefix]),
      this.pool.query<{ total: number }>(SQL.LIST_COUNT, [prefix]),
    ]);
    return { status: 200, body: { items: page.rows, total: count.rows[0].total, page: 1, pageSize: 20 } };
  }

  /** GET /api/tasks/:id: the loader and the detail queries in one REPEATABLE READ transaction. */
  async detail(actor: BareActor, id: string): Promise<Answer> {
    const client = await this.pool.connect();
    try {
      await client.query('START TRANSACTION');
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const loaded = await load(client, actor, id, SQL.TASK_BY_ID);
      if (!loaded) {
        await client.query('ROLLBACK');
        return error(404, 'TASK_NOT_FOUND');
      }
      const { rows: context } = await client.query(SQL.TASK_CONTEXT, [id]);
      const { rows: journal } = await client.query(SQL.TASK_JOURNAL, [id]);
      await client.query('COMMIT');
      const task = loaded.task;
      return {
        status: 200,
        etag: `"${Number(task.t_version)}"`,
        body: { ...task, context: context[0], coordinatingUnits: loaded.coordinating, journal },
      };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /** POST /api/tasks/:id/actions {action: 'progress'}: the change, its journal line and the reminder re-plan, then the detail. */
  async progress(actor: BareActor, id: string, input: Record<string, unknown>): Promise<Answer> {
    const client = await this.pool.connect();
    let answer: Answer | null = null;
    try {
      await client.query('START TRANSACTION');
      const loaded = await load(client, actor, id, SQL.TASK_BY_ID_FOR_UPDATE);
      const task = loaded?.task;
      if (!task) answer = error(404, 'TASK_NOT_FOUND');
      else if (actor.role !== 'unit_head' || !loaded.leadPath.startsWith(actor.scopePath))
        answer = error(403, 'FORBIDDEN');
      else if (task.t_version !== input.version)
        answer = {
          status: 409,
          body: { code: 'TASK_VERSION_CONFLICT', details: { currentVersion: task.t_version } },
        };
      else if (!WORKING.includes(task.t_state as string)) answer = error(422, 'TASK_INVALID_TRANSITION');
      if (answer || !task) {
        await client.query('ROLLBACK');
        return answer!;
      }
      await this.applyProgress(client, actor, task, input);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
    return this.detail(actor, id);
  }

  private async applyProgress(
    client: PoolClient,
    actor: BareActor,
    task: Record<string, unknown>,
    input: Record<string, unknown>,
  ): Promise<void> {
    const now = new Date();
    const from = task.t_state as string;
    // The lead's progress on a new or returned task starts it; on one in progress it stays there.
    const to = 'in_progress';
    const version = (task.t_version as number) + 1;
    const note = typeof input.note === 'string' ? input.note.trim() : '';
    const percent = input.progressPercent as number;
    await client.query(SQL.TASK_UPDATE, [note, now, percent, to, version, now, task.t_id]);
    const changes: Record<string, [unknown, unknown]> = {};
    if (task.t_latest_note !== note) changes.latestNote = [task.t_latest_note, note];
    if (task.t_progress_percent !== percent) changes.progressPercent = [task.t_progress_percent, percent];
    await client.query(SQL.JOURNAL_INSERT, [
      task.t_id,
      actor.id,
      'progress',
      from,
      to,
      note,
      percent,
      version,
      Object.keys(changes).length ? JSON.stringify(changes) : null,
    ]);
    const { rows: facts } = await client.query<{
      id: string;
      state: string;
      current_due_date: string | null;
    }>(SQL.SCHEDULE_FACTS, [[task.t_id]]);
    if (!this.policies || performance.now() - this.policies.readAt > POLICY_TTL_MS) {
      await this.pool.query(SQL.REMINDER_POLICIES);
      this.policies = { readAt: performance.now() };
    }
    const fact = facts[0];
    if (fact.current_due_date && REMINDABLE.includes(fact.state)) {
      const day = today();
      await client.query(SQL.SCHEDULE_UPSERT, [
        [fact.id],
        [fact.current_due_date],
        [day],
        [now.toISOString()],
      ]);
    } else {
      await client.query(SQL.SCHEDULE_DELETE, [[fact.id]]);
    }
    await client.query(SQL.DELIVERIES_CANCEL, [[fact.id], REMINDABLE, CANCELLED_BY_CHANGE]);
  }

  /** GET /api/reports/overdue as a leader: per-unit counts, the units of page 1 by name, their tasks. */
  async overdue(actor: BareActor): Promise<Answer> {
    const asOf = today();
    const { rows: units } = await this.pool.query<{
      id: string;
      name: string;
      code: string;
      overdue_count: number;
    }>(SQL.OVERDUE_UNITS, [asOf, `${actor.scopePath}%`]);
    const byName = [...units].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.code < b.code ? -1 : 1,
    );
    const sliceIds: string[] = [];
    for (let covered = 0, i = 0; i < byName.length && covered < 50; i++) {
      sliceIds.push(byName[i].id);
      covered += byName[i].overdue_count;
    }
    const items = sliceIds.length ? (await this.pool.query(SQL.OVERDUE_ITEMS, [asOf, sliceIds])).rows : [];
    const totalOverdue = units.reduce((sum, u) => sum + u.overdue_count, 0);
    const byCount = [...byName].sort((a, b) => b.overdue_count - a.overdue_count);
    return { status: 200, body: { asOf, totalOverdue, units: byCount, page: 1, pageSize: 50, items } };
  }
}

interface Loaded {
  task: Record<string, unknown>;
  leadPath: string;
  coordinating: { id: string; name: string; path: string }[];
}

/** TaskLoader.load: the task, its paths and coordinating units; null when missing or out of sight. */
async function load(
  client: PoolClient,
  actor: BareActor,
  id: string,
  taskSql: string,
): Promise<Loaded | null> {
  const { rows: tasks } = await client.query<Record<string, unknown>>(taskSql, [id]);
  if (!tasks.length) return null;
  const { rows: paths } = await client.query<{ lead_path: string }>(SQL.TASK_PATHS, [id]);
  const { rows: coordinating } = await client.query<{ id: string; name: string; path: string }>(
    SQL.TASK_COORDINATING,
    [id],
  );
  const leadPath = paths[0].lead_path;
  const sees = [leadPath, ...coordinating.map((c) => c.path)].some((p) => p.startsWith(actor.scopePath));
  return sees ? { task: tasks[0], leadPath, coordinating } : null;
}
