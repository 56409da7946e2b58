import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { TASK_STATES, TIMELINESS, type TaskListItem, type TaskSort } from '../../api/models';
import { isUnitRole, useCurrentUser } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StateTag } from '../../components/StateTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { splitList, useListParams } from '../../components/useListParams';
import { DueDates } from '../../components/DueDates';
import { useUnits } from '../../components/useUnits';
import { useT } from '../../i18n/i18n';

const SORTS: TaskSort[] = ['urgency', 'dueDate', '-dueDate', '-updatedAt', 'title'];
const KEYS = ['q', 'state', 'timeliness', 'unitId', 'sort', 'directiveId'] as const;

/** Every task the person may see; for a unit, its own, the most urgent first. */
export default function TaskListPage() {
  const t = useT();
  const me = useCurrentUser();
  const { values, page, pageSize, set } = useListParams(KEYS, { sort: 'urgency' });
  const units = useUnits();
  const query = useQuery({
    queryKey: ['tasks', values, page, pageSize],
    queryFn: () =>
      api.get('/api/tasks', {
        query: {
          q: values.q,
          state: splitList(values.state),
          timeliness: splitList(values.timeliness),
          unitId: values.unitId,
          directiveId: values.directiveId,
          sort: values.sort as TaskSort,
          page,
          pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<TaskListItem> = [
    {
      title: t('task'),
      key: 'title',
      render: (_, task) => (
        <div className="task-cell">
          <Link to={`/tasks/${task.id}`} className="task-title">
            {task.title}
          </Link>
          <div className="task-meta">
            <TimelinessTag {...task} />
            <span className="only-mobile">
              <DueDates original={task.originalDueDate} current={task.currentDueDate} compact />
            </span>
          </div>
          <Typography.Text type="secondary" className="task-sub">
            {[task.directive.number, task.leadUnit.name].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('dueDate'),
      key: 'due',
      width: 130,
      responsive: ['md'],
      render: (_, task) => <DueDates original={task.originalDueDate} current={task.currentDueDate} />,
    },
    {
      title: t('state'),
      key: 'state',
      width: 150,
      responsive: ['md'],
      render: (_, task) => (
        <>
          <StateTag state={task.state} />
          <div className="muted">{task.progressPercent}%</div>
        </>
      ),
    },
    {
      title: t('latestNote'),
      key: 'note',
      responsive: ['xl'],
      render: (_, task) => <span className="clamp-2">{task.latestNote}</span>,
    },
  ];

  return (
    <div>
      <Typography.Title level={3}>{isUnitRole(me.role) ? t('nav_myTasks') : t('nav_tasks')}</Typography.Title>
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
          mode="multiple"
          allowClear
          placeholder={t('filterTimeliness')}
          value={splitList(values.timeliness)}
          onChange={(v: string[]) => set({ timeliness: v.join(',') })}
          options={TIMELINESS.map((x) => ({ value: x, label: t(`tl_${x}`) }))}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('filterState')}
          value={splitList(values.state)}
          onChange={(v: string[]) => set({ state: v.join(',') })}
          options={TASK_STATES.map((x) => ({ value: x, label: t(`state_${x}`) }))}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        {(units.data?.length ?? 0) > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('filterUnit')}
            value={values.unitId}
            onChange={(v: string | undefined) => set({ unitId: v })}
            options={units.data?.map((u) => ({ value: u.id, label: u.name }))}
            style={{ minWidth: 200 }}
          />
        )}
        <Select
          value={values.sort}
          onChange={(v: string) => set({ sort: v })}
          options={SORTS.map((s) => ({ value: s, label: t(`sort_${s}`) }))}
          style={{ minWidth: 160 }}
          aria-label={t('sort')}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<TaskListItem>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items}
        locale={{ emptyText: t('noTasks') }}
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
