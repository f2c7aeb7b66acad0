import { Empty, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useReportList } from './api';
import { ReportStateTag } from './Tags';
import type { ReportSummary } from './types';
import type { Unit } from '../../app/types';
import { DateText } from '../../components/DateText';
import { SectionError } from '../../components/SectionError';
import { useI18n } from '../../i18n';

const SIZE = 10;

/** A unit's reports (every state the caller may see), latest first: a tab of the unit's page. */
export function UnitReportsSection({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const tr = t.organisation.reports;
  const [page, setPage] = useState(0);
  const list = useReportList({ unitId: unit.id, page, size: SIZE }, true);
  const columns: TableProps<ReportSummary>['columns'] = [
    { title: tr.period, key: 'period', width: 150, render: (_: unknown, r) => <Link to={`/reports/${r.id}`}>{r.periodLabel}</Link> },
    {
      title: tr.plan,
      key: 'plan',
      render: (_: unknown, r) => <Link to={`/plans/${r.plan.id}`}>{[r.plan.number, r.plan.title].filter(Boolean).join(' – ')}</Link>,
    },
    { title: tr.state, key: 'state', width: 150, render: (_: unknown, r) => <ReportStateTag state={r.state} /> },
    { title: tr.dueOn, key: 'dueOn', width: 120, render: (_: unknown, r) => <DateText value={r.dueOn} /> },
    { title: tr.sentOn, key: 'sentOn', width: 120, render: (_: unknown, r) => <DateText value={r.sentOn} /> },
  ];
  if (list.error) return <SectionError error={list.error} outOfScope={t.organisation.unit.outOfScope} />;
  return (
    <Table<ReportSummary>
      rowKey="id"
      size="small"
      aria-label={tr.label}
      columns={columns}
      dataSource={list.data?.items ?? []}
      loading={list.isFetching}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr.empty} /> }}
      pagination={{ current: page + 1, pageSize: SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false }}
      onChange={(p) => setPage((p.current ?? 1) - 1)}
      scroll={{ x: 720 }}
    />
  );
}
