import type { Role } from '../api/models';
import type { MessageKey } from '../i18n/vi';

export interface NavItem {
  path: string;
  label: MessageKey;
}

/** The menu each role sees, its most used screens first. */
export const NAV: Record<Role, NavItem[]> = {
  leader: [
    { path: '/overdue', label: 'nav_overdue' },
    { path: '/scorecard', label: 'nav_scorecard' },
    { path: '/directives', label: 'nav_directives' },
    { path: '/tasks', label: 'nav_tasks' },
    { path: '/preferences', label: 'nav_preferences' },
  ],
  office: [
    { path: '/inbox', label: 'nav_inbox' },
    { path: '/directives/new', label: 'nav_newDirective' },
    { path: '/directives', label: 'nav_directives' },
    { path: '/tasks', label: 'nav_tasks' },
    { path: '/overdue', label: 'nav_overdue' },
    { path: '/scorecard', label: 'nav_scorecard' },
    { path: '/deliveries', label: 'nav_deliveries' },
    { path: '/calendar', label: 'nav_calendar' },
    { path: '/preferences', label: 'nav_preferences' },
  ],
  unit_head: [
    { path: '/tasks', label: 'nav_myTasks' },
    { path: '/directives', label: 'nav_directives' },
    { path: '/preferences', label: 'nav_preferences' },
  ],
  unit_staff: [
    { path: '/tasks', label: 'nav_myTasks' },
    { path: '/directives', label: 'nav_directives' },
    { path: '/preferences', label: 'nav_preferences' },
  ],
  admin: [
    { path: '/admin/units', label: 'nav_units' },
    { path: '/admin/users', label: 'nav_users' },
    { path: '/calendar', label: 'nav_calendar' },
    { path: '/deliveries', label: 'nav_deliveries' },
    { path: '/directives', label: 'nav_directives' },
    { path: '/tasks', label: 'nav_tasks' },
    { path: '/overdue', label: 'nav_overdue' },
    { path: '/scorecard', label: 'nav_scorecard' },
  ],
};

/** The menu entry a path belongs to: the longest matching prefix ("/directives/new" over "/directives"). */
export function activeNav(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
