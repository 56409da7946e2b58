import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Modal, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { TaskListItem } from '../../api/models';
import { DueDates } from '../../components/DueDates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListParams } from '../../components/useListParams';
import { formatDateTime } from '../../lib/dates';
import { useT } from '../../i18n/i18n';

/** Reported completions: the office confirms one in a click, or returns it with a reason. */
export function AwaitingConfirmation() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { values, page, pageSize, set } = useListParams(['q'] as const);
  const [returning, setReturning] = useState<TaskListItem | null>(null);
  const [note, setNote] = useState('');
  const query = useQuery({
    queryKey: ['tasks', 'awaiting', values, page, pageSize],
    queryFn: () =>
      api.get('/api/tasks', {
        query: { state: ['awaiting_confirmation'], q: values.q, sort: '-updatedAt', page, pageSize },
      }),
    placeholderData: keepPreviousData,
  });
  const act = useMutation({
    mutationFn: (v: { task: TaskListItem; action: 'confirm' | 'return'; note?: string }) =>
      api.post('/api/tasks/{id}/actions', {
        path: { id: v.task.id },
        body: { action: v.action, version: v.task.version, note: v.note },
      }),
    onSuccess: (_, v) => {
      void message.success(
        t('actionDone', { action: t(v.action === 'confirm' ? 'act_confirm' : 'act_return') }),
      );
      setReturning(null);
      setNote('');
      void client.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.isConflict) void client.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const columns: ColumnsType<TaskListItem> = [
    {
      title: t('task'),
      key: 'title',
      render: (_, task) => (
        <div>
          <Link to={`/tasks/${task.id}`} className="task-title">
            {task.title}
          </Link>
          <div className="muted">
            {[task.directive.number, task.leadUnit.name].filter(Boolean).join(' · ')}
          </div>
          {task.latestNote && (
            <div className="journal-note">
              {task.latestNote} <span className="muted">({formatDateTime(task.latestNoteAt)})</span>
            </div>
          )}
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
      title: t('actions'),
      key: 'actions',
      width: 200,
      render: (_, task) => (
        <Space wrap>
          <Button
            type="primary"
            size="small"
            loading={
              act.isPending && act.variables?.task.id === task.id && act.variables.action === 'confirm'
            }
            onClick={() => act.mutate({ task, action: 'confirm' })}
          >
            {t('act_confirm')}
          </Button>
          <Button size="small" danger onClick={() => setReturning(task)}>
            {t('act_return')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Input.Search
        aria-label={t('search')}
        allowClear
        placeholder={`${t('search')} (${t('searchHint')})`}
        defaultValue={values.q}
        onSearch={(q) => set({ q })}
        style={{ width: 320, maxWidth: '100%', marginBottom: 12 }}
      />
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {act.error && !returning && (
        <Alert type="error" showIcon title={act.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<TaskListItem>
        rowKey="id"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items}
        locale={{ emptyText: t('noTasks') }}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total,
          onChange: (p, s) => set({ page: p, pageSize: s }),
        }}
      />
      <Modal
        open={!!returning}
        title={`${t('act_return')}: ${returning?.title ?? ''}`}
        okText={t('act_return')}
        okButtonProps={{ danger: true, disabled: !note.trim(), loading: act.isPending }}
        onOk={() => returning && act.mutate({ task: returning, action: 'return', note: note.trim() })}
        onCancel={() => setReturning(null)}
      >
        {act.error && <Alert type="error" showIcon title={act.error.message} style={{ marginBottom: 12 }} />}
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('returnReason')}
          status={note.trim() ? undefined : 'warning'}
        />
      </Modal>
    </>
  );
}
