import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Select, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDeadlines } from './api';
import { CompleteDialog } from './CompleteDialog';
import { DeadlineTable } from './DeadlineTable';
import { FeedDialog } from './FeedDialog';
import { ImplementingTable } from './ImplementingTable';
import { monthOf } from './monthGrid';
import { MonthView } from './MonthView';
import { DEFAULT_SIZE, FILTER_KEYS, patchParams, readFilters, toQuery, type View } from './params';
import { todayInVietnam } from './state';
import { DEADLINE_KINDS, DEADLINE_STATES, type Deadline, type DeadlineKind, type DeadlineState } from './types';
import { unitTreeToSelectData, useCurrentUser, useIssuedPlans, useWritableUnitTree } from '../../app/queries';
import { isCoordinatorOrAdmin, type UnitTreeNode } from '../../app/types';
import { DATE_FORMAT } from '../../components/dates';
import { PlanFilterSelect } from '../../components/PlanFilterSelect';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './deadlines.css';

function findUnit(nodes: UnitTreeNode[] | undefined, id: number): UnitTreeNode | undefined {
  for (const n of nodes ?? []) {
    if (n.id === id) return n;
    const inner = findUnit(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * "Hạn xử lý": the deadlines of the user's unit (coordinators and admins: of any unit in their scope,
 * their whole scope by default) as a list or a month calendar; coordinators also follow every unit's
 * implementing plan. Filters live in the URL.
 */
export default function DeadlinesPage() {
  const { t, lang } = useI18n();
  const td = t.deadlines;
  useDocumentTitle(td.title);
  const { message } = App.useApp();
  const [sp, setSp] = useSearchParams();
  const filters = useMemo(() => readFilters(sp), [sp]);
  const me = useCurrentUser();
  const coordinator = isCoordinatorOrAdmin(me.data?.roles);
  const admin = !!me.data?.roles.includes('admin');
  const units = useWritableUnitTree();
  const unitData = useMemo(() => unitTreeToSelectData(coordinator ? units.data : []), [units.data, coordinator]);
  const plans = useIssuedPlans();
  const [completing, setCompleting] = useState<Deadline | null>(null);
  const [feedOpen, setFeedOpen] = useState(false);

  const unitId = coordinator ? filters.unitId : undefined;
  const hasScope = unitId !== undefined || admin || !!me.data?.scopeUnit || !!me.data?.unit;
  const view: View = filters.view === 'units' && !coordinator ? 'list' : filters.view;
  const query = toQuery({ ...filters, unitId });
  const list = useDeadlines(query, me.isSuccess && hasScope && view === 'list');

  const update = (patch: Record<string, string | number | undefined>, resetPage = true) => setSp(patchParams(sp, patch, resetPage));

  // Whose deadlines: the picked unit, else the scope the API takes (a coordinator's province, one's unit).
  const picked = unitId !== undefined ? findUnit(units.data, unitId) : undefined;
  const defaultUnit = coordinator ? me.data?.scopeUnit : (me.data?.unit ?? me.data?.scopeUnit);
  const unitName = picked?.name ?? defaultUnit?.name;
  const intro = !unitName ? td.introAll : fmt(filters.subtree ? td.introSubtree : td.intro, { unit: unitName });
  const feedUnit = picked ? { id: picked.id, name: picked.name } : coordinator && me.data?.scopeUnit ? me.data.scopeUnit : null;

  const error = list.error instanceof ApiError ? list.error.problem : list.error ? { status: 0 } : null;
  const hasFilters = FILTER_KEYS.some((k) => k !== 'page' && k !== 'sort' && k !== 'q' && sp.has(k));
  const month = filters.month ?? monthOf(todayInVietnam());

  const scopeFields = (
    <>
      {coordinator && (
        <Form.Item label={td.unit} htmlFor="deadline-filter-unit">
          <SearchableTreeSelect
            id="deadline-filter-unit"
            allowClear
            placeholder={defaultUnit?.name ?? t.units.pick}
            value={filters.unitId}
            onChange={(v: number | undefined) => update({ unit: v })}
            treeData={unitData}
            loading={units.isLoading}
            popupMatchSelectWidth={false}
            style={{ width: 280 }}
          />
        </Form.Item>
      )}
      <Form.Item>
        <Checkbox checked={filters.subtree} onChange={(e) => update({ subtree: e.target.checked ? undefined : '0' })}>
          {td.subtree}
        </Checkbox>
      </Form.Item>
    </>
  );

  const listFilters = (
    <>
      <Form.Item label={td.kindFilter} htmlFor="deadline-filter-kind">
        <Select
          id="deadline-filter-kind"
          allowClear
          placeholder={t.common.all}
          value={filters.kind}
          onChange={(v: DeadlineKind | undefined) => update({ kind: v })}
          options={DEADLINE_KINDS.map((k) => ({ value: k, label: td.kind[k] }))}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={td.stateFilter} htmlFor="deadline-filter-state">
        <Select
          id="deadline-filter-state"
          allowClear
          placeholder={td.stateAllButCancelled}
          title={td.cancelledHint}
          value={filters.state}
          onChange={(v: DeadlineState | undefined) => update({ state: v })}
          options={DEADLINE_STATES.map((s) => ({ value: s, label: td.state[s] }))}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label={td.plan} htmlFor="deadline-filter-plan">
        <PlanFilterSelect
          id="deadline-filter-plan"
          plans={plans.data?.items ?? []}
          loading={plans.isLoading}
          placeholder={t.common.all}
          value={filters.planId}
          onChange={(v) => update({ planId: v })}
        />
      </Form.Item>
      {view === 'list' && (
        <>
          <Form.Item label={td.from} htmlFor="deadline-filter-from" extra={td.dateHelp}>
            <DatePicker
              id="deadline-filter-from"
              format={DATE_FORMAT}
              placeholder="dd/mm/yyyy"
              value={filters.from ? dayjs(filters.from) : null}
              onChange={(d) => update({ from: d ? d.format('YYYY-MM-DD') : undefined })}
              style={{ width: 160 }}
            />
          </Form.Item>
          <Form.Item label={td.to} htmlFor="deadline-filter-to" extra={td.dateHelp}>
            <DatePicker
              id="deadline-filter-to"
              format={DATE_FORMAT}
              placeholder="dd/mm/yyyy"
              value={filters.to ? dayjs(filters.to) : null}
              onChange={(d) => update({ to: d ? d.format('YYYY-MM-DD') : undefined })}
              style={{ width: 160 }}
            />
          </Form.Item>
        </>
      )}
      {hasFilters && (
        <Form.Item>
          <Button onClick={() => setSp(patchParams(sp, Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined]))))}>
            {t.common.clearFilters}
          </Button>
        </Form.Item>
      )}
    </>
  );

  const content =
    view === 'units' ? (
      <ImplementingTable filters={filters} update={(patch) => update(patch)} />
    ) : view === 'month' ? (
      <MonthView
        query={{ unitId: query.unitId, subtree: query.subtree, kind: query.kind, state: query.state, planId: query.planId }}
        month={month}
        onMonthChange={(m) => update({ month: m }, false)}
        onComplete={setCompleting}
      />
    ) : (
      <>
        <ProblemAlert problem={error} />
        <DeadlineTable
          items={list.data?.items ?? []}
          loading={list.isFetching}
          onComplete={setCompleting}
          label={td.table}
          paging={{
            page: filters.page,
            size: filters.size,
            total: list.data?.total ?? 0,
            totalExact: list.data?.totalExact,
            sort: filters.sort,
            onChange: (p) =>
              'sort' in p
                ? update({ sort: p.sort })
                : update({ page: p.page ? p.page + 1 : undefined, size: p.size !== DEFAULT_SIZE ? p.size : undefined }, false),
            rangeText: (from, to, total) => fmt(td.range, { from: formatNumber(from, lang), to: formatNumber(to, lang), total }),
          }}
        />
      </>
    );

  const tabs = [
    { key: 'list', label: td.tabs.list },
    { key: 'month', label: td.tabs.month },
    ...(coordinator ? [{ key: 'units', label: td.tabs.units }] : []),
  ].map((tab) => ({ ...tab, children: tab.key === view ? content : null }));

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1}>{td.title}</Typography.Title>
        <Button icon={<CalendarOutlined aria-hidden />} onClick={() => setFeedOpen(true)}>
          {td.feed.open}
        </Button>
      </div>
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{td.workingDaysNote}</Typography.Paragraph>

      {me.isSuccess && !hasScope ? (
        <Alert type="info" showIcon title={td.pickUnitFirst} />
      ) : (
        <>
          <Form layout="vertical" className="plan-filters" role="search" aria-label={td.filters} component="div">
            {scopeFields}
            {view !== 'units' && listFilters}
          </Form>
          <Tabs
            activeKey={view}
            onChange={(key) => update({ view: key === 'list' ? undefined : key })}
            items={tabs}
            className="deadline-tabs"
          />
        </>
      )}

      <CompleteDialog
        deadline={completing}
        onClose={() => setCompleting(null)}
        onDone={(d) => {
          setCompleting(null);
          message.success(fmt(td.complete.done, { state: td.state[d.state] }));
        }}
      />
      <FeedDialog open={feedOpen} onClose={() => setFeedOpen(false)} ownUnit={me.data?.unit?.name ?? null} pickedUnit={feedUnit} />
    </>
  );
}
