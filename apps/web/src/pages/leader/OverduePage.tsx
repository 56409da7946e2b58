import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Pagination, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, download } from '../../api/client';
import type { OverdueItem } from '../../api/feature-models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatDateTime, todayLocal } from '../../lib/dates';
import { useT } from '../../i18n/i18n';

/** Danh sách nhiệm vụ quá hạn: grouped by unit, oldest first, as the leader reads it before a meeting. */
export default function OverduePage() {
  const t = useT();
  const { message } = App.useApp();
  const { values, page, pageSize, set } = useListParams(['q', 'unitId'] as const);
  const [exporting, setExporting] = useState(false);
  // The server searches (diacritics optional) and pages; the list stays grouped by unit.
  const q = values.q?.trim() || undefined;
  const query = useQuery({
    queryKey: ['reports', 'overdue', values.unitId, q, page, pageSize],
    queryFn: () => api.get('/api/reports/overdue', { query: { unitId: values.unitId, q, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const items = report?.items ?? [];
  const unitTotal = report?.totalOverdue ?? 0;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await download(
        '/api/reports/overdue.xlsx',
        { query: { unitId: values.unitId, q } },
        `nhiem-vu-qua-han-${todayLocal()}.xlsx`,
      );
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<OverdueItem> = [
    {
      title: t('task'),
      key: 'title',
      render: (_, item) => (
        <div>
          <Link to={`/tasks/${item.id}`} className="task-title">
            {item.title}
          </Link>
          <div className="muted">{item.directive.number ?? item.directive.title}</div>
        </div>
      ),
    },
    {
      title: t('workingDaysOverdue'),
      key: 'days',
      width: 110,
      align: 'right',
      render: (_, item) => <Tag color="red">{item.workingDaysOverdue}</Tag>,
    },
    {
      title: t('originalDueDate'),
      key: 'orig',
      width: 120,
      responsive: ['md'],
      render: (_, i) => formatDate(i.originalDueDate),
    },
    { title: t('currentDueDate'), key: 'cur', width: 120, render: (_, i) => formatDate(i.currentDueDate) },
    {
      title: t('latestNote'),
      key: 'note',
      width: '30%',
      responsive: ['lg'],
      render: (_, i) =>
        i.latestNote ? (
          <span>
            <span className="clamp-2">{i.latestNote}</span>
            <span className="muted">{formatDateTime(i.latestNoteAt)}</span>
          </span>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('overdueTitle')}</Typography.Title>
        <Button type="primary" onClick={() => void exportXlsx()} loading={exporting}>
          {t('exportExcel')}
        </Button>
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {report && (
        <Alert
          type={report.totalOverdue ? 'error' : 'success'}
          title={`${t('asOf', { date: formatDate(report.asOf) })} · ${t('overdueCount')}: ${report.totalOverdue}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Space wrap className="filters">
        <Input.Search
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 320, maxWidth: '100%' }}
          aria-label={t('search')}
        />
        <Select
          allowClear
          placeholder={t('filterUnit')}
          value={values.unitId}
          onChange={(v: string | undefined) => set({ unitId: v })}
          options={report?.units.map((u) => ({
            value: u.unit.id,
            label: `${u.unit.name} (${u.overdueCount})`,
          }))}
          style={{ minWidth: 240 }}
        />
      </Space>
      <div className="unit-chips">
        {report?.units.map((u) => (
          <Card
            key={u.unit.id}
            size="small"
            className={`unit-chip${values.unitId === u.unit.id ? ' selected' : ''}`}
            onClick={() => set({ unitId: values.unitId === u.unit.id ? undefined : u.unit.id })}
          >
            <div className="unit-chip-name">{u.unit.name}</div>
            <div>
              <Tag color="red">{u.overdueCount}</Tag>
              <span className="muted">
                {t('oldestDue')}: {formatDate(u.oldestDueDate)}
              </span>
            </div>
          </Card>
        ))}
      </div>
      <OverdueTable items={items} columns={columns} loading={query.isFetching} />
      {unitTotal > pageSize && (
        <Pagination
          current={page}
          pageSize={pageSize}
          total={unitTotal}
          showSizeChanger
          pageSizeOptions={[20, 50, 100, 200]}
          onChange={(p, s) => set({ page: p, pageSize: s })}
        />
      )}
    </div>
  );
}

/** The items grouped under a heading row per lead unit, in the order the API sorts them. */
function OverdueTable({
  items,
  columns,
  loading,
}: {
  items: OverdueItem[];
  columns: ColumnsType<OverdueItem>;
  loading: boolean;
}) {
  const groups = new Map<string, { name: string; items: OverdueItem[] }>();
  for (const item of items) {
    const g = groups.get(item.leadUnit.id) ?? { name: item.leadUnit.name, items: [] };
    g.items.push(item);
    groups.set(item.leadUnit.id, g);
  }
  return (
    <>
      {[...groups.entries()].map(([id, g]) => (
        <Card
          key={id}
          size="small"
          title={`${g.name} (${g.items.length})`}
          className="section-card unit-group"
          data-unit={g.name}
        >
          <Table<OverdueItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={g.items}
            pagination={false}
            loading={loading}
          />
        </Card>
      ))}
      {!items.length && !loading && (
        <Table<OverdueItem> columns={columns} dataSource={[]} pagination={false} />
      )}
    </>
  );
}
