/**
 * The seed's scratch schema: numbered stand-ins for units, users, directives and clauses that the
 * set-based INSERTs join on, and two functions. Dropped when the seed is done.
 */
export const HELPERS_SQL = `
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- A repeatable pseudo-random number in [0, 1) for row n; salt (0..63) picks an independent draw.
CREATE FUNCTION bench.u(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (hashint8(n * 64 + salt) & 2147483647)::float8 / 2147483648.0 $$;

-- The same for a row known only by its uuid.
CREATE FUNCTION bench.uid(id uuid, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (hashtext(id::text || salt::text) & 2147483647)::float8 / 2147483648.0 $$;

-- Civil Code art. 148: a deadline on a day off moves to the next working day (weekends and the
-- calendar_exceptions rows the migrations ship).
CREATE FUNCTION bench.roll(d date) RETURNS date LANGUAGE plpgsql STABLE AS $$
DECLARE k text;
BEGIN
  LOOP
    SELECT kind INTO k FROM calendar_exceptions WHERE date = d;
    IF k = 'working_day' OR (k IS NULL AND extract(isodow FROM d) < 6) THEN RETURN d; END IF;
    d := d + 1;
  END LOOP;
END $$;

-- today in Asia/Ho_Chi_Minh, as the API's Clock sees it.
CREATE FUNCTION bench.today() RETURNS date LANGUAGE sql STABLE
  AS $$ SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$;

-- A local date and hour in Asia/Ho_Chi_Minh as an instant.
CREATE FUNCTION bench.at(d date, hours float8) RETURNS timestamptz LANGUAGE sql STABLE
  AS $$ SELECT (d + make_interval(secs => hours * 3600)) AT TIME ZONE 'Asia/Ho_Chi_Minh' $$;

CREATE TABLE bench.units (
  n int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), kind text NOT NULL, parent_n int,
  commune_n int, name text NOT NULL, code text NOT NULL,
  village_start int, village_count int NOT NULL DEFAULT 0,
  head_id uuid, leader_id uuid, office_id uuid, staff_count int NOT NULL DEFAULT 0
);
CREATE TABLE bench.users (
  n int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), username text NOT NULL,
  role text NOT NULL, unit_n int NOT NULL, title text
);
CREATE TABLE bench.staff (unit_n int, k int, id uuid, PRIMARY KEY (unit_n, k));
CREATE TABLE bench.groups (owner_n int, kind text, id uuid, PRIMARY KEY (owner_n, kind));
CREATE TABLE bench.directives (
  j int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), authority_n int NOT NULL,
  kind text NOT NULL, issue_date date NOT NULL, number text, title text NOT NULL, title_folded text NOT NULL,
  leader_id uuid, creator_id uuid NOT NULL
);
`;

export const DROP_HELPERS_SQL = `DROP SCHEMA IF EXISTS bench CASCADE`;
