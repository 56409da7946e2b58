import type { Role } from '../user.entity';

/**
 * Who is asking, and the part of the organisation tree they may see: the subtree whose root has
 * path `scopePath`. Leaders, office staff and admins see their authority's subtree; unit heads and
 * staff see their own unit's.
 */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  scopeUnitId: string;
  scopePath: string;
}

export const ASSIGNER_ROLES: readonly Role[] = ['leader', 'office'];
export const isAssigner = (who: { role: Role }) => ASSIGNER_ROLES.includes(who.role);
export const seesWholeAuthority = (who: { role: Role }) => who.role === 'admin' || isAssigner(who);
