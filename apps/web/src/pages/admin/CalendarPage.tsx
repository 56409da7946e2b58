import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import type { CalendarException, CalendarExceptionKind } from '../../api/models';
import { useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerErrors } from '../../components/server-errors';
import { useListParams } from '../../components/useListParams';
import { DATE_FORMAT, formatDate } from '../../lib/dates';
import { matches } from '../../lib/fold';
import { useT } from '../../i18n/i18n';

const KINDS: CalendarExceptionKind[] = ['holiday', 'compensatory_day_off', 'swapped_day_off', 'working_day'];
interface NewException {
  date: Dayjs;
  kind: CalendarExceptionKind;
  name: string;
}

/** Lịch ngày nghỉ: the year's holidays, days off and Saturdays worked; the administrator keeps it. */
export default function CalendarPage() {
  const t = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { values, set } = useListParams(['year', 'q'] as const, { year: String(dayjs().year()) });
  const year = Number(values.year);
  const [form] = Form.useForm<NewException>();
  const [formError, setFormError] = useState<string | null>(null);
  const editable = me.role === 'admin';
  const query = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => api.get('/api/calendar', { query: { from: `${year}-01-01`, to: `${year}-12-31` } }),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['calendar'] });
  const add = useMutation({
    mutationFn: (v: NewException) =>
      api.post('/api/calendar', {
        body: { date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() },
      }),
    onSuccess: () => {
      void message.success(t('saved'));
      form.resetFields();
      refresh();
    },
    onError: (e) => setFormError(showServerErrors(form, e)),
  });
  const remove = useMutation({
    mutationFn: (date: string) => api.delete('/api/calendar/{date}', { path: { date } }),
    onSuccess: refresh,
  });
  const rows = (query.data ?? []).filter((e) =>
    matches(values.q ?? '', e.name, t(`cal_${e.kind}`), formatDate(e.date)),
  );
  const columns: ColumnsType<CalendarException> = [
    {
      title: t('date'),
      key: 'date',
      width: 160,
      render: (_, e) => `${formatDate(e.date)} (${dayjs(e.date).format('dd')})`,
      sorter: (a, b) => a.date.localeCompare(b.date),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('dayKind'),
      key: 'kind',
      width: 170,
      render: (_, e) => <Tag color={e.kind === 'working_day' ? 'blue' : 'red'}>{t(`cal_${e.kind}`)}</Tag>,
    },
    { title: t('name'), dataIndex: 'name' },
    ...(editable
      ? [
          {
            title: '',
            key: 'del',
            width: 80,
            render: (_: unknown, e: CalendarException) => (
              <Popconfirm title={t('confirmDelete')} onConfirm={() => remove.mutate(e.date)}>
                <Button size="small" danger>
                  {t('delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <div>
      <Typography.Title level={3}>{t('calendarTitle')}</Typography.Title>
      <Space wrap className="filters">
        <DatePicker
          picker="year"
          value={dayjs(`${year}-01-01`)}
          allowClear={false}
          onChange={(d) => d && set({ year: d.year() })}
          aria-label={t('year')}
        />
        <Input.Search
          aria-label={t('search')}
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 320, maxWidth: '100%' }}
        />
      </Space>
      {editable && (
        <Card size="small" title={t('addException')} className="section-card">
          {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
          <Form<NewException>
            form={form}
            layout="inline"
            onFinish={(v) => {
              setFormError(null);
              add.mutate(v);
            }}
            initialValues={{ kind: 'holiday' }}
            className="wrap-form"
          >
            <Form.Item
              name="date"
              label={t('date')}
              rules={[{ required: true, message: t('required', { field: t('date').toLowerCase() }) }]}
            >
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="kind" label={t('dayKind')} rules={[{ required: true }]}>
              <Select
                style={{ width: 180 }}
                options={KINDS.map((k) => ({ value: k, label: t(`cal_${k}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('name')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  max: 200,
                  message: t('required', { field: t('name').toLowerCase() }),
                },
              ]}
            >
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('add')}
            </Button>
          </Form>
        </Card>
      )}
      <ErrorAlert error={query.error ?? remove.error} onRetry={() => void query.refetch()} />
      <Table<CalendarException>
        rowKey="date"
        loading={query.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
    </div>
  );
}
