import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { useMe, useSignIn } from '../auth/session';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me } = useMe();
  const [error, setError] = useState<string | null>(params.get('expired') ? t('sessionEnded') : null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next') ?? '/';
  if (me) return <Navigate to={next} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      void navigate(next.startsWith('/') ? next : '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('signInFailed') : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <div className="login-head">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('appName')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('username')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('required', { field: t('username').toLowerCase() }),
              },
            ]}
          >
            <Input autoComplete="username" autoCapitalize="none" size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('required', { field: t('password').toLowerCase() }) }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('signIn')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
