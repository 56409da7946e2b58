import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { TaskDetail } from '../../api/models';
import { useT } from '../../i18n/i18n';
import type { useTaskAction } from './useTask';

/** Giao cho chuyên viên: the head of the lead unit passes the task to one of its staff, or takes it back. */
export function ReassignCard({
  task,
  action,
}: {
  task: TaskDetail;
  action: ReturnType<typeof useTaskAction>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [assigneeId, setAssignee] = useState<string | undefined>(task.assignee?.id);
  const [error, setError] = useState<string | null>(null);
  const staff = useQuery({
    queryKey: ['users', 'staff', task.leadUnit.id],
    queryFn: () =>
      api.get('/api/users', { query: { unitId: task.leadUnit.id, role: 'unit_staff', pageSize: 200 } }),
  });
  const send = async (id: string | null) => {
    setError(null);
    try {
      await action.mutateAsync({ action: 'reassign', assigneeId: id });
      void message.success(t('actionDone', { action: t('act_reassign') }));
    } catch (e) {
      if (!(e instanceof ApiError && e.isConflict)) setError((e as Error).message);
    }
  };
  return (
    <Card title={t('act_reassign')} size="small" className="action-card">
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 12 }} />}
      <Space.Compact style={{ width: '100%' }}>
        <Select
          aria-label={t('staffMember')}
          placeholder={t('staffMember')}
          value={assigneeId}
          onChange={setAssignee}
          loading={staff.isLoading}
          options={staff.data?.items.map((u) => ({ value: u.id, label: u.fullName }))}
          style={{ flex: 1, minWidth: 0 }}
          status={error ? 'error' : undefined}
        />
        <Button
          type="primary"
          disabled={!assigneeId || assigneeId === task.assignee?.id}
          loading={action.isPending}
          onClick={() => void send(assigneeId!)}
        >
          {t('act_reassign')}
        </Button>
      </Space.Compact>
      {task.assignee && (
        <Button type="link" onClick={() => void send(null)} style={{ paddingInline: 0, marginTop: 8 }}>
          {t('takeBack')}
        </Button>
      )}
    </Card>
  );
}
