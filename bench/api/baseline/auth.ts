import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { AUTH_USER, AUTH_USER_IDS } from './sql';

export interface BareActor {
  id: string;
  role: string;
  unitId: string;
  scopePath: string;
}

const AUTHORITY_KINDS = ['authority', 'commune'];
const WHOLE_AUTHORITY_ROLES = ['admin', 'leader', 'office'];

/** HS256 as @nestjs/jwt signs it: check the signature and expiry, answer the subject. */
function verifyToken(token: string, secret: string): string | null {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string; exp?: number };
  if (!claims.sub || (claims.exp !== undefined && claims.exp * 1000 < Date.now())) return null;
  return claims.sub;
}

/**
 * What the API's AuthGuard does per request, in plain pg: verify the token, re-read the user with
 * their unit (the same two statements TypeORM sends), and work out the scope. For a leader whose
 * unit is not itself an authority it also reads the ancestors, as UnitsService.authorityOf does.
 */
export async function authenticate(
  pool: Pool,
  authorization: string | undefined,
  secret: string,
): Promise<BareActor | null> {
  const [scheme, token] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) return null;
  const id = verifyToken(token, secret);
  if (!id) return null;
  const ids = await pool.query(AUTH_USER_IDS, [id]);
  if (!ids.rowCount) return null;
  const { rows } = await pool.query<Record<string, string | boolean>>(AUTH_USER, [id, id]);
  const row = rows[0];
  if (!row?.User_active) return null;
  const role = row.User_role as string;
  let scopePath = row.User__User_unit_path as string;
  if (WHOLE_AUTHORITY_ROLES.includes(role) && !AUTHORITY_KINDS.includes(row.User__User_unit_kind as string)) {
    const ancestorIds = scopePath.split('/').filter(Boolean).slice(0, -1);
    const { rows: ancestors } = await pool.query<{ path: string; kind: string }>(
      `SELECT path, kind FROM units WHERE id = ANY($1::uuid[])`,
      [ancestorIds],
    );
    const nearest = ancestors
      .filter((a) => AUTHORITY_KINDS.includes(a.kind))
      .sort((a, b) => b.path.length - a.path.length)[0];
    scopePath = nearest?.path ?? `/${ancestorIds[0]}/`;
  }
  return { id, role, unitId: row.User_unit_id as string, scopePath };
}
