import { Button, Drawer, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router-dom';
import { useCurrentUser, useSignOut } from '../auth/session';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { activeNav, NAV } from './nav';

/** Header with the role's menu: a side menu on a desk, a drawer behind ☰ on a phone. */
export function AppLayout() {
  const t = useT();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const items = NAV[me.role];
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[activeNav(items, location.pathname) ?? '']}
      items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{t(i.label)}</Link> }))}
      onClick={() => setDrawer(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );
  const leave = () => {
    signOut();
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        {mobile && (
          <Button type="text" aria-label={t('menu')} onClick={() => setDrawer(true)} className="menu-button">
            ☰
          </Button>
        )}
        <Link to="/" className="app-title">
          {mobile ? t('appShort') : t('appName')}
        </Link>
        <div className="header-right">
          {!mobile && <LanguageSwitch />}
          {!mobile && (
            <Typography.Text className="header-user" title={me.unit?.name}>
              {me.fullName} · {t(`role_${me.role}`)}
            </Typography.Text>
          )}
          <Button size="small" onClick={leave}>
            {t('signOut')}
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        {!mobile && (
          <Layout.Sider width={230} theme="light" className="app-sider">
            {menu}
          </Layout.Sider>
        )}
        <Drawer
          open={mobile && drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={280}
          title={
            <span>
              {me.fullName}
              <br />
              <Typography.Text type="secondary">{t(`role_${me.role}`)}</Typography.Text>
            </span>
          }
        >
          {menu}
          <div className="drawer-lang">
            {t('language')}: <LanguageSwitch />
          </div>
        </Drawer>
        <Layout.Content className="app-content">
          {navigation.state === 'loading' && <Spin className="route-spin" />}
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
