import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Form, Select, Table, Tabs, Tag, Typography, type TableProps, type TabsProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { reportKeys, useCreateReport, useOwnReports, useReportDeadlines, useReportList, useReportSchedules } from './api';
import { countByState, dueWithoutReport, STATE_ORDER } from './model';
import { ReportStateTag, TimelinessTag } from './Tags';
import { REPORT_STATES, type Deadline, type ReportState, type ReportSummary } from './types';
import { api, unwrap } from '../../app/api';
import { useCurrentUser, useIssuedPlans } from '../../app/queries';
import { isCoordinatorOrAdmin } from '../../app/types';
import { DateText } from '../../components/DateText';
import { PlanFilterSelect, planLabel } from '../../components/PlanFilterSelect';
import { ApiError, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './reports.css';

const TABS = ['due', 'unit', 'inbox', 'received'] as const;
type TabKey = (typeof TABS)[number];
const PAGE_SIZE = 20;

/** "My reports": what the unit has to start, its reports by state, the leader's approval inbox, the coordinator's received reports. */
export default function MyReportsPage() {
  const { t } = useI18n();
  const tr = t.reports;
  useDocumentTitle(tr.title);
  const me = useCurrentUser();
  const [sp, setSp] = useSearchParams();
  const roles = me.data?.roles ?? [];
  const unit = me.data?.unit ?? null;
  const writes = !!unit && (roles.includes('officer') || roles.includes('leader'));
  const leads = !!unit && roles.includes('leader');
  const receives = isCoordinatorOrAdmin(roles);

  const own = useOwnReports(writes);
  const deadlines = useReportDeadlines(writes ? unit!.id : undefined);
  const due = useMemo(
    () => (deadlines.data && own.data ? dueWithoutReport(deadlines.data.items, own.data) : []),
    [deadlines.data, own.data],
  );
  const inbox = useMemo(() => (own.data ?? []).filter((r) => r.state === 'AWAITING_APPROVAL'), [own.data]);

  const tabs: TabsProps['items'] = [];
  if (writes) {
    tabs.push({
      key: 'due',
      label: fmt(tr.tabDue, { count: due.length }),
      children: <DueTab due={due} loading={deadlines.isLoading || own.isLoading} />,
    });
    tabs.push({
      key: 'unit',
      label: fmt(tr.tabUnit, { count: own.data?.length ?? 0 }),
      children: <UnitTab reports={own.data ?? []} loading={own.isLoading} />,
    });
  }
  if (leads) {
    tabs.push({
      key: 'inbox',
      label: fmt(tr.tabInbox, { count: inbox.length }),
      children: <SummaryTable reports={inbox} loading={own.isLoading} caption={tr.inboxTable} empty={tr.inboxEmpty} />,
    });
  }
  if (receives) tabs.push({ key: 'received', label: tr.tabReceived, children: <ReceivedTab /> });

  const requested = sp.get('tab') as TabKey | null;
  const fallback: TabKey =
    leads && inbox.length > 0 ? 'inbox' : writes ? (due.length > 0 || !own.data?.length ? 'due' : 'unit') : 'received';
  const active = requested && TABS.includes(requested) && tabs.some((x) => x.key === requested) ? requested : fallback;
  const error = [own.error, deadlines.error].find(Boolean);

  return (
    <>
      <Typography.Title level={1}>{tr.title}</Typography.Title>
      {unit && <Typography.Paragraph>{fmt(writes ? tr.intro : tr.introCoordinator, { unit: unit.name })}</Typography.Paragraph>}
      {error && <ProblemAlert problem={error instanceof ApiError ? error.problem : { status: 0 }} />}
      {me.isSuccess && tabs.length === 0 && <Alert type="info" showIcon title={tr.noUnit} />}
      {tabs.length > 0 && (
        <Tabs
          activeKey={active}
          onChange={(key) => {
            const next = new URLSearchParams();
            next.set('tab', key);
            setSp(next, { replace: true });
          }}
          items={tabs}
        />
      )}
    </>
  );
}

function dueText(d: Deadline, tr: ReturnType<typeof useI18n>['t']['reports']): string {
  const n = d.workingDaysLeft;
  if (n === null || n === undefined) return '';
  if (n === 0) return tr.dueToday;
  return n > 0 ? fmt(tr.workingDaysLeft, { days: n }) : fmt(tr.workingDaysOverdue, { days: -n });
}

/** Report deadlines without a report yet, each with the button that starts it. */
/**
 * The plan a link asks for (?planId=3, as the notices of missing reports and the other lists name it);
 * each tab starts filtered by it.
 */
function usePlanIdParam(): number | undefined {
  const [sp] = useSearchParams();
  const n = Number(sp.get('planId') ?? '');
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function DueTab({ due, loading }: { due: Deadline[]; loading: boolean }) {
  const { t } = useI18n();
  const tr = t.reports;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateReport();
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const linkedPlan = usePlanIdParam();
  const [chosenPlan, setPlanId] = useState<number | undefined>(linkedPlan);
  const plans = useMemo(
    () =>
      uniqueBy(
        due.map((d) => d.plan),
        (p) => p.id,
      ),
    [due],
  );
  // a plan whose periods have all been started leaves the list, and the filter with it
  const planId = plans.some((p) => p.id === chosenPlan) ? chosenPlan : undefined;
  const shown = planId ? due.filter((d) => d.plan.id === planId) : due;
  const start = async (d: Deadline) => {
    setProblem(null);
    try {
      const report = await create.mutateAsync({ scheduleId: d.schedule!.id, periodKey: d.period!.key });
      message.success(fmt(tr.started, { period: report.period.label }));
      navigate(`/reports/${report.id}`);
    } catch (e) {
      if (e instanceof ApiError) setProblem(e.problem);
      else throw e;
    }
  };
  const columns: TableProps<Deadline>['columns'] = [
    { title: tr.plan, key: 'plan', render: (_: unknown, d) => <Link to={`/plans/${d.plan.id}`}>{planLabel(d.plan)}</Link> },
    { title: tr.period, key: 'period', width: 150, render: (_: unknown, d) => d.period?.label },
    { title: tr.schedule, key: 'schedule', width: 200, render: (_: unknown, d) => d.schedule?.name },
    {
      title: tr.dueOn,
      key: 'due',
      width: 220,
      render: (_: unknown, d) => (
        <>
          <DateText value={d.dueOn} />{' '}
          {d.state === 'OVERDUE' && (
            <Tag variant="solid" color="#b91c1c" style={{ color: '#fff' }}>
              {tr.overdue}
            </Tag>
          )}
          <div className="report-item-meta">{dueText(d, tr)}</div>
        </>
      ),
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 160,
      render: (_: unknown, d) => (
        <Button
          type="primary"
          size="small"
          loading={create.isPending && create.variables?.periodKey === d.period?.key && create.variables?.scheduleId === d.schedule?.id}
          aria-label={fmt(tr.startFor, { period: d.period?.label ?? '', plan: planLabel(d.plan) })}
          onClick={() => start(d)}
        >
          {tr.start}
        </Button>
      ),
    },
  ];
  return (
    <>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {plans.length > 1 && (
        <Form layout="vertical" className="plan-filters" role="search" aria-label={tr.filters} component="div">
          <Form.Item label={tr.plan} htmlFor="due-filter-plan">
            <PlanFilterSelect
              id="due-filter-plan"
              plans={plans}
              placeholder={fmt('{all} ({count})', { all: t.common.all, count: due.length })}
              value={planId}
              onChange={setPlanId}
              width={420}
            />
          </Form.Item>
        </Form>
      )}
      <Table<Deadline>
        rowKey="id"
        columns={columns}
        dataSource={shown}
        loading={loading}
        aria-label={tr.dueTable}
        pagination={shown.length > PAGE_SIZE ? { pageSize: PAGE_SIZE } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr.dueEmpty} /> }}
        scroll={{ x: 900 }}
      />
    </>
  );
}

/** The unit's reports, filtered by plan, period and state (counted per state). */
function UnitTab({ reports, loading }: { reports: ReportSummary[]; loading: boolean }) {
  const { t } = useI18n();
  const tr = t.reports;
  const linkedPlan = usePlanIdParam();
  const [planId, setPlanId] = useState<number | undefined>(linkedPlan);
  const [period, setPeriod] = useState<string | undefined>();
  const [state, setState] = useState<ReportState | undefined>();
  const plans = useMemo(
    () =>
      uniqueBy(
        reports.map((r) => r.plan),
        (p) => p.id,
      ),
    [reports],
  );
  const periods = useMemo(
    () =>
      uniqueBy(
        reports.filter((r) => !planId || r.plan.id === planId).map((r) => ({ key: r.periodKey, label: r.periodLabel })),
        (p) => p.key,
      ),
    [reports, planId],
  );
  const filtered = reports.filter((r) => (!planId || r.plan.id === planId) && (!period || r.periodKey === period));
  const counts = countByState(filtered);
  const shown = filtered
    .filter((r) => !state || r.state === state)
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || b.periodKey.localeCompare(a.periodKey));
  return (
    <>
      <Form layout="vertical" className="plan-filters" role="search" aria-label={tr.filters} component="div">
        <Form.Item label={tr.plan} htmlFor="report-filter-plan">
          <PlanFilterSelect
            id="report-filter-plan"
            plans={plans}
            placeholder={t.common.all}
            value={planId}
            onChange={(v) => {
              setPlanId(v);
              setPeriod(undefined);
            }}
          />
        </Form.Item>
        <Form.Item label={tr.period} htmlFor="report-filter-period">
          <Select
            id="report-filter-period"
            allowClear
            placeholder={t.common.all}
            value={period}
            onChange={(v: string | undefined) => setPeriod(v)}
            options={periods.map((p) => ({ value: p.key, label: p.label }))}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item label={tr.stateColumn} htmlFor="report-filter-state">
          <Select
            id="report-filter-state"
            allowClear
            placeholder={fmt('{all} ({count})', { all: t.common.all, count: filtered.length })}
            value={state}
            onChange={(v: ReportState | undefined) => setState(v)}
            options={STATE_ORDER.map((s) => ({ value: s, label: `${tr.state[s]} (${counts[s]})` }))}
            style={{ width: 220 }}
          />
        </Form.Item>
      </Form>
      <SummaryTable reports={shown} loading={loading} caption={tr.unitTable} empty={tr.unitEmpty} />
    </>
  );
}

function uniqueBy<T, K>(items: T[], key: (t: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}

/** The reasons of the returned reports shown (the list carries no reason: each is read from its report). */
function useReturnReasons(reports: ReportSummary[]): Map<number, string> {
  const returned = reports.filter((r) => r.state === 'RETURNED').slice(0, 20);
  const results = useQueries({
    queries: returned.map((r) => ({
      queryKey: reportKeys.detail(r.id),
      queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id: r.id } } })),
    })),
  });
  const map = new Map<number, string>();
  results.forEach((q) => q.data?.returnReason && map.set(q.data.id, q.data.returnReason));
  return map;
}

function SummaryTable({
  reports,
  loading,
  caption,
  empty,
  showUnit = false,
  monitorLinks = false,
  pagination = false,
}: {
  reports: ReportSummary[];
  loading: boolean;
  caption: string;
  empty: string;
  showUnit?: boolean;
  monitorLinks?: boolean;
  pagination?: TableProps<ReportSummary>['pagination'];
}) {
  const { t } = useI18n();
  const tr = t.reports;
  const reasons = useReturnReasons(reports);
  const columns: TableProps<ReportSummary>['columns'] = [
    ...(showUnit ? [{ title: tr.unit, key: 'unit', render: (_: unknown, r: ReportSummary) => <UnitLink unit={r.unit} /> }] : []),
    {
      title: tr.plan,
      key: 'plan',
      render: (_: unknown, r) => (
        <Link to={monitorLinks ? `/plans/${r.plan.id}?tab=reporting` : `/plans/${r.plan.id}`}>{planLabel(r.plan)}</Link>
      ),
    },
    { title: tr.period, key: 'period', width: 130, render: (_: unknown, r) => r.periodLabel },
    { title: tr.dueOn, key: 'due', width: 120, render: (_: unknown, r) => <DateText value={r.dueOn} /> },
    {
      title: tr.stateColumn,
      key: 'state',
      width: 260,
      render: (_: unknown, r) => (
        <>
          <ReportStateTag state={r.state} />
          {reasons.get(r.id) && (
            <div className="report-item-meta report-return-reason">
              {tr.returnReason}: {reasons.get(r.id)}
            </div>
          )}
        </>
      ),
    },
    {
      title: tr.sentOn,
      key: 'sent',
      width: 190,
      render: (_: unknown, r) =>
        r.sentOn ? (
          <>
            <DateText value={r.sentOn} /> <TimelinessTag sentOn={r.sentOn} dueOn={r.dueOn} />
          </>
        ) : (
          t.common.empty
        ),
    },
    { title: tr.updatedAt, key: 'updated', width: 150, render: (_: unknown, r) => <DateText value={r.updatedAt} withTime /> },
    {
      title: t.common.actions,
      key: 'open',
      width: 90,
      render: (_: unknown, r) => (
        <Link to={`/reports/${r.id}`} aria-label={fmt(tr.openReport, { period: r.periodLabel, unit: r.unit.name })}>
          {tr.open}
        </Link>
      ),
    },
  ];
  return (
    <Table<ReportSummary>
      rowKey="id"
      columns={columns}
      dataSource={reports}
      loading={loading}
      aria-label={caption}
      pagination={pagination || (reports.length > PAGE_SIZE ? { pageSize: PAGE_SIZE } : false)}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      scroll={{ x: 1000 }}
    />
  );
}

/** For coordinators: the reports sent to the units they coordinate, paged on the server. */
function ReceivedTab() {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const linkedPlan = usePlanIdParam();
  const [planId, setPlanId] = useState<number | undefined>(linkedPlan);
  const [period, setPeriod] = useState<string | undefined>();
  const [state, setState] = useState<ReportState | undefined>();
  const [page, setPage] = useState(0);
  const plans = useIssuedPlans();
  const schedules = useReportSchedules(planId);
  const periods = uniqueBy(
    (schedules.data ?? []).flatMap((s) => s.occurrences),
    (o) => o.key,
  );
  const list = useReportList({ planId, periodKey: period, state, page, size: PAGE_SIZE }, true);
  return (
    <>
      <Form layout="vertical" className="plan-filters" role="search" aria-label={tr.filters} component="div">
        <Form.Item label={tr.plan} htmlFor="received-filter-plan">
          <PlanFilterSelect
            id="received-filter-plan"
            plans={plans.data?.items ?? []}
            loading={plans.isLoading}
            placeholder={t.common.all}
            value={planId}
            onChange={(v) => {
              setPlanId(v);
              setPeriod(undefined);
              setPage(0);
            }}
          />
        </Form.Item>
        <Form.Item label={tr.period} htmlFor="received-filter-period">
          <Select
            id="received-filter-period"
            allowClear
            disabled={!planId}
            placeholder={t.common.all}
            value={period}
            onChange={(v: string | undefined) => {
              setPeriod(v);
              setPage(0);
            }}
            options={periods.map((o) => ({ value: o.key, label: o.label }))}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item label={tr.stateColumn} htmlFor="received-filter-state">
          <Select
            id="received-filter-state"
            allowClear
            placeholder={t.common.all}
            value={state}
            onChange={(v: ReportState | undefined) => {
              setState(v);
              setPage(0);
            }}
            options={REPORT_STATES.filter((s) => s !== 'DRAFT' && s !== 'AWAITING_APPROVAL').map((s) => ({ value: s, label: tr.state[s] }))}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert problem={list.error instanceof ApiError ? list.error.problem : { status: 0 }} />}
      <SummaryTable
        reports={list.data?.items ?? []}
        loading={list.isFetching}
        caption={tr.receivedTable}
        empty={tr.receivedEmpty}
        showUnit
        monitorLinks
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: (p) => setPage(p - 1),
          showTotal: (total, range) =>
            fmt(tr.range, { from: formatNumber(range[0], lang), to: formatNumber(range[1], lang), total: formatNumber(total, lang) }),
        }}
      />
    </>
  );
}
