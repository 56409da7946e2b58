import { Navigate } from 'react-router-dom';
import type { Role } from '../api/models';
import { useCurrentUser } from '../auth/session';

/** Each role's home is the screen it opens most: what its people came to do. */
export const HOME_OF: Record<Role, string> = {
  leader: '/overdue',
  office: '/inbox',
  unit_head: '/tasks',
  unit_staff: '/tasks',
  admin: '/admin/units',
};

export function HomeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={HOME_OF[me.role]} replace />;
}
