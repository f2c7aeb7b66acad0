import { Button, Empty, Table, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { DeadlineStateTag } from './DeadlineStateTag';
import { DueDate } from './DueDate';
import { timeLeftText, todayInVietnam } from './state';
import type { Deadline } from './types';
import { formatDate } from '../../components/dates';
import { taskNumber } from '../../components/TaskCells';
import { UnitLink } from '../../components/UnitLink';
import { fmt, formatNumber, useI18n, type Lang, type Messages } from '../../i18n';

/** "plan:42" → 42: the implementing plan that met an implementing-plan deadline. */
export function metPlanId(metRef: string | null): number | undefined {
  const m = /^plan:(\d+)$/.exec(metRef ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A short name for what is due: "Báo cáo Quý I/2026", "Nhiệm vụ II.2", "Ban hành kế hoạch triển khai". */
export function deadlineTitle(d: Deadline, t: ReturnType<typeof useI18n>['t']): string {
  const w = t.deadlines.what;
  switch (d.kind) {
    case 'IMPLEMENTING_PLAN':
      return w.implementingShort;
    case 'REPORT':
      return fmt(w.report, { period: d.period?.label ?? '' }).trim();
    case 'TASK':
      return d.task ? fmt(w.task, { number: taskNumber(d.task.sectionCode, d.task.orderNo) }) : t.deadlines.kind.TASK;
  }
}

/** What is due, from which plan (a link), with the task or period it comes from. */
export function DeadlineWhat({ d }: { d: Deadline }) {
  const { t } = useI18n();
  const w = t.deadlines.what;
  const implementing = metPlanId(d.metRef);
  return (
    <div className="deadline-what">
      <div className="deadline-what-title">
        {d.kind === 'TASK' && d.task ? (
          <Link to={`/plans/${d.plan.id}?tab=appendix#task-${d.task.id}`}>{deadlineTitle(d, t)}</Link>
        ) : (
          deadlineTitle(d, t)
        )}
        {d.kind === 'TASK' && d.period && <span> · {d.period.label}</span>}
        {d.kind === 'REPORT' && d.schedule && <span> · {d.schedule.name}</span>}
      </div>
      {d.kind === 'TASK' && d.task && <div className="deadline-excerpt">{d.task.excerpt}</div>}
      {d.kind === 'REPORT' && d.period && (
        <div className="deadline-meta">{fmt(w.figures, { from: formatDate(d.period.start), to: formatDate(d.period.end) })}</div>
      )}
      <div className="deadline-meta">
        <Link to={`/plans/${d.plan.id}`}>{[d.plan.number, d.plan.title].filter(Boolean).join(' – ')}</Link>
      </div>
      {implementing !== undefined && (
        <div className="deadline-meta">
          <Link to={`/plans/${implementing}`}>{w.metBy}</Link>
        </div>
      )}
      {d.output && <div className="deadline-meta multiline">{fmt(w.output, { output: d.output })}</div>}
      {d.warnings.map((warning) => (
        <div key={warning} className="deadline-warning">
          {warning}
        </div>
      ))}
    </div>
  );
}

export function TimeLeft({ d }: { d: Deadline }) {
  const { t } = useI18n();
  return <span className={`time-left time-left-${d.state.toLowerCase()}`}>{timeLeftText(d, t, todayInVietnam())}</span>;
}

interface Props {
  items: Deadline[];
  loading?: boolean;
  /** Server-side paging and sorting; without it the table pages the items itself. */
  paging?: {
    page: number; // 0-based
    size: number;
    total: number;
    /** False when the server counted up to its cap and `total` is a lower bound. */
    totalExact?: boolean;
    sort: string;
    onChange: (patch: { sort: string | undefined } | { page: number; size?: number }) => void;
    /** "1–20 of 345 deadlines"; `total` is already worded ("more than 1,000" when not exact). */
    rangeText: (from: number, to: number, total: string) => string;
  };
  onComplete?: (d: Deadline) => void;
  label: string;
  emptyText?: string;
}

/** A page's total as words: "345", or "more than 1,000" when the server's count stopped at its cap. */
export function totalText(page: { total: number; totalExact?: boolean }, t: Messages, lang: Lang): string {
  const n = formatNumber(page.total, lang);
  return page.totalExact === false ? fmt(t.deadlines.moreThan, { n }) : n;
}

/** Deadlines in a table: state, due date, time left, kind, what (plan, task or period), unit, action. */
export function DeadlineTable({ items, loading, paging, onComplete, label, emptyText }: Props) {
  const { t, lang } = useI18n();
  const tc = t.deadlines.col;
  const [sortField, sortDir] = (paging?.sort ?? '').split(',');
  const sortOrder = (field: string) =>
    paging && sortField === field ? (sortDir === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
  const sortable = (field: string) => (paging ? { sorter: true, sortOrder: sortOrder(field), key: field } : { key: field });

  const columns: TableProps<Deadline>['columns'] = [
    { title: tc.state, width: 160, render: (_: unknown, d) => <DeadlineStateTag state={d.state} />, key: 'state' },
    {
      title: tc.due,
      width: 130,
      ...sortable('dueOn'),
      render: (_: unknown, d) => <DueDate dueOn={d.dueOn} workingDay={d.dueOnWorkingDay} note={d.dueNote} />,
    },
    { title: tc.left, width: 170, key: 'left', render: (_: unknown, d) => <TimeLeft d={d} /> },
    { title: tc.kind, width: 150, ...sortable('kind'), render: (_: unknown, d) => t.deadlines.kind[d.kind] },
    { title: tc.what, key: 'what', render: (_: unknown, d) => <DeadlineWhat d={d} /> },
    { title: tc.unit, width: 200, ...sortable('unit'), render: (_: unknown, d) => <UnitLink unit={d.unit} /> },
    ...(onComplete
      ? [
          {
            title: tc.actions,
            key: 'actions',
            width: 150,
            render: (_: unknown, d: Deadline) =>
              d.canComplete ? (
                <Button
                  size="small"
                  onClick={() => onComplete(d)}
                  aria-label={fmt(t.deadlines.complete.actionFor, {
                    what: `${deadlineTitle(d, t)} (${formatDate(d.dueOn)}, ${d.unit.name})`,
                  })}
                >
                  {t.deadlines.complete.action}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const onChange: TableProps<Deadline>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (!paging) return;
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Deadline>;
      const field = typeof s.columnKey === 'string' ? s.columnKey : undefined;
      paging.onChange({ sort: s.order && field ? `${field},${s.order === 'ascend' ? 'asc' : 'desc'}` : undefined });
      return;
    }
    paging.onChange({ page: (pagination.current ?? 1) - 1, size: pagination.pageSize });
  };

  return (
    <Table<Deadline>
      rowKey="id"
      className="deadline-table"
      columns={columns}
      dataSource={items}
      loading={loading}
      aria-label={label}
      rowClassName={(d) => `deadline-row deadline-row-${d.state.toLowerCase()}`}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t.deadlines.empty} /> }}
      onChange={onChange}
      pagination={
        paging
          ? {
              current: paging.page + 1,
              pageSize: paging.size,
              // a lower bound leaves the next page reachable
              total: paging.totalExact === false ? paging.total + paging.size : paging.total,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (_total, range) => paging.rangeText(range[0], range[1], totalText(paging, t, lang)),
            }
          : { pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }
      }
      scroll={{ x: 1100 }}
    />
  );
}
