import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Role, UserView } from '../../api/models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerErrors } from '../../components/server-errors';
import { useListParams } from '../../components/useListParams';
import { useUnits } from '../../components/useUnits';
import { useT } from '../../i18n/i18n';

const ROLES: Role[] = ['admin', 'leader', 'office', 'unit_head', 'unit_staff'];
interface UserForm {
  username: string;
  password?: string;
  fullName: string;
  title?: string;
  role: Role;
  unitId: string;
  email?: string;
  phone?: string;
  active?: boolean;
}

/** Accounts: who signs in, their role and unit; the administrator manages them. */
export default function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const units = useUnits();
  const { values, page, pageSize, set } = useListParams(['q', 'role', 'unitId'] as const);
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<UserForm>();
  const query = useQuery({
    queryKey: ['users', values, page, pageSize],
    queryFn: () =>
      api.get('/api/users', {
        query: { q: values.q, role: values.role as Role | undefined, unitId: values.unitId, page, pageSize },
      }),
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: (v: UserForm) => {
      const contact = { email: v.email?.trim() || null, phone: v.phone?.trim() || null };
      return editing === 'new'
        ? api.post('/api/users', {
            body: {
              username: v.username,
              password: v.password!,
              fullName: v.fullName,
              title: v.title,
              role: v.role,
              unitId: v.unitId,
              ...contact,
            },
          })
        : api.patch('/api/users/{id}', {
            path: { id: (editing as UserView).id },
            body: {
              fullName: v.fullName,
              title: v.title,
              role: v.role,
              unitId: v.unitId,
              active: v.active,
              password: v.password || undefined,
              ...contact,
            },
          });
    },
    onSuccess: () => {
      void message.success(t('saved'));
      setEditing(null);
      void client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => setFormError(showServerErrors(form, e)),
  });
  const open = (u: UserView | 'new') => {
    setFormError(null);
    form.resetFields();
    if (u !== 'new')
      form.setFieldsValue({
        ...u,
        title: u.title ?? undefined,
        email: u.email ?? undefined,
        phone: u.phone ?? undefined,
      });
    setEditing(u);
  };
  const columns: ColumnsType<UserView> = [
    {
      title: t('fullName'),
      key: 'name',
      render: (_, u) => (
        <div>
          {u.fullName}
          <div className="muted">{u.username}</div>
        </div>
      ),
    },
    { title: t('role'), key: 'role', width: 140, render: (_, u) => t(`role_${u.role}`) },
    { title: t('unit'), key: 'unit', responsive: ['md'], render: (_, u) => u.unit?.name },
    {
      title: t('status'),
      key: 'active',
      width: 140,
      responsive: ['md'],
      render: (_, u) => (u.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
    },
    {
      title: '',
      key: 'edit',
      width: 80,
      render: (_, u) => (
        <Button size="small" onClick={() => open(u)}>
          {t('edit')}
        </Button>
      ),
    },
  ];
  const isNew = editing === 'new';
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('usersTitle')}</Typography.Title>
        <Button type="primary" onClick={() => open('new')}>
          {t('add')}
        </Button>
      </Space>
      <Space wrap className="filters">
        <Input.Search
          aria-label={t('search')}
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 300, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('role')}
          value={values.role}
          onChange={(v: string | undefined) => set({ role: v })}
          options={ROLES.map((r) => ({ value: r, label: t(`role_${r}`) }))}
          style={{ minWidth: 150 }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('unit')}
          value={values.unitId}
          onChange={(v: string | undefined) => set({ unitId: v })}
          options={units.data?.map((u) => ({ value: u.id, label: u.name }))}
          style={{ minWidth: 220 }}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<UserView>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total,
          showSizeChanger: true,
          onChange: (p, s) => set({ page: p, pageSize: s }),
        }}
      />
      <Modal
        open={!!editing}
        title={isNew ? t('add') : t('edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form<UserForm>
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={{ role: 'unit_staff' }}
        >
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: isNew, pattern: /^[A-Za-z0-9._-]{3,100}$/ }]}
          >
            <Input disabled={!isNew} autoCapitalize="none" />
          </Form.Item>
          <Form.Item
            name="password"
            label={isNew ? t('password') : t('newPassword')}
            rules={[{ required: isNew, min: 10 }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="fullName"
            label={t('fullName')}
            rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('jobTitle')}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role_${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('unit')}
            rules={[{ required: true, message: t('required', { field: t('unit').toLowerCase() }) }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={units.data?.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="email" label={t('email')} rules={[{ type: 'email' }]}>
            <Input type="email" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('phone')}
            rules={[{ pattern: /^(\+84|0)\d{9}$/, message: '0912345678 / +84912345678' }]}
          >
            <Input inputMode="tel" />
          </Form.Item>
          {!isNew && (
            <Form.Item name="active" label={t('active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
