import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import type { Role } from './api/models';
import { setSignedOutHandler } from './api/client';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './pages/HomeRedirect';
import { LoginPage } from './pages/LoginPage';
import { NotFound } from './pages/NotFound';

/** Each screen is its own chunk, loaded when first opened, so the first load stays small. */
const page = (
  path: string,
  load: () => Promise<{ default: ComponentType }>,
  roles?: Role[],
): RouteObject => ({
  path,
  lazy: async () => {
    const { default: Screen } = await load();
    return {
      Component: () => (
        <RequireAuth roles={roles}>
          <Screen />
        </RequireAuth>
      ),
    };
  },
});

const ASSIGNERS: Role[] = ['leader', 'office', 'admin'];
const OFFICE: Role[] = ['office', 'leader'];

export const router = createBrowserRouter([
  { path: '/login', Component: LoginPage },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, Component: HomeRedirect },
      page('tasks', () => import('./pages/tasks/TaskListPage')),
      page('tasks/:id', () => import('./pages/tasks/TaskPage')),
      page('directives', () => import('./pages/directives/DirectiveListPage')),
      page('directives/new', () => import('./pages/directives/new/NewDirectivePage'), OFFICE),
      page('directives/:id', () => import('./pages/directives/DirectivePage')),
      page('overdue', () => import('./pages/leader/OverduePage'), ASSIGNERS),
      page('scorecard', () => import('./pages/leader/ScorecardPage'), ASSIGNERS),
      page('inbox', () => import('./pages/office/InboxPage'), OFFICE),
      page('deliveries', () => import('./pages/office/DeliveriesPage'), ASSIGNERS),
      page('calendar', () => import('./pages/admin/CalendarPage'), ASSIGNERS),
      page('admin/units', () => import('./pages/admin/UnitsPage'), ['admin']),
      page('admin/users', () => import('./pages/admin/UsersPage'), ['admin']),
      page('preferences', () => import('./pages/PreferencesPage')),
      { path: '*', Component: NotFound },
    ],
  },
]);

setSignedOutHandler(() => {
  const here = window.location.pathname + window.location.search;
  if (!here.startsWith('/login')) void router.navigate(`/login?expired=1&next=${encodeURIComponent(here)}`);
});
