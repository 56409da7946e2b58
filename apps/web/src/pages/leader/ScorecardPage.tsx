import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, download } from '../../api/client';
import type { ScorecardRow } from '../../api/feature-models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GridBar, GridLegend } from '../../components/GridBar';
import { useListParams } from '../../components/useListParams';
import { DATE_FORMAT } from '../../lib/dates';
import { matches } from '../../lib/fold';
import { useT } from '../../i18n/i18n';

const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`;

/** Xếp hạng đơn vị: on-time rate per unit over a period, with the 2×2 grid drawn for each. */
export default function ScorecardPage() {
  const t = useT();
  const { message } = App.useApp();
  const { values, set } = useListParams(['from', 'to', 'q'] as const, {
    from: dayjs().startOf('year').format('YYYY-MM-DD'),
    to: dayjs().format('YYYY-MM-DD'),
  });
  const from = values.from!;
  const to = values.to!;
  const [exporting, setExporting] = useState(false);
  const query = useQuery({
    queryKey: ['reports', 'scorecard', from, to],
    queryFn: () => api.get('/api/reports/scorecard', { query: { from, to } }),
  });
  const rows = (query.data?.units ?? []).filter((r) => matches(values.q ?? '', r.unit.name, r.unit.code));

  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('year') + ' ' + dayjs().year(), value: [dayjs().startOf('year'), dayjs()] },
    {
      label: 'Q' + (Math.floor(dayjs().month() / 3) + 1),
      value: [
        dayjs()
          .startOf('month')
          .month(Math.floor(dayjs().month() / 3) * 3),
        dayjs(),
      ],
    },
    { label: dayjs().format('MM/YYYY'), value: [dayjs().startOf('month'), dayjs()] },
    {
      label: dayjs().subtract(1, 'month').format('MM/YYYY'),
      value: [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')],
    },
  ];

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await download(
        '/api/reports/scorecard.xlsx',
        { query: { from, to } },
        `xep-hang-don-vi-${from}-${to}.xlsx`,
      );
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<ScorecardRow> = [
    {
      title: t('rank'),
      key: 'rank',
      width: 64,
      align: 'center',
      render: (_, r) => r.rank ?? '—',
      sorter: (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('unit'),
      key: 'unit',
      width: 240,
      render: (_, r) => r.unit.name,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
    },
    {
      title: t('grid'),
      key: 'grid',
      width: 200,
      responsive: ['sm'],
      render: (_, r) => <GridBar counts={r} width={180} />,
    },
    // The official report's 2×2 grid: done / not done, each on time / late.
    {
      title: t('state_done'),
      responsive: ['lg'],
      children: [
        { title: t('onTime'), dataIndex: 'doneOnTime', align: 'right', width: 90, responsive: ['lg'] },
        { title: t('late'), dataIndex: 'doneLate', align: 'right', width: 90, responsive: ['lg'] },
      ],
    },
    {
      title: t('notDone'),
      responsive: ['lg'],
      children: [
        {
          title: t('tl_on_track'),
          dataIndex: 'notDoneOnTrack',
          align: 'right',
          width: 90,
          responsive: ['lg'],
        },
        {
          title: t('tl_overdue'),
          dataIndex: 'notDoneOverdue',
          align: 'right',
          width: 90,
          responsive: ['lg'],
        },
      ],
    },
    { title: t('total'), dataIndex: 'total', align: 'right', responsive: ['md'] },
    {
      title: t('onTimeRate'),
      key: 'rate',
      align: 'right',
      sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
      render: (_, r) => <strong>{pct(r.onTimeRate)}</strong>,
    },
    {
      title: t('vsOriginal'),
      key: 'orig',
      align: 'right',
      responsive: ['md'],
      render: (_, r) => pct(r.onTimeRateVsOriginal),
    },
  ];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('scorecardTitle')}</Typography.Title>
        <Button type="primary" onClick={() => void exportXlsx()} loading={exporting}>
          {t('exportExcel')}
        </Button>
      </Space>
      <Space wrap className="filters">
        <span>{t('period')}:</span>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={[dayjs(from), dayjs(to)]}
          presets={presets}
          allowClear={false}
          onChange={(range) =>
            range?.[0] &&
            range[1] &&
            set({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })
          }
        />
        <Input.Search
          aria-label={t('search')}
          allowClear
          placeholder={`${t('search')} (${t('searchHint')})`}
          defaultValue={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 260 }}
        />
      </Space>
      <GridLegend />
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<ScorecardRow>
        rowKey={(r) => r.unit.id}
        loading={query.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
    </div>
  );
}
