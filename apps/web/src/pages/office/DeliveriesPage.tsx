import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { DELIVERY_STATES, type Channel, type Delivery, type DeliveryState } from '../../api/feature-models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { splitList, useListParams } from '../../components/useListParams';
import { formatDate, formatDateTime } from '../../lib/dates';
import { matches } from '../../lib/fold';
import { useT } from '../../i18n/i18n';

const STATE_COLOR: Record<DeliveryState, string> = {
  planned: 'default',
  sending: 'processing',
  sent: 'blue',
  delivered: 'green',
  failed: 'red',
  unknown: 'orange',
  cancelled: 'default',
};

/** Nhật ký nhắc việc: what was sent to whom, when, through which channel, and whether it arrived. */
export default function DeliveriesPage() {
  const t = useT();
  const { values, page, pageSize, set } = useListParams(['q', 'channel', 'status'] as const);
  const query = useQuery({
    queryKey: ['deliveries', values.channel, values.status, page, pageSize],
    queryFn: () =>
      api.get('/api/deliveries', {
        query: {
          channel: values.channel as Channel | undefined,
          status: splitList(values.status),
          page,
          pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
  // The log has no text search of its own: the page shown is searched here, diacritics ignored.
  const rows = (query.data?.items ?? []).filter((d) =>
    matches(values.q ?? '', d.recipient.fullName, d.address, d.task?.title, t(`dkind_${d.kind}`)),
  );
  const columns: ColumnsType<Delivery> = [
    {
      title: t('sentAt'),
      key: 'at',
      width: 150,
      render: (_, d) => formatDateTime(d.sentAt ?? d.plannedAt),
    },
    { title: t('channel'), key: 'ch', width: 110, render: (_, d) => t(`channel_${d.channel}`) },
    {
      title: t('recipient'),
      key: 'to',
      render: (_, d) => (
        <div>
          {d.recipient.fullName}
          <div className="muted">{d.address}</div>
        </div>
      ),
    },
    {
      title: t('task'),
      key: 'task',
      responsive: ['md'],
      render: (_, d) => (
        <div>
          {d.task ? <Link to={`/tasks/${d.task.id}`}>{d.task.title}</Link> : '—'}
          <div className="muted">
            {t(`dkind_${d.kind}`)}
            {d.dueDate && ` · ${t('dueDate')}: ${formatDate(d.dueDate)}`}
          </div>
        </div>
      ),
    },
    {
      title: t('status'),
      key: 'status',
      width: 150,
      render: (_, d) => (
        <Tag color={STATE_COLOR[d.state]} title={d.lastError ?? undefined}>
          {t(`dstate_${d.state}`)}
        </Tag>
      ),
    },
  ];
  return (
    <div>
      <Typography.Title level={3}>{t('deliveriesTitle')}</Typography.Title>
      <Space wrap className="filters">
        <Input.Search
          aria-label={t('search')}
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q, page: page })}
          style={{ width: 300, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('channel')}
          value={values.channel}
          onChange={(v: string | undefined) => set({ channel: v })}
          options={(['email', 'sms'] as const).map((c) => ({ value: c, label: t(`channel_${c}`) }))}
          style={{ minWidth: 150 }}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('status')}
          value={splitList(values.status)}
          onChange={(v: string[]) => set({ status: v.join(',') })}
          options={DELIVERY_STATES.map((s) => ({ value: s, label: t(`dstate_${s}`) }))}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<Delivery>
        rowKey="id"
        loading={query.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total,
          showSizeChanger: true,
          onChange: (p, s) => set({ page: p, pageSize: s }),
        }}
      />
    </div>
  );
}
