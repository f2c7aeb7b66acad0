import { Alert, Button, Empty, Form, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUnitTasks, type UnitTaskParams } from './api';
import {
  referenceLabel,
  referenceOptions,
  unitTreeToSelectData,
  useCurrentUser,
  useIssuedPlans,
  useReferenceLists,
  useWritableUnitTree,
} from '../../app/queries';
import {
  ASSIGNMENT_ROLES,
  isCoordinatorOrAdmin,
  TIMEFRAME_KINDS,
  type AssignmentRole,
  type TimeframeKind,
  type UnitTask,
  type UnitTreeNode,
} from '../../app/types';
import { PlanFilterSelect } from '../../components/PlanFilterSelect';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { RoleTag, taskNumber, TimeframeCell } from '../../components/TaskCells';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';

const DEFAULT_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 350;

function intParam(value: string | null): number | undefined {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The filters live in the URL (?unit=&planId=&role=&area=&index=&timeframe=&q=&page=&size=) so Back works.
 * planId is named as on the Deadlines page and in notices' links; the older ?plan= is still read.
 */
export function readTaskParams(sp: URLSearchParams): UnitTaskParams {
  const role = sp.get('role');
  const timeframe = sp.get('timeframe');
  return {
    unitId: intParam(sp.get('unit')),
    planId: intParam(sp.get('planId') ?? sp.get('plan')),
    role: ASSIGNMENT_ROLES.includes(role as AssignmentRole) ? (role as AssignmentRole) : undefined,
    area: sp.get('area') || undefined,
    index: sp.get('index') || undefined,
    timeframe: TIMEFRAME_KINDS.includes(timeframe as TimeframeKind) ? (timeframe as TimeframeKind) : undefined,
    q: sp.get('q')?.trim() || undefined,
    page: Math.max(0, (intParam(sp.get('page')) ?? 1) - 1),
    size: Math.min(100, Math.max(1, intParam(sp.get('size')) ?? DEFAULT_SIZE)),
  };
}

/** The tasks that fall on the signed-in user's unit (coordinators and admins may look at another unit). */
export default function MyTasksPage() {
  const { t, lang } = useI18n();
  const tm = t.myTasks;
  useDocumentTitle(tm.title);
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => readTaskParams(sp), [sp]);
  const me = useCurrentUser();
  const mayPickUnit = isCoordinatorOrAdmin(me.data?.roles);
  const units = useWritableUnitTree();
  const unitData = useMemo(() => unitTreeToSelectData(mayPickUnit ? units.data : []), [units.data, mayPickUnit]);
  const refs = useReferenceLists();
  const plans = useIssuedPlans();
  const unitId = mayPickUnit ? params.unitId : undefined;
  const hasUnit = unitId !== undefined || !!me.data?.unit;
  const list = useUnitTasks({ ...params, unitId }, me.isSuccess && hasUnit);

  const urlQ = sp.get('q') ?? '';
  const [text, setText] = useState(urlQ);
  useEffect(() => setText(urlQ), [urlQ]);

  const update = (patch: Record<string, string | number | undefined | null>, resetPage = true) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (resetPage) next.delete('page');
    setSp(next);
  };

  useEffect(() => {
    if (text.trim() === urlQ.trim()) return;
    const handle = setTimeout(() => update({ q: text.trim() || undefined }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const unitName = useMemo(() => {
    if (unitId === undefined) return me.data?.unit?.name ?? '';
    const find = (nodes: UnitTreeNode[] | undefined): string | undefined => {
      for (const n of nodes ?? []) {
        if (n.id === unitId) return n.name;
        const inner = find(n.children);
        if (inner) return inner;
      }
      return undefined;
    };
    return find(units.data) ?? '';
  }, [unitId, me.data, units.data]);

  const columns: TableProps<UnitTask>['columns'] = [
    {
      title: tm.plan,
      key: 'plan',
      width: 220,
      render: (_: unknown, r) => <Link to={`/plans/${r.plan.id}`}>{[r.plan.number, r.plan.title].filter(Boolean).join(' – ')}</Link>,
    },
    { title: t.tasks.number, key: 'number', width: 70, render: (_: unknown, r) => taskNumber(r.task.sectionCode, r.task.orderNo) },
    {
      title: t.tasks.content,
      key: 'content',
      render: (_: unknown, r) => (
        <Link to={`/plans/${r.plan.id}?tab=appendix#task-${r.task.id}`} className="task-content-link">
          {r.task.content}
        </Link>
      ),
    },
    { title: tm.role, key: 'role', width: 110, render: (_: unknown, r) => <RoleTag role={r.role} /> },
    {
      title: tm.via,
      key: 'via',
      width: 200,
      render: (_: unknown, r) =>
        r.via === 'GROUP' && r.group
          ? fmt(t.tasks.viaGroup, { group: referenceLabel(refs.data, 'unitGroups', r.group) })
          : t.tasks.viaDirect,
    },
    { title: t.tasks.timeframe, key: 'timeframe', width: 190, render: (_: unknown, r) => <TimeframeCell timeframe={r.task.timeframe} /> },
    {
      title: t.tasks.expectedOutput,
      key: 'output',
      width: 220,
      render: (_: unknown, r) => (r.task.expectedOutput ? <div className="multiline">{r.task.expectedOutput}</div> : t.common.empty),
    },
  ];

  const hasFilters = ['planId', 'plan', 'role', 'area', 'index', 'timeframe', 'q'].some((k) => sp.has(k));
  const error = list.error instanceof ApiError ? list.error.problem : list.error ? { status: 0 } : null;

  return (
    <>
      <Typography.Title level={1}>{tm.title}</Typography.Title>
      {unitName && <Typography.Paragraph>{fmt(tm.intro, { unit: unitName })}</Typography.Paragraph>}

      <Form layout="vertical" className="plan-filters" role="search" aria-label={tm.filters} component="div">
        {mayPickUnit && (
          <Form.Item label={tm.unit} htmlFor="task-filter-unit">
            <SearchableTreeSelect
              id="task-filter-unit"
              allowClear
              placeholder={me.data?.unit?.name ?? t.units.pick}
              value={params.unitId}
              onChange={(v: number | undefined) => update({ unit: v })}
              treeData={unitData}
              loading={units.isLoading}
              popupMatchSelectWidth={false}
              style={{ width: 280 }}
            />
          </Form.Item>
        )}
        <Form.Item label={tm.search} htmlFor="task-search" extra={t.common.searchNoDiacritics}>
          <Input.Search
            id="task-search"
            allowClear
            value={text}
            placeholder={tm.searchPlaceholder}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 280 }}
          />
        </Form.Item>
        <Form.Item label={tm.plan} htmlFor="task-filter-plan">
          <PlanFilterSelect
            id="task-filter-plan"
            plans={plans.data?.items ?? []}
            loading={plans.isLoading}
            placeholder={t.common.all}
            value={params.planId}
            onChange={(v) => update({ planId: v, plan: undefined })}
          />
        </Form.Item>
        <Form.Item label={tm.role} htmlFor="task-filter-role">
          <Select
            id="task-filter-role"
            allowClear
            placeholder={t.common.all}
            value={params.role}
            onChange={(v: AssignmentRole | undefined) => update({ role: v })}
            options={ASSIGNMENT_ROLES.map((r) => ({ value: r, label: t.tasks.role[r] }))}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item label={tm.area} htmlFor="task-filter-area">
          <Select
            id="task-filter-area"
            allowClear
            placeholder={t.common.all}
            value={params.area}
            onChange={(v: string | undefined) => update({ area: v })}
            options={referenceOptions(refs.data, 'cchcAreas')}
            popupMatchSelectWidth={false}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={tm.index} htmlFor="task-filter-index">
          <Select
            id="task-filter-index"
            allowClear
            placeholder={t.common.all}
            value={params.index}
            onChange={(v: string | undefined) => update({ index: v })}
            options={referenceOptions(refs.data, 'indices')}
            popupMatchSelectWidth={false}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={tm.timeframe} htmlFor="task-filter-timeframe">
          <Select
            id="task-filter-timeframe"
            allowClear
            placeholder={t.common.all}
            value={params.timeframe}
            onChange={(v: TimeframeKind | undefined) => update({ timeframe: v })}
            options={referenceOptions(refs.data, 'timeframeKinds')}
            popupMatchSelectWidth={false}
            style={{ width: 180 }}
          />
        </Form.Item>
        {hasFilters && (
          <Form.Item>
            <Button
              onClick={() => {
                const next = new URLSearchParams();
                if (sp.get('unit')) next.set('unit', sp.get('unit')!);
                setSp(next);
              }}
            >
              {t.common.clearFilters}
            </Button>
          </Form.Item>
        )}
      </Form>

      <ProblemAlert problem={error} />
      {me.isSuccess && !hasUnit ? (
        <Alert type="info" showIcon title={tm.pickUnitFirst} />
      ) : (
        <Table<UnitTask>
          rowKey={(r) => `${r.task.id}-${r.role}`}
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          aria-label={tm.table}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tm.empty} /> }}
          onChange={(pagination) =>
            update(
              {
                page: pagination.current && pagination.current > 1 ? pagination.current : undefined,
                size: pagination.pageSize && pagination.pageSize !== DEFAULT_SIZE ? pagination.pageSize : undefined,
              },
              false,
            )
          }
          pagination={{
            current: params.page + 1,
            pageSize: params.size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total, range) =>
              fmt(tm.range, {
                from: formatNumber(range[0], lang),
                to: formatNumber(range[1], lang),
                total: formatNumber(total, lang),
              }),
          }}
          scroll={{ x: 1100 }}
        />
      )}
    </>
  );
}
