import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Unit } from '../../api/models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerErrors } from '../../components/server-errors';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n/i18n';

const KINDS = ['authority', 'department', 'agency', 'commune', 'village'] as const;
type Kind = (typeof KINDS)[number];
interface UnitForm {
  parentId?: string;
  kind: Kind;
  code: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  active?: boolean;
}

/** The organisation tree, indented; the administrator adds, renames and deactivates units. */
export default function UnitsPage() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { values, set } = useListParams(['q'] as const);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<UnitForm>();
  const all = useQuery({ queryKey: ['units'], queryFn: () => api.get('/api/units') });
  const filtered = useQuery({
    queryKey: ['units', 'q', values.q],
    queryFn: () => api.get('/api/units', { query: { q: values.q } }),
    enabled: !!values.q,
  });
  const rows = values.q ? filtered.data : all.data;
  const save = useMutation({
    mutationFn: (v: UnitForm) =>
      editing === 'new'
        ? api.post('/api/units', {
            body: {
              parentId: v.parentId!,
              kind: v.kind,
              code: v.code,
              name: v.name,
              shortName: v.shortName,
              aliases: v.aliases,
            },
          })
        : api.patch('/api/units/{id}', {
            path: { id: (editing as Unit).id },
            body: {
              kind: v.kind,
              code: v.code,
              name: v.name,
              shortName: v.shortName,
              aliases: v.aliases,
              active: v.active,
            },
          }),
    onSuccess: () => {
      void message.success(t('saved'));
      setEditing(null);
      void client.invalidateQueries({ queryKey: ['units'] });
    },
    onError: (e) => setFormError(showServerErrors(form, e)),
  });
  const open = (u: Unit | 'new') => {
    setFormError(null);
    form.resetFields();
    if (u !== 'new')
      form.setFieldsValue({
        kind: u.kind as Kind,
        code: u.code,
        name: u.name,
        shortName: u.shortName ?? undefined,
        aliases: u.aliases,
        active: u.active,
      });
    setEditing(u);
  };
  const columns: ColumnsType<Unit> = [
    {
      title: t('name'),
      key: 'name',
      render: (_, u) => <span style={{ paddingLeft: (u.depth - 1) * 20 }}>{u.name}</span>,
    },
    { title: t('code'), dataIndex: 'code', width: 140, responsive: ['sm'] },
    {
      title: t('unitKind'),
      key: 'kind',
      width: 150,
      responsive: ['md'],
      render: (_, u) => t(`unitKind_${u.kind as Kind}`),
    },
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
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('unitsTitle')}</Typography.Title>
        <Button type="primary" onClick={() => open('new')}>
          {t('add')}
        </Button>
      </Space>
      <Input.Search
        aria-label={t('search')}
        allowClear
        placeholder={`${t('search')} (${t('searchHint')})`}
        defaultValue={values.q}
        onSearch={(q) => set({ q })}
        style={{ width: 320, maxWidth: '100%', marginBottom: 12 }}
      />
      <ErrorAlert error={all.error ?? filtered.error} />
      <Table<Unit>
        rowKey="id"
        size="small"
        loading={all.isFetching || filtered.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('add') : t('edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form<UnitForm>
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={{ kind: 'department' }}
        >
          {editing === 'new' && (
            <Form.Item
              name="parentId"
              label={t('parent')}
              rules={[{ required: true, message: t('required', { field: t('parent').toLowerCase() }) }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={all.data?.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label={t('name')}
            rules={[{ required: true, whitespace: true, min: 2, max: 255 }]}
          >
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="code"
              label={t('code')}
              rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{1,50}$/ }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="shortName" label={t('shortName')}>
              <Input />
            </Form.Item>
          </Space>
          <Form.Item name="kind" label={t('unitKind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`unitKind_${k}`) }))} />
          </Form.Item>
          <Form.Item name="aliases" label={t('aliases')}>
            <Select mode="tags" open={false} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
