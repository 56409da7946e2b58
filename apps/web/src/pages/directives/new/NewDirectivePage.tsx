import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerErrors } from '../../../components/server-errors';
import { useUnitGroups, useUnits } from '../../../components/useUnits';
import { useT } from '../../../i18n/i18n';
import { DirectiveHeaderFields, type HeaderValues } from './DirectiveHeaderFields';
import { DraftCard } from './DraftCard';
import {
  blankDraft,
  fromExtracted,
  mergeWithNext,
  split,
  taskCount,
  toClauses,
  validate,
  type Draft,
  type DraftErrors,
} from './drafts';
import { SourcePane } from './SourcePane';

type Errors = Record<string, DraftErrors & { server?: string[] }>;

/** Paste a conclusion notice, review the drafted tasks beside the text, confirm to create them. */
export default function NewDirectivePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<HeaderValues>();
  const units = useUnits();
  const groups = useUnitGroups();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const text: string = Form.useWatch('text', form) ?? '';
  const unitList = (units.data ?? []).filter((u) => u.active);
  const groupList = groups.data ?? [];

  const extract = useMutation({
    mutationFn: (v: HeaderValues) =>
      api.post('/api/directives/extract', {
        body: { text: v.text, meetingDate: (v.meetingDate ?? v.issueDate).format('YYYY-MM-DD') },
      }),
    onSuccess: (draft) => {
      const list = draft.tasks.map((task) => fromExtracted(task, groupList));
      setDrafts(list);
      setWarnings(
        draft.warnings.map((w) => (w.task !== undefined ? `#${w.task + 1}: ${w.message}` : w.message)),
      );
      setSelected(list[0]?.key ?? null);
      setErrors({});
    },
    onError: () => setDrafts((d) => d ?? []),
  });

  const create = useMutation({
    mutationFn: async (v: HeaderValues) => {
      const { clauses, draftOf } = toClauses(drafts ?? [], v.text);
      try {
        return await api.post('/api/directives', {
          body: {
            kind: v.kind,
            number: v.number?.trim() || undefined,
            title: v.title.trim(),
            issueDate: v.issueDate.format('YYYY-MM-DD'),
            meetingDate: v.meetingDate?.format('YYYY-MM-DD'),
            sourceText: v.text,
            clauses,
          },
        });
      } catch (e) {
        throw Object.assign(e as Error, { draftOf });
      }
    },
  });

  const update = (key: string, patch: Partial<Draft>) => {
    setDrafts((list) => list!.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    setErrors(({ [key]: _, ...rest }) => {
      if (!Object.keys(rest).length) setFormError(null);
      return rest;
    });
  };

  const confirm = async () => {
    setFormError(null);
    let header: HeaderValues;
    try {
      header = await form.validateFields();
    } catch {
      setFormError(t('fixFields'));
      return;
    }
    const found = validate(drafts ?? []);
    setErrors(found);
    if (Object.keys(found).length || !drafts?.length) {
      setFormError(drafts?.length ? t('fixFields') : t('noDrafts'));
      return;
    }
    try {
      const created = await create.mutateAsync(header);
      const n = created.clauses.reduce((s, c) => s + c.tasks.length, 0);
      void message.success(t('created', { n }));
      void navigate(`/directives/${created.id}`);
    } catch (e) {
      setFormError(placeServerErrors(e));
    }
  };

  /** "clauses.3.leadUnitId" belongs to the draft clause 3 came from; the rest to the header form. */
  const placeServerErrors = (e: unknown): string | null => {
    if (!(e instanceof ApiError)) return (e as Error).message;
    const draftOf = (e as ApiError & { draftOf?: string[] }).draftOf ?? [];
    const perDraft: Errors = {};
    for (const [field, messages] of Object.entries(e.fieldErrors())) {
      const m = /^clauses\.(\d+)\./.exec(field);
      const key = m ? draftOf[Number(m[1])] : undefined;
      if (key) perDraft[key] = { ...perDraft[key], server: [...(perDraft[key]?.server ?? []), ...messages] };
    }
    setErrors(perDraft);
    const rest = showServerErrors(form, e, (f) => (f === 'sourceText' ? 'text' : f));
    return Object.keys(perDraft).length ? t('fixFields') : rest;
  };

  const count = taskCount(drafts ?? [], groupList);
  return (
    <div>
      <Typography.Title level={3}>{t('newDirective')}</Typography.Title>
      <Form<HeaderValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'conclusion_notice', issueDate: dayjs() }}
        onFinish={(v) => {
          setFormError(null);
          extract.mutate(v);
        }}
        onFinishFailed={() => setFormError(t('fixFields'))}
      >
        <Card size="small" className="section-card">
          <DirectiveHeaderFields />
          <Form.Item
            name="text"
            label={t('pasteText')}
            extra={t('pasteHint')}
            hidden={drafts !== null}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('required', { field: t('sourceText').toLowerCase() }),
              },
            ]}
          >
            <Input.TextArea rows={12} aria-label={t('pasteText')} />
          </Form.Item>
          {drafts === null && (
            <Button type="primary" htmlType="submit" loading={extract.isPending}>
              {t('extract')}
            </Button>
          )}
        </Card>
      </Form>
      <ErrorAlert error={extract.error} />
      {warnings.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('warnings')}
          description={
            <ul className="plain">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {drafts !== null && (
        <Row gutter={16} className="review">
          <Col xs={24} lg={11}>
            <Card size="small" title={t('sourceText')} className="sticky-pane">
              <SourcePane text={text} drafts={drafts} selected={selected} onSelect={setSelected} />
            </Card>
          </Col>
          <Col xs={24} lg={13}>
            <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
              <Typography.Title level={5}>{t('drafts', { n: drafts.length })}</Typography.Title>
              <Button type="link" onClick={() => setDrafts(null)}>
                {t('editText')}
              </Button>
            </Space>
            {drafts.map((d, i) => (
              <DraftCard
                key={d.key}
                index={i}
                draft={d}
                units={unitList}
                groups={groupList}
                errors={errors[d.key]}
                selected={d.key === selected}
                isLast={i === drafts.length - 1}
                onSelect={() => setSelected(d.key)}
                onChange={(patch) => update(d.key, patch)}
                onSplit={() => setDrafts(split(drafts, i))}
                onMerge={() => setDrafts(mergeWithNext(drafts, i, text))}
                onDrop={() => setDrafts(drafts.filter((x) => x.key !== d.key))}
              />
            ))}
            <Button block onClick={() => setDrafts([...drafts, blankDraft()])} style={{ marginBottom: 12 }}>
              + {t('addDraft')}
            </Button>
            {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
            <Space>
              <Button
                type="primary"
                size="large"
                onClick={() => void confirm()}
                loading={create.isPending}
                disabled={!drafts.length}
              >
                {t('confirmCreate', { n: count })}
              </Button>
            </Space>
          </Col>
        </Row>
      )}
    </div>
  );
}
