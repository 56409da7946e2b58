import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ExtensionRequest, ExtensionStatus, TaskDetail } from '../../api/models';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import { taskKey } from './useTask';

const COLOR: Record<ExtensionStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** Approve or reject an extension request: the leader or the office, with an optional comment. */
export function ExtensionDecision({ request, taskId }: { request: { id: string }; taskId?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (verdict: 'approve' | 'reject') =>
      verdict === 'approve'
        ? api.post('/api/extension-requests/{id}/approve', {
            path: { id: request.id },
            body: { note: note || undefined },
          })
        : api.post('/api/extension-requests/{id}/reject', {
            path: { id: request.id },
            body: { note: note || undefined },
          }),
    onSuccess: (_, verdict) => {
      void message.success(t('actionDone', { action: t(verdict) }));
      void client.invalidateQueries({ queryKey: ['extension-requests'] });
      if (taskId) void client.invalidateQueries({ queryKey: taskKey(taskId) });
      void client.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  return (
    <div className="decision">
      {decide.error && (
        <Alert type="error" title={decide.error.message} showIcon style={{ marginBottom: 8 }} />
      )}
      <Input
        placeholder={t('decisionNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
      />
      <Space style={{ marginTop: 8 }} wrap>
        <Button
          type="primary"
          loading={decide.isPending && decide.variables === 'approve'}
          onClick={() => decide.mutate('approve')}
        >
          {t('approve')}
        </Button>
        <Button
          danger
          loading={decide.isPending && decide.variables === 'reject'}
          onClick={() => decide.mutate('reject')}
        >
          {t('reject')}
        </Button>
      </Space>
    </div>
  );
}

/** The task's extension requests, newest first; the assigner decides the pending one here. */
export function ExtensionRequests({ task }: { task: TaskDetail }) {
  const t = useT();
  const requests = useQuery({
    queryKey: ['extension-requests', 'task', task.id, task.version],
    queryFn: () => api.get('/api/tasks/{id}/extension-requests', { path: { id: task.id } }),
  });
  const items: ExtensionRequest[] = requests.data ?? [];
  if (!items.length) return null;
  const assigner = task.yourCapacities.includes('assigner');
  return (
    <Card title={t('extensionRequests')} size="small" className="action-card">
      {items.map((r) => (
        <div key={r.id} className="extension-item">
          <Space wrap>
            <Tag color={COLOR[r.status]}>{t(`ext_${r.status}`)}</Tag>
            <Typography.Text>
              {formatDate(r.previousDueDate)} → <strong>{formatDate(r.requestedDueDate)}</strong>
            </Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
          </Space>
          <div className="journal-note">{r.reason}</div>
          {r.decisionNote && <div className="muted">{r.decisionNote}</div>}
          {assigner && r.status === 'pending' && <ExtensionDecision request={r} taskId={task.id} />}
        </div>
      ))}
    </Card>
  );
}
