import { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '@dondoc/calendar';
import type { LocalDate } from '@dondoc/core';

export interface Seeded {
  units: number;
  tasks: number;
  dueOnDay: number;
}

/**
 * An authority with `units` departments, a head each (email and phone), one directive, and
 * `tasks` open tasks: `dueOnDay` of them due on `day` (a reminder each, by email and SMS), the
 * rest due 8 to 60 working days later (no reminder that day). Plain SQL: the benchmark measures
 * planning and sending, not creating tasks.
 */
export async function seed(
  db: DataSource,
  calendar: WorkingDayCalendar,
  day: LocalDate,
  sizes: { units: number; tasks: number; dueOnDay: number },
): Promise<Seeded> {
  const [{ id: authority }] = await db.query(
    `INSERT INTO units (kind, code, name, path) VALUES ('authority', 'BENCH', 'UBND tỉnh Bench', '') RETURNING id`,
  );
  await db.query(`UPDATE units SET path = '/' || id || '/' WHERE id = $1`, [authority]);
  await db.query(
    `INSERT INTO units (parent_id, kind, code, name, path)
     SELECT $1, 'department', 'D' || g, 'Sở số ' || g, '' FROM generate_series(1, $2) g`,
    [authority, sizes.units],
  );
  await db.query(`UPDATE units SET path = '/' || parent_id || '/' || id || '/' WHERE parent_id = $1`, [
    authority,
  ]);
  await db.query(
    `INSERT INTO users (username, password_hash, full_name, role, unit_id, email, phone)
     SELECT 'head' || u.code, 'not-a-hash', 'Giám đốc ' || u.name, 'unit_head', u.id,
            'head' || lower(u.code) || '@bench.test', '09' || lpad((row_number() OVER (ORDER BY u.code))::text, 8, '0')
       FROM units u WHERE u.parent_id = $1`,
    [authority],
  );
  const [{ id: office }] = await db.query(
    `INSERT INTO users (username, password_hash, full_name, role, unit_id) VALUES ('bench.office', 'x', 'Văn phòng', 'office', $1) RETURNING id`,
    [authority],
  );
  const [{ id: directive }] = await db.query(
    `INSERT INTO directives (authority_id, kind, number, title, issue_date, created_by_id)
     VALUES ($1, 'conclusion_notice', '1/TB-BENCH', 'Kết luận phiên họp (benchmark)', $2, $3) RETURNING id`,
    [authority, day, office],
  );
  const [{ id: clause }] = await db.query(
    `INSERT INTO directive_clauses (directive_id, ordinal, title) VALUES ($1, 1, 'Nhiệm vụ benchmark') RETURNING id`,
    [directive],
  );
  const later: LocalDate[] = [];
  for (let n = 8; n <= 60; n++) later.push(calendar.addWorkingDays(day, n));
  await db.query(
    `WITH heads AS (SELECT array_agg(id ORDER BY code) AS ids FROM units WHERE parent_id = $9)
     INSERT INTO tasks (directive_id, clause_id, title, lead_unit_id, original_due_date, current_due_date, version, created_by_id)
     SELECT $1, $2, 'Nhiệm vụ số ' || g || ': báo cáo tiến độ giải ngân vốn đầu tư công', heads.ids[1 + g % $10],
            CASE WHEN g <= $5 THEN $6::date ELSE ($7::date[])[1 + g % $8] END,
            CASE WHEN g <= $5 THEN $6::date ELSE ($7::date[])[1 + g % $8] END, 1, $3
       FROM generate_series(1, $4) g, heads`,
    [
      directive,
      clause,
      office,
      sizes.tasks,
      sizes.dueOnDay,
      day,
      later,
      later.length,
      authority,
      sizes.units,
    ],
  );
  await db.query(
    `INSERT INTO task_units (task_id, unit_id, role) SELECT id, lead_unit_id, 'lead' FROM tasks`,
  );
  await db.query('ANALYZE');
  return sizes;
}
