import { Empty, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUnitTasks } from './api';
import type { Unit, UnitTask } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { SectionError } from '../../components/SectionError';
import { RoleTag, taskNumber, TimeframeCell } from '../../components/TaskCells';
import { useI18n } from '../../i18n';

const SIZE = 10;

/** The tasks that fall on a unit (named or through a group): a tab of the unit's page. */
export function UnitTasksSection({ unit, seeAll }: { unit: Unit; seeAll: boolean }) {
  const { t } = useI18n();
  const tt = t.organisation.tasks;
  const [page, setPage] = useState(0);
  const list = useUnitTasks({ unitId: unit.id, page, size: SIZE }, true);
  const columns: TableProps<UnitTask>['columns'] = [
    {
      title: tt.plan,
      key: 'plan',
      width: 200,
      render: (_: unknown, r) => <Link to={`/plans/${r.plan.id}`}>{[r.plan.number, r.plan.title].filter(Boolean).join(' – ')}</Link>,
    },
    { title: tt.number, key: 'number', width: 70, render: (_: unknown, r) => taskNumber(r.task.sectionCode, r.task.orderNo) },
    {
      title: tt.content,
      key: 'content',
      render: (_: unknown, r) => <Link to={`/plans/${r.plan.id}?tab=appendix#task-${r.task.id}`}>{r.task.content}</Link>,
    },
    { title: tt.role, key: 'role', width: 110, render: (_: unknown, r) => <RoleTag role={r.role} /> },
    { title: t.tasks.timeframe, key: 'timeframe', width: 180, render: (_: unknown, r) => <TimeframeCell timeframe={r.task.timeframe} /> },
  ];
  if (list.error) return <SectionError error={list.error} outOfScope={t.organisation.unit.outOfScope} />;
  return (
    <>
      <Table<UnitTask>
        rowKey={(r) => `${r.task.id}-${r.role}`}
        size="small"
        aria-label={tt.label}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tt.empty} /> }}
        pagination={{ current: page + 1, pageSize: SIZE, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false }}
        onChange={(p) => setPage((p.current ?? 1) - 1)}
        scroll={{ x: 760 }}
      />
      {seeAll && (list.data?.total ?? 0) > 0 && <ButtonLink to={`/tasks?unit=${unit.id}`}>{t.organisation.unit.seeAll}</ButtonLink>}
    </>
  );
}
