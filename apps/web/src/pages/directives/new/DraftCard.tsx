import { Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Unit, UnitGroup } from '../../../api/models';
import { DATE_FORMAT } from '../../../lib/dates';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/vi';
import type { Draft, DraftErrors } from './drafts';

export interface DraftCardProps {
  index: number;
  draft: Draft;
  units: Unit[];
  groups: UnitGroup[];
  errors?: DraftErrors & { server?: string[] };
  selected: boolean;
  isLast: boolean;
  onSelect: () => void;
  onChange: (patch: Partial<Draft>) => void;
  onSplit: () => void;
  onMerge: () => void;
  onDrop: () => void;
}

/** One draft task: its words, lead units or group, coordinating units and deadline, all editable. */
export function DraftCard(p: DraftCardProps) {
  const t = useT();
  const leadOptions = [
    {
      label: t('unitGroups'),
      title: 'groups',
      options: p.groups.map((g) => ({ value: `group:${g.id}`, label: t('groupLabel', { name: g.name }) })),
    },
    {
      label: t('unit'),
      title: 'units',
      options: p.units.map((u) => ({ value: `unit:${u.id}`, label: u.name })),
    },
  ];
  const err = (k: keyof DraftErrors) => (p.errors?.[k] ? t(p.errors[k] as MessageKey) : undefined);
  return (
    <Card
      size="small"
      className={`draft-card${p.selected ? ' selected' : ''}`}
      onClick={p.onSelect}
      data-testid="draft-card"
      title={<Typography.Text strong>#{p.index + 1}</Typography.Text>}
      extra={
        <Space size={4} wrap onClick={(e) => e.stopPropagation()}>
          <Button size="small" onClick={p.onSplit}>
            {t('splitDraft')}
          </Button>
          {!p.isLast && (
            <Button size="small" onClick={p.onMerge}>
              {t('mergeNext')}
            </Button>
          )}
          <Button size="small" danger onClick={p.onDrop}>
            {t('dropDraft')}
          </Button>
        </Space>
      }
    >
      {p.errors?.server?.map((m) => (
        <Typography.Text key={m} type="danger" className="block">
          {m}
        </Typography.Text>
      ))}
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('draftTitle')}
          validateStatus={err('title') ? 'error' : undefined}
          help={err('title')}
        >
          <Input.TextArea
            aria-label={t('draftTitle')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={p.draft.title}
            onChange={(e) => p.onChange({ title: e.target.value })}
            maxLength={500}
          />
        </Form.Item>
        <Form.Item
          label={t('leadUnits')}
          validateStatus={err('leads') ? 'error' : undefined}
          help={
            err('leads') ??
            (p.draft.leadNames.length ? t('asWritten', { text: p.draft.leadNames.join('; ') }) : undefined)
          }
        >
          <Select
            mode="multiple"
            aria-label={t('leadUnits')}
            value={p.draft.leads}
            onChange={(leads: string[]) => p.onChange({ leads })}
            options={leadOptions}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('noLead')}
          />
        </Form.Item>
        <Form.Item label={t('coordinatingUnits')}>
          <Select
            mode="multiple"
            aria-label={t('coordinatingUnits')}
            value={p.draft.coordinating}
            onChange={(coordinating: string[]) => p.onChange({ coordinating })}
            options={p.units.map((u) => ({ value: u.id, label: u.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Form.Item
          label={t('dueDate')}
          help={p.draft.dueText ? t('asWritten', { text: p.draft.dueText }) : undefined}
          validateStatus={err('dueDate') ? 'error' : undefined}
        >
          <DatePicker
            aria-label={t('dueDate')}
            format={DATE_FORMAT}
            value={p.draft.dueDate ? dayjs(p.draft.dueDate) : null}
            onChange={(d) => p.onChange({ dueDate: d ? d.format('YYYY-MM-DD') : null })}
            placeholder={t('standing')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
