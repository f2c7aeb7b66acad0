import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, Select, Table, Typography, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePlanList, type PlanListParams } from './api';
import { PlanStatusTag } from './PlanStatusTag';
import { unitTreeToSelectData, useCurrentUser, useUnitTree } from '../../app/queries';
import { PLAN_KINDS, PLAN_STATUSES, type PlanKind, type PlanStatus, type PlanSummary } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { yearInVietnam } from '../../components/dates';
import { DateText } from '../../components/DateText';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';

const DEFAULT_SORT = 'updatedAt,desc';
const DEFAULT_SIZE = 20;
const SORTABLE = ['title', 'year', 'issuedOn', 'updatedAt'] as const;
const SEARCH_DEBOUNCE_MS = 350;

function intParam(value: string | null): number | undefined {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/** The list's state lives in the URL (?q=&year=&status=&kind=&unit=&page=&size=&sort=) so Back works. */
export function readListParams(sp: URLSearchParams): PlanListParams {
  const status = sp.get('status');
  const kind = sp.get('kind');
  const sort = sp.get('sort') ?? DEFAULT_SORT;
  const [field, dir] = sort.split(',');
  const page = intParam(sp.get('page')) ?? 1;
  const size = intParam(sp.get('size')) ?? DEFAULT_SIZE;
  return {
    q: sp.get('q')?.trim() || undefined,
    year: intParam(sp.get('year')),
    status: PLAN_STATUSES.includes(status as PlanStatus) ? (status as PlanStatus) : undefined,
    kind: PLAN_KINDS.includes(kind as PlanKind) ? (kind as PlanKind) : undefined,
    issuingUnitId: intParam(sp.get('unit')),
    page: Math.max(0, page - 1),
    size: Math.min(100, Math.max(1, size)),
    sort: (SORTABLE as readonly string[]).includes(field) && (dir === 'asc' || dir === 'desc') ? sort : DEFAULT_SORT,
  };
}

export default function PlanListPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t.plans.listTitle);
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => readListParams(sp), [sp]);
  const list = usePlanList(params);
  const me = useCurrentUser();
  const units = useUnitTree();
  const unitData = useMemo(() => unitTreeToSelectData(units.data), [units.data]);

  // The search box updates the URL after a pause; Back/Forward put the URL's text back in the box.
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

  const [sortField, sortDir] = params.sort.split(',');
  const sortOrderFor = (field: string) => (sortField === field ? (sortDir === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);

  const thisYear = yearInVietnam();
  const years = Array.from({ length: thisYear + 2 - 2020 + 1 }, (_, i) => thisYear + 2 - i);

  const columns: TableProps<PlanSummary>['columns'] = [
    {
      title: t.plans.number,
      dataIndex: 'number',
      key: 'number',
      width: 150,
      render: (_: unknown, p) => (p.status === 'DRAFT' || !p.number ? <PlanStatusTag status="DRAFT" /> : p.number),
    },
    {
      title: t.plans.title,
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderFor('title'),
      render: (_: unknown, p) => <Link to={`/plans/${p.id}`}>{p.title}</Link>,
    },
    {
      title: t.plans.issuingUnit,
      key: 'issuingUnit',
      render: (_: unknown, p) => <UnitLink unit={p.issuingUnit} />,
    },
    { title: t.plans.kind, key: 'kind', render: (_: unknown, p) => t.planKind[p.kind] },
    { title: t.plans.year, dataIndex: 'year', key: 'year', sorter: true, sortOrder: sortOrderFor('year'), width: 90 },
    {
      title: t.plans.status,
      key: 'status',
      width: 140,
      render: (_: unknown, p) => <PlanStatusTag status={p.status} />,
    },
    {
      title: t.plans.issuedOn,
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      sorter: true,
      sortOrder: sortOrderFor('issuedOn'),
      width: 140,
      render: (v: string | null) => <DateText value={v} />,
    },
  ];

  const onTableChange: TableProps<PlanSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<PlanSummary>;
    if (extra.action === 'sort') {
      const field = typeof s.columnKey === 'string' ? s.columnKey : undefined;
      update({ sort: s.order && field ? `${field},${s.order === 'ascend' ? 'asc' : 'desc'}` : undefined });
    } else {
      update(
        {
          page: pagination.current && pagination.current > 1 ? pagination.current : undefined,
          size: pagination.pageSize && pagination.pageSize !== DEFAULT_SIZE ? pagination.pageSize : undefined,
        },
        false,
      );
    }
  };

  const hasFilters = sp.has('q') || sp.has('year') || sp.has('status') || sp.has('kind') || sp.has('unit');
  const error = list.error instanceof ApiError ? list.error.problem : list.error ? { status: 0 } : null;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1}>{t.plans.listTitle}</Typography.Title>
        {me.data?.permissions.canCreatePlans && (
          <ButtonLink to="/plans/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t.plans.create}
          </ButtonLink>
        )}
      </div>

      <Form layout="vertical" className="plan-filters" role="search" aria-label={t.plans.filters} component="div">
        <Form.Item label={t.plans.search} htmlFor="plan-search" extra={t.common.searchNoDiacritics}>
          <Input.Search
            id="plan-search"
            allowClear
            value={text}
            placeholder={t.plans.searchPlaceholder}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 320 }}
          />
        </Form.Item>
        <Form.Item label={t.plans.year} htmlFor="plan-filter-year">
          <Select
            id="plan-filter-year"
            allowClear
            placeholder={t.common.all}
            value={params.year}
            onChange={(v: number | undefined) => update({ year: v })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Form.Item>
        <Form.Item label={t.plans.status} htmlFor="plan-filter-status">
          <Select
            id="plan-filter-status"
            allowClear
            placeholder={t.common.all}
            value={params.status}
            onChange={(v: PlanStatus | undefined) => update({ status: v })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t.planStatus[s] }))}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item label={t.plans.kind} htmlFor="plan-filter-kind">
          <Select
            id="plan-filter-kind"
            allowClear
            placeholder={t.common.all}
            value={params.kind}
            onChange={(v: PlanKind | undefined) => update({ kind: v })}
            options={PLAN_KINDS.map((k) => ({ value: k, label: t.planKind[k] }))}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={t.plans.issuingUnit} htmlFor="plan-filter-unit">
          <SearchableTreeSelect
            id="plan-filter-unit"
            allowClear
            placeholder={t.common.all}
            value={params.issuingUnitId}
            onChange={(v: number | undefined) => update({ unit: v })}
            treeData={unitData}
            loading={units.isLoading}
            treeDefaultExpandAll={false}
            popupMatchSelectWidth={false}
            style={{ width: 280 }}
          />
        </Form.Item>
        {hasFilters && (
          <Form.Item>
            <Button onClick={() => setSp(new URLSearchParams())}>{t.common.clearFilters}</Button>
          </Form.Item>
        )}
      </Form>

      <ProblemAlert problem={error} />

      <Table<PlanSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={onTableChange}
        showSorterTooltip={false}
        aria-label={t.plans.table}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.plans.empty} /> }}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          hideOnSinglePage: false,
          showTotal: (total, range) =>
            fmt(t.plans.range, {
              from: formatNumber(range[0], lang),
              to: formatNumber(range[1], lang),
              total: formatNumber(total, lang),
            }),
        }}
        scroll={{ x: 900 }}
      />
    </>
  );
}
