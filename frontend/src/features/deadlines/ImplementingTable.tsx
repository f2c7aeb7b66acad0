import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { downloadDeadlines, useEveryDeadline } from './api';
import { DeadlineStateTag } from './DeadlineStateTag';
import { metPlanId, TimeLeft, totalText } from './DeadlineTable';
import { DueDate } from './DueDate';
import type { DeadlineFilters } from './params';
import { isMet, STATE_ORDER } from './state';
import { DEADLINE_STATES, type Deadline, type DeadlineState } from './types';
import { useIssuedPlans } from '../../app/queries';
import { DateText } from '../../components/DateText';
import { PlanFilterSelect } from '../../components/PlanFilterSelect';
import { ApiError, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { matchesText } from '../../components/textSearch';
import { UnitLink } from '../../components/UnitLink';
import { fmt, useI18n } from '../../i18n';

const MAX = 1000;
const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  filters: DeadlineFilters;
  update: (patch: Record<string, string | number | undefined>) => void;
}

const collator = new Intl.Collator('vi');

/**
 * The coordinator's view of implementing plans across units: for each plan, every assigned unit's
 * deadline to issue its own plan, its state and the date it did. Sorted and searched in the browser
 * (a plan assigns at most a province's units); exported through the API with the same plan and state.
 */
export function ImplementingTable({ filters, update }: Props) {
  const { t, lang } = useI18n();
  const tu = t.deadlines.units;
  const plans = useIssuedPlans();
  const query = {
    kind: 'IMPLEMENTING_PLAN' as const,
    unitId: filters.unitId,
    subtree: filters.subtree ? undefined : false,
    planId: filters.planId,
    state: filters.state,
  };
  const list = useEveryDeadline({ ...query, sort: 'unit,asc' }, MAX);
  const [text, setText] = useState(filters.q ?? '');
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<ProblemDetails | null>(null);
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    if (text.trim() === (filters.q ?? '')) return;
    const handle = setTimeout(() => update({ q: text.trim() || undefined }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const rows = useMemo(() => (list.data?.items ?? []).filter((d) => matchesText(d.unit.name, filters.q)), [list.data, filters.q]);
  const met = rows.filter((d) => isMet(d.state)).length;
  const overdue = rows.filter((d) => d.state === 'OVERDUE').length;
  const error = list.error instanceof ApiError ? list.error.problem : list.error ? { status: 0 } : null;

  const exportXlsx = async () => {
    setExporting(true);
    setExportProblem(null);
    try {
      await downloadDeadlines(query, `han-ke-hoach-trien-khai${filters.planId ? `-${filters.planId}` : ''}.xlsx`);
    } catch (e) {
      // the server's reason (and its field violations) beside the button, prefixed with what failed
      const p: ProblemDetails = e instanceof ApiError ? e.problem : { status: 0 };
      const reason = p.title || (p.status === 0 ? t.errors.network : fmt(t.errors.unexpected, { status: p.status }));
      setExportProblem({ ...p, title: `${tu.exportFailed}: ${reason}` });
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<Deadline>['columns'] = [
    {
      title: t.deadlines.col.unit,
      key: 'unit',
      sorter: (a, b) => collator.compare(a.unit.name, b.unit.name),
      render: (_: unknown, d) => <UnitLink unit={d.unit} />,
    },
    ...(filters.planId
      ? []
      : [
          {
            title: tu.plan,
            key: 'plan',
            sorter: (a: Deadline, b: Deadline) => collator.compare(a.plan.number ?? a.plan.title, b.plan.number ?? b.plan.title),
            render: (_: unknown, d: Deadline) => (
              <Link to={`/plans/${d.plan.id}`}>{[d.plan.number, d.plan.title].filter(Boolean).join(' – ')}</Link>
            ),
          },
        ]),
    {
      title: t.deadlines.col.due,
      key: 'dueOn',
      width: 140,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
      render: (_: unknown, d) => <DueDate dueOn={d.dueOn} workingDay={d.dueOnWorkingDay} note={d.dueNote} />,
    },
    {
      title: tu.state,
      key: 'state',
      width: 180,
      sorter: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
      render: (_: unknown, d) => <DeadlineStateTag state={d.state} />,
    },
    { title: t.deadlines.col.left, key: 'left', width: 190, render: (_: unknown, d) => <TimeLeft d={d} /> },
    {
      title: tu.metOn,
      key: 'metOn',
      width: 170,
      sorter: (a, b) => (a.metOn ?? '9999').localeCompare(b.metOn ?? '9999'),
      render: (_: unknown, d) => {
        const child = metPlanId(d.metRef);
        return d.metOn ? (
          <>
            <DateText value={d.metOn} />
            {child !== undefined && (
              <div>
                <Link to={`/plans/${child}`} aria-label={`${tu.openPlan}: ${d.unit.name}`}>
                  {tu.implementingPlan}
                </Link>
              </div>
            )}
          </>
        ) : (
          t.common.empty
        );
      },
    },
  ];

  return (
    <section aria-labelledby="units-title">
      <Typography.Title level={2} id="units-title" style={{ fontSize: 18 }}>
        {tu.table}
      </Typography.Title>
      <Typography.Paragraph>{tu.intro}</Typography.Paragraph>
      <Form layout="vertical" className="plan-filters" role="search" aria-label={t.deadlines.filters} component="div">
        <Form.Item label={tu.plan} htmlFor="units-plan">
          <PlanFilterSelect
            id="units-plan"
            plans={plans.data?.items ?? []}
            loading={plans.isLoading}
            placeholder={tu.allPlans}
            value={filters.planId}
            onChange={(v) => update({ planId: v })}
            width={360}
          />
        </Form.Item>
        <Form.Item label={tu.state} htmlFor="units-state">
          <Select
            id="units-state"
            allowClear
            placeholder={t.common.all}
            value={filters.state}
            onChange={(v: DeadlineState | undefined) => update({ state: v })}
            options={DEADLINE_STATES.map((s) => ({ value: s, label: t.deadlines.state[s] }))}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={tu.search} htmlFor="units-search" extra={t.common.searchNoDiacritics}>
          <Input.Search
            id="units-search"
            allowClear
            value={text}
            placeholder={tu.searchPlaceholder}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item extra={filters.q ? <span id="units-export-scope">{tu.exportScope}</span> : undefined}>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            onClick={exportXlsx}
            loading={exporting}
            aria-describedby={filters.q ? 'units-export-scope' : undefined}
          >
            {tu.export}
          </Button>
        </Form.Item>
      </Form>
      <ProblemAlert problem={exportProblem} onClose={() => setExportProblem(null)} />
      <ProblemAlert problem={error} />
      {list.data?.truncated && (
        <Alert
          type="warning"
          showIcon
          title={fmt(tu.truncated, { shown: MAX, total: totalText(list.data!, t, lang) })}
          style={{ marginBottom: 12 }}
        />
      )}
      {list.data && <Typography.Paragraph role="status">{fmt(tu.summary, { met, total: rows.length, overdue })}</Typography.Paragraph>}
      <Table<Deadline>
        rowKey="id"
        className="implementing-table"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        aria-label={tu.table}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tu.empty} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 900 }}
      />
    </section>
  );
}
