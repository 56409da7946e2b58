import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { Channel, NotificationPreferences } from '../api/feature-models';
import { ErrorAlert } from '../components/ErrorAlert';
import { showServerErrors } from '../components/server-errors';
import { useT } from '../i18n/i18n';

interface Values {
  channels: Channel[];
  mode: 'immediate' | 'digest';
}
const toValues = (p: NotificationPreferences): Values => ({
  channels: (['email', 'sms'] as const).filter((c) => p[c]),
  mode: p.digest ? 'digest' : 'immediate',
});
const toPreferences = (v: Values): NotificationPreferences => ({
  email: v.channels.includes('email'),
  sms: v.channels.includes('sms'),
  digest: v.mode === 'digest',
});

/** Cài đặt thông báo: which channels reminders come by, and one digest or each at once. */
export default function PreferencesPage() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['preferences'], queryFn: () => api.get('/api/me/preferences') });
  const save = useMutation({
    mutationFn: (v: Values) => api.put('/api/me/preferences', { body: toPreferences(v) }),
    onSuccess: (saved) => {
      client.setQueryData(['preferences'], saved);
      void message.success(t('saved'));
    },
    // The API names the fields email, sms and digest; the form shows them as channels and mode.
    onError: (e) => setFormError(showServerErrors(form, e, (f) => (f === 'digest' ? 'mode' : 'channels'))),
  });
  return (
    <div>
      <Typography.Title level={3}>{t('preferencesTitle')}</Typography.Title>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isLoading ? (
        <Skeleton active />
      ) : (
        <Card size="small" style={{ maxWidth: 560 }}>
          {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={query.data ? toValues(query.data) : { channels: ['email'], mode: 'immediate' }}
            onFinish={(v) => {
              setFormError(null);
              save.mutate(v);
            }}
          >
            <Form.Item name="channels" label={t('channels')}>
              <Checkbox.Group
                options={(['email', 'sms'] as const).map((c) => ({ value: c, label: t(`channel_${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="mode" label={t('mode')} rules={[{ required: true }]}>
              <Radio.Group
                options={(['immediate', 'digest'] as const).map((m) => ({ value: m, label: t(`mode_${m}`) }))}
                className="vertical-radios"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!!query.error}>
              {t('save')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
