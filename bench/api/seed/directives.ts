import type { Client } from 'pg';
import type { Sizes } from '../options';
import { PROVINCE_LEADERS, PROVINCE_OFFICE, unitShape } from './organisation';
import { clauseTitles, DIRECTIVE_HEADS, TOPICS, withFolded } from './vocabulary';

/** Share of directives the province issues; the communes issue the rest. */
const PROVINCE_SHARE = 0.4;

/**
 * Directives spread over the years up to today: the province's (leaders rotate, the Văn phòng
 * enters them) and each commune's. Numbers run per authority, so (authority, number) stays unique.
 */
export async function seedDirectives(db: Client, sizes: Sizes): Promise<number> {
  const s = unitShape(sizes);
  const heads = Object.values(DIRECTIVE_HEADS).flatMap((h) => [h.province, h.commune]);
  const h = withFolded(heads);
  const topics = withFolded(TOPICS);
  await db.query(
    `INSERT INTO bench.directives (j, authority_n, kind, issue_date, number, title, title_folded, leader_id, creator_id)
     SELECT j, authority_n, kind, issue_date,
            CASE WHEN kind <> 'oral_instruction' THEN
              row_number() OVER (PARTITION BY authority_n, kind = 'oral_instruction' ORDER BY issue_date, j)
              || CASE kind WHEN 'conclusion_notice' THEN '/TB-UBND' ELSE '/CT-UBND' END END,
            ($6::text[])[head] || ' ' || tail, ($7::text[])[head] || ' ' || tail_folded, leader_id, creator_id
       FROM (
         SELECT x.*,
                1 + 2 * variant + CASE WHEN authority_n = 0 THEN 0 ELSE 1 END AS head,
                CASE WHEN variant = 0 THEN to_char(issue_date, 'FMMM/YYYY') ELSE ($8::text[])[topic] END AS tail,
                CASE WHEN variant = 0 THEN to_char(issue_date, 'FMMM/YYYY') ELSE ($9::text[])[topic] END AS tail_folded
           FROM (
             SELECT j, a.n AS authority_n,
                    least(bench.today(), bench.roll(bench.today() - floor(bench.u(j, 1) * $2 * 365)::int)) AS issue_date,
                    CASE WHEN bench.u(j, 2) < 0.1 THEN 'oral_instruction'
                         WHEN bench.u(j, 2) < 0.3 THEN 'directive_document' ELSE 'conclusion_notice' END AS kind,
                    CASE WHEN bench.u(j, 2) < 0.1 THEN 3 WHEN bench.u(j, 2) < 0.3 THEN 2
                         WHEN bench.u(j, 3) < 0.5 THEN 0 ELSE 1 END AS variant,
                    1 + floor(bench.u(j, 4) * cardinality($8::text[]))::int AS topic,
                    CASE WHEN a.n = 0 THEN l.id ELSE a.leader_id END AS leader_id,
                    CASE WHEN a.n = 0 THEN o.id ELSE a.office_id END AS creator_id
               FROM generate_series(0, $1::int - 1) j
               JOIN bench.units a ON a.n = CASE WHEN j < $3 THEN 0 ELSE $4 + 1 + (j - $3) % $5 END
               JOIN bench.users l ON l.n = 1 + j % $10
               JOIN bench.users o ON o.n = 1 + $10 + j % $11
           ) x
       ) y`,
    [
      sizes.directives,
      sizes.years,
      Math.round(sizes.directives * PROVINCE_SHARE),
      s.level1,
      s.communes,
      h.text,
      h.folded,
      topics.text,
      topics.folded,
      PROVINCE_LEADERS,
      PROVINCE_OFFICE,
    ],
  );
  const { rowCount } = await db.query(`
    INSERT INTO directives (id, authority_id, kind, number, title, issuing_leader_id, meeting_date, issue_date,
                            source_text, search_text, created_by_id, created_at)
    SELECT d.id, a.id, d.kind, d.number, d.title, d.leader_id,
           CASE WHEN d.kind = 'conclusion_notice' THEN d.issue_date - floor(bench.u(d.j, 5) * 4)::int END,
           d.issue_date, '', concat_ws(' ', lower(d.number), d.title_folded), d.creator_id,
           bench.at(d.issue_date, 8 + 3 * bench.u(d.j, 7))
      FROM bench.directives d JOIN bench.units a ON a.n = d.authority_n ORDER BY d.issue_date, d.j`);
  return rowCount ?? 0;
}

/**
 * One row per clause: who it goes to and so how many tasks it gives (its fan-out), and its
 * deadline. `share` scales how often a clause goes to a whole group ("các xã, phường", "các sở,
 * ban, ngành", "các thôn") rather than to one unit; the seed picks it to land near --tasks.
 */
function clausePlanSql(share: number): string {
  return `
    SELECT d.j::bigint * 8 + o AS cn, d.j, o AS ordinal, t.target, t.target_n, t.fanout,
           CASE WHEN bench.u(d.j::bigint * 8 + o, 1) < 0.10 THEN NULL
                ELSE bench.roll(d.issue_date + CASE WHEN bench.u(d.j::bigint * 8 + o, 5) < 0.7
                     THEN 10 + floor(bench.u(d.j::bigint * 8 + o, 7) * 80) ELSE 90 + floor(bench.u(d.j::bigint * 8 + o, 7) * 275) END::int)
           END AS due
      FROM bench.directives d
      JOIN bench.units a ON a.n = d.authority_n
     CROSS JOIN LATERAL generate_series(1, 3 + floor(bench.u(d.j, 6) * 5)::int) o
     CROSS JOIN LATERAL (
       SELECT * FROM (VALUES (bench.u(d.j::bigint * 8 + o, 2), bench.u(d.j::bigint * 8 + o, 3), bench.u(d.j::bigint * 8 + o, 4))) r(r, r2, r3)
     ) r
     CROSS JOIN LATERAL (
       SELECT CASE WHEN a.n = 0 THEN
                CASE WHEN r.r < ${share} * 0.5 THEN 'communes' WHEN r.r < ${share} * 0.8 THEN 'depts' ELSE 'unit' END
              ELSE CASE WHEN r.r < ${share} THEN 'villages' ELSE 'unit' END END AS target
     ) k
     CROSS JOIN LATERAL (
       SELECT k.target,
              -- The first unit the clause goes to; a group's members are numbered from it.
              CASE k.target WHEN 'communes' THEN $1 + 1 WHEN 'depts' THEN 1 WHEN 'villages' THEN a.village_start ELSE
                CASE WHEN a.n = 0 THEN
                  CASE WHEN r.r2 < 0.75 THEN 1 + floor(r.r3 * $1)::int ELSE $1 + 1 + floor(r.r3 * $2)::int END
                ELSE CASE WHEN r.r2 < 0.5 THEN a.n ELSE a.village_start + floor(r.r3 * a.village_count)::int END END
              END AS target_n,
              CASE k.target WHEN 'communes' THEN $2 WHEN 'depts' THEN $1 WHEN 'villages' THEN a.village_count ELSE 1 END AS fanout
     ) t`;
}

/**
 * Plans the clauses so their tasks add up to exactly `sizes.tasks`: measures the fan-out at one
 * share, solves for the share that lands 1% above, then drops clauses at random until the total
 * fits (the last one kept gives only part of its group). Chronological cum_start numbers the
 * tasks so they go in oldest first, as a real table fills.
 */
export async function planClauses(db: Client, sizes: Sizes): Promise<{ clauses: number; share: number }> {
  const s = unitShape(sizes);
  const params = [s.level1, s.communes];
  const measure = async (share: number) => {
    const { rows } = await db.query<{ n: string; total: string }>(
      `SELECT count(*) AS n, sum(fanout) AS total FROM (${clausePlanSql(share)}) p`,
      params,
    );
    return { n: Number(rows[0].n), total: Number(rows[0].total) };
  };
  const probe = 0.2;
  const at = await measure(probe);
  const perShare = (at.total - at.n) / probe;
  const share = Math.max(0, Math.min(1, (sizes.tasks * 1.01 - at.n) / perShare));
  await db.query(
    `CREATE TABLE bench.clauses AS SELECT p.*, gen_random_uuid() AS id, 0::bigint AS keep, 0::bigint AS cum_start
       FROM (${clausePlanSql(share)}) p`,
    params,
  );
  const { rows } = await db.query<{ total: string }>(`SELECT sum(fanout) AS total FROM bench.clauses`);
  if (Number(rows[0].total) < sizes.tasks) {
    throw new Error(
      `${sizes.directives} directives cannot give ${sizes.tasks} tasks (at most ${rows[0].total}); raise --directives.`,
    );
  }
  await db.query(`ALTER TABLE bench.clauses ADD PRIMARY KEY (cn)`);
  await db.query(
    `UPDATE bench.clauses c SET keep = greatest(0, least(r.fanout, $1 - r.start))
       FROM (SELECT cn, fanout, sum(fanout) OVER (ORDER BY bench.u(cn, 9), cn) - fanout AS start FROM bench.clauses) r
      WHERE r.cn = c.cn`,
    [sizes.tasks],
  );
  await db.query(`DELETE FROM bench.clauses WHERE keep = 0`);
  await db.query(`
    UPDATE bench.clauses c SET cum_start = r.start, ordinal = r.ordinal
      FROM (SELECT c.cn, sum(c.keep) OVER (ORDER BY d.issue_date, c.cn) - c.keep AS start,
                   row_number() OVER (PARTITION BY c.j ORDER BY c.ordinal) AS ordinal
              FROM bench.clauses c JOIN bench.directives d USING (j)) r
     WHERE r.cn = c.cn`);
  await db.query(`CREATE INDEX ON bench.clauses (cum_start)`);
  const titles = withFolded(clauseTitles());
  const { rowCount } = await db.query(
    `INSERT INTO directive_clauses (id, directive_id, ordinal, title, source_text, assigned_group_id)
     SELECT c.id, d.id, c.ordinal, ($1::text[])[1 + floor(bench.u(c.cn, 10) * cardinality($1::text[]))::int],
            c.ordinal || '. ' || ($1::text[])[1 + floor(bench.u(c.cn, 10) * cardinality($1::text[]))::int] || '.', g.id
       FROM bench.clauses c JOIN bench.directives d USING (j)
       LEFT JOIN bench.groups g ON g.owner_n = CASE c.target WHEN 'villages' THEN d.authority_n ELSE 0 END
            AND g.kind = CASE c.target WHEN 'communes' THEN 'commune' WHEN 'depts' THEN 'department' WHEN 'villages' THEN 'village' END
      ORDER BY c.cum_start`,
    [titles.text],
  );
  return { clauses: rowCount ?? 0, share };
}
