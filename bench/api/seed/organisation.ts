import type { Client } from 'pg';
import type { Sizes } from '../options';
import { AGENCIES, COMMUNE_NAMES, DEPARTMENTS, GIVEN_NAMES, MIDDLE_NAMES, SURNAMES } from './vocabulary';

/** How the units split: the province, its sở/ban/ngành, its xã/phường, and the thôn below them. */
export function unitShape(sizes: Sizes) {
  const departments = DEPARTMENTS.length;
  const agencies = AGENCIES.length;
  const communes = 100;
  const villages = sizes.units - 1 - departments - agencies - communes;
  if (villages < communes)
    throw new Error(`--units must be at least ${1 + departments + agencies + 2 * communes}`);
  return { departments, agencies, level1: departments + agencies, communes, villages };
}

export const PROVINCE_LEADERS = 4;
export const PROVINCE_OFFICE = 30;

/**
 * Units with correct paths ('/rootId/.../id/'): n = 0 is the province, 1..level1 its departments
 * (n = 1 is the Văn phòng) and agencies, then the communes, then the villages, each commune's
 * villages numbered contiguously so a clause "các thôn" fans out over a range.
 */
export async function seedUnits(db: Client, sizes: Sizes): Promise<number> {
  const s = unitShape(sizes);
  await db.query(
    `INSERT INTO bench.units (n, kind, parent_n, commune_n, name, code)
     SELECT 0, 'authority', NULL::int, NULL::int, 'UBND tỉnh Hà Tĩnh', 'UBND-TINH'
     UNION ALL
     SELECT i, CASE WHEN i <= $1 THEN 'department' ELSE 'agency' END, 0, NULL::int, ($3::text[])[i], 'DV-' || lpad(i::text, 2, '0')
       FROM generate_series(1, $2::int) i
     UNION ALL
     SELECT $2 + 1 + c, 'commune', 0, $2 + 1 + c,
            CASE WHEN c % 5 = 4 THEN 'Phường ' ELSE 'Xã ' END || ($4::text[])[1 + c % cardinality($4::text[])]
              || CASE WHEN c >= cardinality($4::text[]) THEN ' ' || (c / cardinality($4::text[]) + 1) ELSE '' END,
            'XA-' || lpad((c + 1)::text, 3, '0')
       FROM generate_series(0, $5::int - 1) c
     UNION ALL
     SELECT $2 + $5 + 1 + v, 'village', $2 + 1 + (v::bigint * $5 / $6)::int, $2 + 1 + (v::bigint * $5 / $6)::int, '', ''
       FROM generate_series(0, $6::int - 1) v`,
    [s.departments, s.level1, [...DEPARTMENTS, ...AGENCIES], COMMUNE_NAMES, s.communes, s.villages],
  );
  await db.query(`
    UPDATE bench.units c SET village_start = v.first, village_count = v.count
      FROM (SELECT commune_n, min(n) AS first, count(*) AS count FROM bench.units WHERE kind = 'village' GROUP BY 1) v
     WHERE c.n = v.commune_n`);
  await db.query(`
    UPDATE bench.units v
       SET name = CASE WHEN c.name LIKE 'Phường%' THEN 'Tổ dân phố ' ELSE 'Thôn ' END || (v.n - c.village_start + 1) || ', ' || c.name,
           code = c.code || '-' || lpad((v.n - c.village_start + 1)::text, 2, '0')
      FROM bench.units c WHERE v.kind = 'village' AND c.n = v.commune_n`);
  const { rowCount } = await db.query(`
    INSERT INTO units (id, parent_id, kind, code, name, path)
    SELECT b.id, p.id, b.kind, b.code, b.name,
           CASE WHEN b.n = 0 THEN '/' || b.id || '/'
                WHEN b.kind = 'village' THEN '/' || r.id || '/' || p.id || '/' || b.id || '/'
                ELSE '/' || r.id || '/' || b.id || '/' END
      FROM bench.units b LEFT JOIN bench.units p ON p.n = b.parent_n
     CROSS JOIN (SELECT id FROM bench.units WHERE n = 0) r
     ORDER BY b.n`);
  await db.query(`CREATE UNIQUE INDEX ON bench.units (id)`);
  return rowCount ?? 0;
}

/** "các sở, ban, ngành" and "các xã, phường" for the province; "các thôn" for each commune. */
export async function seedGroups(db: Client): Promise<number> {
  await db.query(`
    INSERT INTO unit_groups (authority_id, name, aliases, member_kinds)
    SELECT id, 'các sở, ban, ngành', ARRAY['các cơ quan, đơn vị'], ARRAY['department', 'agency'] FROM bench.units WHERE n = 0
    UNION ALL
    SELECT id, 'các xã, phường', ARRAY['các địa phương'], ARRAY['commune'] FROM bench.units WHERE n = 0
    UNION ALL
    SELECT id, CASE WHEN name LIKE 'Phường%' THEN 'các tổ dân phố' ELSE 'các thôn' END, ARRAY[]::text[], ARRAY['village']
      FROM bench.units WHERE kind = 'commune'`);
  const { rowCount } = await db.query(`
    INSERT INTO bench.groups (owner_n, kind, id)
    SELECT b.n, g.member_kinds[1], g.id FROM unit_groups g JOIN bench.units b ON b.id = g.authority_id`);
  return rowCount ?? 0;
}

/**
 * People: an admin, the Chủ tịch and Phó Chủ tịch, the Văn phòng, a Chủ tịch and an office clerk in
 * each commune, one head per unit, and staff for the rest (most in villages and departments).
 * Every account shares one argon2 hash, computed once.
 */
export async function seedUsers(db: Client, sizes: Sizes, passwordHash: string): Promise<number> {
  const s = unitShape(sizes);
  const fixed = 1 + PROVINCE_LEADERS + PROVINCE_OFFICE + 2 * s.communes + (sizes.units - 1);
  const staff = sizes.users - fixed;
  await db.query(
    `INSERT INTO bench.users (n, username, role, unit_n, title)
     SELECT 0, 'admin', 'admin', 0, 'Quản trị hệ thống'
     UNION ALL
     SELECT i, CASE WHEN i = 1 THEN 'chutich' ELSE 'pct' || (i - 1) END, 'leader', 0,
            CASE WHEN i = 1 THEN 'Chủ tịch UBND tỉnh' ELSE 'Phó Chủ tịch UBND tỉnh' END
       FROM generate_series(1, $1::int) i
     UNION ALL
     SELECT $1 + i, 'vp' || lpad(i::text, 2, '0'), 'office', 1, 'Chuyên viên Văn phòng'
       FROM generate_series(1, $2::int) i
     UNION ALL
     SELECT $1 + $2 + 2 * (u.n - $9) - 1 + k,
            CASE WHEN k = 0 THEN 'ct-' ELSE 'vp-' END || lower(u.code),
            CASE WHEN k = 0 THEN 'leader' ELSE 'office' END, u.n,
            CASE WHEN k = 0 THEN 'Chủ tịch UBND xã' ELSE 'Công chức Văn phòng - Thống kê' END
       FROM bench.units u CROSS JOIN generate_series(0, 1) k WHERE u.kind = 'commune'
     UNION ALL
     SELECT $1 + $2 + 2 * $3 + u.n, 'head-' || lower(u.code), 'unit_head', u.n,
            CASE u.kind WHEN 'department' THEN 'Giám đốc' WHEN 'agency' THEN 'Trưởng ban' WHEN 'commune' THEN 'Phó Chủ tịch UBND xã'
                        ELSE 'Trưởng thôn' END
       FROM bench.units u WHERE u.n > 0
     UNION ALL
     -- Staff: 9% in departments, 5.5% in communes, the rest spread over the villages.
     SELECT $4 + i, 'nv' || lpad(i::text, 6, '0'), 'unit_staff',
            CASE WHEN i < $5 * 0.09 THEN 1 + i % $6
                 WHEN i < $5 * 0.145 THEN $6 + 1 + i % $7
                 ELSE $6 + $7 + 1 + i % $8 END,
            'Chuyên viên'
       FROM generate_series(0, $5::int - 1) i`,
    [PROVINCE_LEADERS, PROVINCE_OFFICE, s.communes, fixed, staff, s.level1, s.communes, s.villages, s.level1],
  );
  const { rowCount } = await db.query(
    `INSERT INTO users (id, username, password_hash, full_name, title, role, unit_id, email, phone)
     SELECT b.id, b.username, $1,
            ($2::text[])[1 + floor(bench.u(b.n, 1) * cardinality($2::text[]))::int] || ' ' ||
            ($3::text[])[1 + floor(bench.u(b.n, 2) * cardinality($3::text[]))::int] || ' ' ||
            ($4::text[])[1 + floor(bench.u(b.n, 3) * cardinality($4::text[]))::int],
            b.title, b.role, u.id,
            CASE WHEN bench.u(b.n, 4) < 0.6 THEN b.username || '@hatinh.gov.vn' END,
            CASE WHEN bench.u(b.n, 5) < 0.7 THEN '09' || lpad((floor(bench.u(b.n, 6) * 1e8))::bigint::text, 8, '0') END
       FROM bench.users b JOIN bench.units u ON u.n = b.unit_n ORDER BY b.n`,
    [passwordHash, SURNAMES, MIDDLE_NAMES, GIVEN_NAMES],
  );
  await db.query(`
    INSERT INTO bench.staff (unit_n, k, id)
    SELECT unit_n, (row_number() OVER (PARTITION BY unit_n ORDER BY n) - 1)::int, id FROM bench.users WHERE role = 'unit_staff'`);
  await db.query(`
    UPDATE bench.units u SET staff_count = s.count FROM (SELECT unit_n, count(*) AS count FROM bench.staff GROUP BY 1) s
     WHERE u.n = s.unit_n`);
  await db.query(`
    UPDATE bench.units u SET head_id = b.id FROM bench.users b WHERE b.role = 'unit_head' AND b.unit_n = u.n`);
  await db.query(`
    UPDATE bench.units u SET leader_id = b.id FROM bench.users b
     WHERE b.unit_n = u.n AND b.username = CASE WHEN u.n = 0 THEN 'chutich' ELSE 'ct-' || lower(u.code) END`);
  await db.query(`
    UPDATE bench.units u SET office_id = b.id FROM bench.users b
     WHERE b.username = CASE WHEN u.n = 0 THEN 'vp01' ELSE 'vp-' || lower(u.code) END`);
  await db.query(`UPDATE bench.units SET head_id = leader_id WHERE n = 0`);
  return rowCount ?? 0;
}
