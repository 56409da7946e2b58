import type { User } from '@dondoc/users';

/** What the API shows of a user: never the password hash. */
export function toUserView(user: User) {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    title: user.title,
    role: user.role,
    unitId: user.unitId,
    unit: user.unit
      ? { id: user.unit.id, name: user.unit.name, code: user.unit.code, kind: user.unit.kind }
      : undefined,
    email: user.email,
    phone: user.phone,
    active: user.active,
  };
}
