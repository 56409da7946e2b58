import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { TaskListItem } from '../../api/models';
import { DueDates } from '../../components/DueDates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GridBar, GridLegend } from '../../components/GridBar';
import { StateTag } from '../../components/StateTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { formatDate } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import { countsOf, gridOf } from './progress';

/** A directive's progress across all its tasks, clause by clause. */
export default function DirectivePage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useQuery({
    queryKey: ['directive', id],
    queryFn: () => api.get('/api/directives/{id}', { path: { id } }),
  });
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  if (!d) return <Skeleton active />;
  const all = d.clauses.flatMap((c) => c.tasks);
  const counts = countsOf(all);
  const columns: ColumnsType<TaskListItem> = [
    {
      title: t('leadUnit'),
      key: 'unit',
      render: (_, task) => <Link to={`/tasks/${task.id}`}>{task.leadUnit.name}</Link>,
    },
    {
      title: t('dueDate'),
      key: 'due',
      render: (_, task) => <DueDates original={task.originalDueDate} current={task.currentDueDate} />,
    },
    { title: t('timeliness'), key: 'tl', render: (_, task) => <TimelinessTag {...task} /> },
    {
      title: t('state'),
      key: 'state',
      responsive: ['md'],
      render: (_, task) => <StateTag state={task.state} />,
    },
    { title: t('progress'), key: 'pct', responsive: ['md'], render: (_, task) => `${task.progressPercent}%` },
  ];
  return (
    <div>
      <Typography.Title level={3}>{[d.number, d.title].filter(Boolean).join(' – ')}</Typography.Title>
      <Card size="small" className="section-card">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'kind', label: t('kind'), children: t(`kind_${d.kind as 'conclusion_notice'}`) },
            { key: 'issued', label: t('issueDate'), children: formatDate(d.issueDate) },
            { key: 'meeting', label: t('meetingDate'), children: formatDate(d.meetingDate) || '—' },
            { key: 'leader', label: t('issuingLeader'), children: d.issuingLeader ?? '—' },
          ]}
        />
        <Typography.Text strong>{t('directiveProgress')}</Typography.Text>
        <GridBar counts={gridOf(counts)} width={600} />
        <GridLegend />
        <div className="muted">
          {t('total')}: {counts.total} · {t('tl_overdue')}: {counts.overdue} · {t('tl_no_deadline')}:{' '}
          {counts.no_deadline}
        </div>
      </Card>
      {d.clauses.map((c) => (
        <Card
          key={c.id}
          size="small"
          className="section-card"
          title={
            <span className="clause-title">
              {c.ordinal}. {c.title}
            </span>
          }
          extra={<GridBar counts={gridOf(countsOf(c.tasks))} width={120} />}
        >
          {c.sourceText && (
            <Typography.Paragraph type="secondary" className="source-clause">
              {c.sourceText}
            </Typography.Paragraph>
          )}
          <Table<TaskListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={c.tasks}
            pagination={false}
          />
        </Card>
      ))}
    </div>
  );
}
