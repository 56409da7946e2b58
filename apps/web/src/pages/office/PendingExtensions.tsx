import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Pagination, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListParams } from '../../components/useListParams';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import { ExtensionDecision } from '../tasks/ExtensionRequests';

/** Extension requests waiting for the assigner's decision, oldest question first to answer. */
export function PendingExtensions() {
  const t = useT();
  const { page, pageSize, set } = useListParams([] as const);
  const query = useQuery({
    queryKey: ['extension-requests', 'pending', page, pageSize],
    queryFn: () => api.get('/api/extension-requests', { query: { status: 'pending', page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {!items.length && !query.isLoading && <Empty description={t('none')} />}
      {items.map((r) => (
        <Card key={r.id} size="small" className="section-card" data-testid="extension-request">
          <Link to={`/tasks/${r.task.id}`} className="task-title">
            {r.task.title}
          </Link>
          <div className="muted">{[r.task.directiveNumber, r.task.leadUnit].filter(Boolean).join(' · ')}</div>
          <Typography.Paragraph style={{ margin: '8px 0' }}>
            {formatDate(r.previousDueDate)} → <strong>{formatDate(r.requestedDueDate)}</strong> ·{' '}
            {r.requestedBy} · <span className="muted">{formatDateTime(r.createdAt)}</span>
          </Typography.Paragraph>
          <div className="journal-note">
            {t('reason')}: {r.reason}
          </div>
          <ExtensionDecision request={r} />
        </Card>
      ))}
      {(query.data?.total ?? 0) > pageSize && (
        <Pagination
          current={page}
          pageSize={pageSize}
          total={query.data?.total}
          onChange={(p, s) => set({ page: p, pageSize: s })}
        />
      )}
    </>
  );
}
