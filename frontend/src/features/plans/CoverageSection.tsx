import { Empty, Space, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { PlanStatusTag } from './PlanStatusTag';
import type { Coverage, CoverageRow } from '../../app/types';
import { DateText } from '../../components/DateText';
import { RoleTag, taskNumber } from '../../components/TaskCells';
import { UnitLink } from '../../components/UnitLink';
import { fmt, formatNumber, useI18n } from '../../i18n';

/** For an issued plan: which assigned units have issued an implementing plan, and what each leaves out. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const tc = t.coverage;

  const columns: TableProps<CoverageRow>['columns'] = [
    { title: tc.unit, key: 'unit', render: (_: unknown, r) => <UnitLink unit={r.unit} /> },
    { title: tc.role, key: 'role', width: 120, render: (_: unknown, r) => <RoleTag role={r.leads ? 'LEAD' : 'COOPERATING'} /> },
    { title: tc.taskCount, key: 'taskCount', width: 110, align: 'right', render: (_: unknown, r) => formatNumber(r.taskCount, lang) },
    {
      title: tc.implementingPlan,
      key: 'plan',
      render: (_: unknown, r) =>
        r.implementingPlan ? (
          <Space orientation="vertical" size={2}>
            <Link to={`/plans/${r.implementingPlan.id}`}>{r.implementingPlan.title}</Link>
            <Space size={8} wrap>
              <PlanStatusTag status={r.implementingPlan.status} />
              {r.implementingPlan.number && <span>{r.implementingPlan.number}</span>}
              {r.implementingPlan.issuedOn && <DateText value={r.implementingPlan.issuedOn} />}
            </Space>
          </Space>
        ) : (
          <Typography.Text type="secondary">{tc.none}</Typography.Text>
        ),
    },
    {
      title: tc.uncovered,
      key: 'uncovered',
      render: (_: unknown, r) =>
        r.uncoveredTasks.length === 0 ? (
          tc.allCovered
        ) : (
          <details className="uncovered-tasks">
            <summary>{fmt(tc.uncoveredCount, { count: formatNumber(r.uncoveredTasks.length, lang) })}</summary>
            <ul className="plain-list">
              {r.uncoveredTasks.map((task) => (
                <li key={task.id}>
                  <Link to={`/plans/${task.planId}?tab=appendix#task-${task.id}`}>{taskNumber(task.sectionCode, task.orderNo)}</Link>
                  {' — '}
                  {task.excerpt}
                </li>
              ))}
            </ul>
          </details>
        ),
    },
  ];

  return (
    <section aria-labelledby="coverage-title">
      <Typography.Title level={2} id="coverage-title" style={{ fontSize: 18 }}>
        {tc.title}
      </Typography.Title>
      <Typography.Paragraph strong>
        {fmt(tc.summary, { issued: formatNumber(coverage.issued, lang), units: formatNumber(coverage.units, lang) })}
      </Typography.Paragraph>
      <Table<CoverageRow>
        rowKey={(r) => r.unit.id}
        columns={columns}
        dataSource={coverage.rows}
        pagination={false}
        size="middle"
        aria-label={tc.table}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tc.empty} /> }}
        scroll={{ x: 800 }}
      />
    </section>
  );
}
