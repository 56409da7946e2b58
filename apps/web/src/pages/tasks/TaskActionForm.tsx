import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { TaskAction, TaskDetail } from '../../api/models';
import { showServerErrors } from '../../components/server-errors';
import { DATE_FORMAT } from '../../lib/dates';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { taskKey, type useTaskAction } from './useTask';

type Mode = Exclude<TaskAction, 'start' | 'reassign'> | 'extension';
interface Values {
  note?: string;
  progressPercent?: number;
  requestedDueDate?: Dayjs;
  reason?: string;
}

const LABEL: Record<Mode, MessageKey> = {
  progress: 'act_progress',
  report_done: 'act_report_done',
  extension: 'act_extension',
  confirm: 'act_confirm',
  return: 'act_return',
  pause: 'act_pause',
  resume: 'act_resume',
  cancel: 'act_cancel',
};
const ORDER: Mode[] = [
  'progress',
  'report_done',
  'extension',
  'confirm',
  'return',
  'pause',
  'resume',
  'cancel',
];
const EXTENDABLE = ['new', 'in_progress', 'returned', 'paused'];

/** What this person may do with the task now, as the API says; plus an extension for the lead unit. */
export function modesFor(task: TaskDetail): Mode[] {
  const lead = task.yourCapacities.some((c) => c === 'lead_head' || c === 'lead_staff');
  const canExtend = lead && !!task.currentDueDate && EXTENDABLE.includes(task.state);
  const offered = new Set<Mode>(
    task.availableActions.filter((a) => a !== 'start' && a !== 'reassign') as Mode[],
  );
  if (canExtend) offered.add('extension');
  return ORDER.filter((m) => offered.has(m));
}

/** One form for the task: report progress or completion, ask for more time, or decide on a report. */
export function TaskActionForm({
  task,
  action,
}: {
  task: TaskDetail;
  action: ReturnType<typeof useTaskAction>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const modes = modesFor(task);
  const [picked, setMode] = useState<Mode | undefined>(undefined);
  const mode = picked && modes.includes(picked) ? picked : modes[0];
  const [formError, setFormError] = useState<string | null>(null);
  const extension = useMutation({
    mutationFn: (v: { requestedDueDate: string; reason: string }) =>
      api.post('/api/tasks/{id}/extension-requests', { path: { id: task.id }, body: v }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: taskKey(task.id) });
      void client.invalidateQueries({ queryKey: ['extension-requests'] });
    },
  });
  if (!mode) return null;

  const submit = async (values: Values) => {
    setFormError(null);
    try {
      if (mode === 'extension') {
        await extension.mutateAsync({
          requestedDueDate: values.requestedDueDate!.format('YYYY-MM-DD'),
          reason: values.reason!.trim(),
        });
      } else {
        await action.mutateAsync({
          action: mode,
          note: values.note?.trim() || undefined,
          progressPercent: mode === 'progress' ? values.progressPercent : undefined,
        });
      }
      void message.success(t('actionDone', { action: t(LABEL[mode]) }));
      form.resetFields();
    } catch (e) {
      // A stale version has its own notice above the page, with what changed.
      if (!(e instanceof ApiError && e.isConflict)) setFormError(showServerErrors(form, e));
    }
  };

  const busy = action.isPending || extension.isPending;
  const noteRequired = mode === 'return' || mode === 'progress';
  return (
    <Card title={t('reportForm')} size="small" className="action-card">
      <Radio.Group
        className="mode-switch"
        optionType="button"
        buttonStyle="solid"
        value={mode}
        onChange={(e) => {
          setMode(e.target.value as Mode);
          setFormError(null);
          form.setFields([{ name: 'note', errors: [] }]);
        }}
        options={modes.map((m) => ({ value: m, label: t(LABEL[m]) }))}
      />
      {formError && <Alert type="error" title={formError} showIcon style={{ marginTop: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onFinishFailed={() => setFormError(t('fixFields'))}
        style={{ marginTop: 12 }}
        initialValues={{ progressPercent: task.progressPercent }}
      >
        {mode === 'extension' ? (
          <>
            <Form.Item
              name="requestedDueDate"
              label={t('requestedDueDate')}
              rules={[
                { required: true, message: t('dateAfterDue') },
                {
                  validator: (_, v: Dayjs | undefined) =>
                    !v || !task.currentDueDate || v.format('YYYY-MM-DD') > task.currentDueDate
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('dateAfterDue'))),
                },
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('reason')}
              rules={[{ required: true, whitespace: true, min: 3, message: t('reasonMin') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="note"
              label={mode === 'return' ? t('returnReason') : t('note')}
              rules={
                noteRequired
                  ? [
                      {
                        required: true,
                        whitespace: true,
                        message:
                          mode === 'return'
                            ? t('noteRequiredToReturn')
                            : t('required', { field: t('note').toLowerCase() }),
                      },
                    ]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={4000} placeholder={t('notePlaceholder')} />
            </Form.Item>
            {mode === 'progress' && task.yourCapacities.some((c) => c !== 'coordinator') && (
              <Form.Item
                name="progressPercent"
                label={t('percent')}
                rules={[{ type: 'integer', min: 0, max: 100, message: t('percentInvalid') }]}
              >
                <InputNumber
                  min={0}
                  max={100}
                  step={10}
                  suffix="%"
                  style={{ width: 140 }}
                  inputMode="numeric"
                />
              </Form.Item>
            )}
          </>
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          danger={mode === 'return' || mode === 'cancel'}
          block
          size="large"
        >
          {t(LABEL[mode])}
        </Button>
      </Form>
    </Card>
  );
}
