import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../api/models';
import { useT } from '../i18n/i18n';
import { useMe } from './session';

/** Sends a visitor who has not signed in to the sign-in page, and back here afterwards. */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { me, isLoading } = useMe();
  const location = useLocation();
  const t = useT();
  if (isLoading) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (roles && !roles.includes(me.role)) return <Result status="403" title={t('notAllowed')} />;
  return <>{children}</>;
}
