import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { DirectiveListItem } from '../../api/models';
import { isAssigner, useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GridBar, GridLegend } from '../../components/GridBar';
import { useListParams } from '../../components/useListParams';
import { formatDate } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import { gridOf } from './progress';

export default function DirectiveListPage() {
  const t = useT();
  const me = useCurrentUser();
  const { values, page, pageSize, set } = useListParams(['q'] as const);
  const query = useQuery({
    queryKey: ['directives', values, page, pageSize],
    queryFn: () => api.get('/api/directives', { query: { q: values.q, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<DirectiveListItem> = [
    {
      title: t('directive'),
      key: 'title',
      render: (_, d) => (
        <div>
          <Link to={`/directives/${d.id}`} className="task-title">
            {d.number ? `${d.number} – ` : ''}
            {d.title}
          </Link>
          <div className="muted">
            {t(`kind_${d.kind as 'conclusion_notice'}`)} · {formatDate(d.issueDate)}
          </div>
        </div>
      ),
    },
    {
      title: t('directiveProgress'),
      key: 'progress',
      width: 300,
      responsive: ['sm'],
      render: (_, d) => (
        <div>
          <GridBar counts={gridOf(d.progress)} />
          <div className="muted">
            {t('total')}: {d.progress.total} · {t('tl_overdue')}: {d.progress.overdue}
          </div>
        </div>
      ),
    },
  ];
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('directives')}</Typography.Title>
        {isAssigner(me.role) && (
          <Link to="/directives/new">
            <Button type="primary">{t('nav_newDirective')}</Button>
          </Link>
        )}
      </Space>
      <Space wrap className="filters">
        <Input.Search
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 320, maxWidth: '100%' }}
          aria-label={t('search')}
        />
      </Space>
      <GridLegend />
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<DirectiveListItem>
        rowKey="id"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total,
          showSizeChanger: true,
          showTotal: (n) => `${t('total')}: ${n}`,
          onChange: (p, s) => set({ page: p, pageSize: s }),
        }}
      />
    </div>
  );
}
