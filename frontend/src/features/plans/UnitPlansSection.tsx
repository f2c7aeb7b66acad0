import { Empty, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePlanList } from './api';
import { PlanStatusTag } from './PlanStatusTag';
import type { PlanSummary, Unit } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { DateText } from '../../components/DateText';
import { SectionError } from '../../components/SectionError';
import { useI18n } from '../../i18n';

const SIZE = 10;

/** The plans a unit issued (those the caller may see), newest first: a tab of the unit's page. */
export function UnitPlansSection({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const tp = t.organisation.plans;
  const [page, setPage] = useState(0);
  const list = usePlanList({ issuingUnitId: unit.id, page, size: SIZE, sort: 'updatedAt,desc' });
  const columns: TableProps<PlanSummary>['columns'] = [
    { title: tp.number, key: 'number', width: 140, render: (_: unknown, p) => p.number ?? t.common.empty },
    { title: tp.title, key: 'title', render: (_: unknown, p) => <Link to={`/plans/${p.id}`}>{p.title}</Link> },
    { title: tp.status, key: 'status', width: 130, render: (_: unknown, p) => <PlanStatusTag status={p.status} /> },
    { title: tp.issuedOn, key: 'issuedOn', width: 130, render: (_: unknown, p) => <DateText value={p.issuedOn} /> },
  ];
  if (list.error) return <SectionError error={list.error} outOfScope={t.organisation.unit.outOfScope} />;
  return (
    <>
      <Table<PlanSummary>
        rowKey="id"
        size="small"
        aria-label={tp.label}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tp.empty} /> }}
        pagination={{ current: page + 1, pageSize: SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false }}
        onChange={(p) => setPage((p.current ?? 1) - 1)}
        scroll={{ x: 640 }}
      />
      {(list.data?.total ?? 0) > 0 && <ButtonLink to={`/plans?unit=${unit.id}`}>{t.organisation.unit.seeAll}</ButtonLink>}
    </>
  );
}
