import { Alert, Card, Col, Descriptions, Progress, Result, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors';
import type { TaskDetail } from '../../api/models';
import { DueDates } from '../../components/DueDates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StateTag } from '../../components/StateTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import { ConflictNotice } from './ConflictNotice';
import { ExtensionRequests } from './ExtensionRequests';
import { ReassignCard } from './ReassignCard';
import { modesFor, TaskActionForm } from './TaskActionForm';
import { TaskHistory } from './TaskHistory';
import { useTask, useTaskAction } from './useTask';

/** A task: its directive and source clause, its history, and what the person may do with it now. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const t = useT();
  const query = useTask(id);
  const action = useTaskAction(query.data);
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Result status="404" title={t('taskNotVisible')} extra={<Link to="/tasks">{t('nav_tasks')}</Link>} />
    );
  }
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const task = query.data;
  if (!task) return <Skeleton active />;

  return (
    <div className="task-page">
      <Typography.Title level={3} className="task-heading">
        {task.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <TimelinessTag {...task} />
        <StateTag state={task.state} />
      </Space>
      {action.conflict && <ConflictNotice conflict={action.conflict} task={task} />}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
          <Summary task={task} />
          <Card title={t('sourceClause')} size="small" className="section-card">
            <Typography.Paragraph className="source-clause">
              <mark>{task.clause.sourceText || task.title}</mark>
            </Typography.Paragraph>
            <Link to={`/directives/${task.directive.id}`}>
              {[task.directive.number, task.directive.title].filter(Boolean).join(' – ')}
            </Link>
          </Card>
          <Card title={t('history')} size="small" className="section-card">
            <TaskHistory journal={task.journal} />
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
          <ActionColumn task={task} action={action} />
          {task.availableActions.includes('reassign') && <ReassignCard task={task} action={action} />}
          <ExtensionRequests task={task} />
        </Col>
      </Row>
    </div>
  );
}

function Summary({ task }: { task: TaskDetail }) {
  const t = useT();
  return (
    <Card size="small" className="section-card">
      <Progress percent={task.progressPercent} size="small" />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'lead', label: t('leadUnit'), children: task.leadUnit.name },
          {
            key: 'coord',
            label: t('coordinatingUnits'),
            children: task.coordinatingUnits.map((u) => u.name).join(', ') || '—',
          },
          {
            key: 'due',
            label: t('dueDate'),
            children: <DueDates original={task.originalDueDate} current={task.currentDueDate} />,
          },
          { key: 'original', label: t('originalDueDate'), children: formatDate(task.originalDueDate) || '—' },
          { key: 'assignee', label: t('assignee'), children: task.assignee?.fullName ?? '—' },
          ...(task.completedOn
            ? [{ key: 'done', label: t('completedOn'), children: formatDate(task.completedOn) }]
            : []),
          {
            key: 'directive',
            label: t('directive'),
            children: (
              <Link to={`/directives/${task.directive.id}`}>
                {task.directive.number ?? task.directive.title}
              </Link>
            ),
          },
          { key: 'issued', label: t('issueDate'), children: formatDate(task.directive.issueDate) },
          ...(task.latestNote
            ? [
                {
                  key: 'note',
                  label: t('latestNote'),
                  span: 'filled' as const,
                  children: (
                    <span>
                      {task.latestNote} <span className="muted">({formatDateTime(task.latestNoteAt)})</span>
                    </span>
                  ),
                },
              ]
            : []),
          ...(task.yourCapacities.length
            ? [
                {
                  key: 'you',
                  label: t('yourRole'),
                  children: task.yourCapacities.map((c) => t(`cap_${c}`)).join(', '),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** The form when there is something to do; otherwise why there is not. */
function ActionColumn({ task, action }: { task: TaskDetail; action: ReturnType<typeof useTaskAction> }) {
  const t = useT();
  if (modesFor(task).length) return <TaskActionForm task={task} action={action} />;
  const lead = task.yourCapacities.some((c) => c === 'lead_head' || c === 'lead_staff');
  if (task.state === 'awaiting_confirmation' && lead) {
    return <Alert type="warning" showIcon title={t('waitingConfirmation')} className="action-card" />;
  }
  if (!task.yourCapacities.length) return <Alert type="info" title={t('viewOnly')} className="action-card" />;
  return null;
}
