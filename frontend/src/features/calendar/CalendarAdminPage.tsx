import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Empty, Select, Skeleton, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCalendarYear, useCalendarYears, useDeleteDay, type CalendarDay, type CalendarDayKind, type CalendarYear } from './api';
import { DayFormDialog } from './DayFormDialog';
import { WorkingDaysHelper } from './WorkingDaysHelper';
import { YearDialog } from './YearDialog';
import { useCurrentUser } from '../../app/queries';
import { formatDate, yearInVietnam } from '../../components/dates';
import { DateText } from '../../components/DateText';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, useI18n } from '../../i18n';
import './calendar.css';

// Solid colours with white text, ≥ 4.5:1.
export const DAY_KIND_COLORS: Record<CalendarDayKind, string> = { HOLIDAY: '#b91c1c', WORKING_DAY: '#1e40af' };
export const YEAR_STATUS_COLORS = { official: '#166534', provisional: '#92400e', unknown: '#475569' } as const;

export function yearStatus(y: Pick<CalendarYear, 'known' | 'provisional'> | undefined): keyof typeof YEAR_STATUS_COLORS {
  if (!y || !y.known) return 'unknown';
  return y.provisional ? 'provisional' : 'official';
}

function currentYear(): number {
  return yearInVietnam();
}

/**
 * "Lịch làm việc": each year's public holidays and make-up working days, whether the year is decided or
 * provisional, and a working-day calculator. Administrators add, change and remove entries; others read.
 */
export default function CalendarAdminPage() {
  const { t } = useI18n();
  const tc = t.deadlines.calendar;
  useDocumentTitle(t.deadlines.calendarTitle);
  const { modal, message } = App.useApp();
  const [sp, setSp] = useSearchParams();
  const me = useCurrentUser();
  const admin = !!me.data?.roles.includes('admin');
  const years = useCalendarYears();
  const requested = Number(sp.get('year'));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : currentYear();
  const detail = useCalendarYear(year);
  const remove = useDeleteDay();
  const [editingDay, setEditingDay] = useState<CalendarDay | null | undefined>(undefined);
  const [editingYear, setEditingYear] = useState<CalendarYear | null | undefined>(undefined);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const weekdays = t.deadlines.month.weekdaysLong.split(',');

  const yearOptions = useMemo(() => {
    const set = new Set<number>((years.data ?? []).map((y) => y.year));
    set.add(year);
    return [...set].sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }));
  }, [years.data, year]);
  const summary = years.data?.find((y) => y.year === year);
  const status = yearStatus(detail.data);

  const confirmDelete = (d: CalendarDay) =>
    modal.confirm({
      title: fmt(tc.confirmDelete, { date: formatDate(d.date) }),
      content: tc.confirmDeleteText,
      okText: t.common.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        setActionError(null);
        try {
          await remove.mutateAsync({ date: d.date, version: d.version });
          message.success(fmt(tc.dayDeleted, { date: formatDate(d.date) }));
        } catch (e) {
          if (e instanceof ApiError) setActionError(e);
          else throw e;
        }
      },
    });

  const columns: TableProps<CalendarDay>['columns'] = [
    { title: tc.date, key: 'date', width: 130, render: (_: unknown, d) => <DateText value={d.date} /> },
    { title: tc.weekday, key: 'weekday', width: 120, render: (_: unknown, d) => weekdays[d.weekday - 1] },
    {
      title: tc.kind,
      key: 'kind',
      width: 180,
      render: (_: unknown, d) => (
        <Tag variant="solid" color={DAY_KIND_COLORS[d.kind]} style={{ color: '#fff' }}>
          {tc.kinds[d.kind]}
        </Tag>
      ),
    },
    { title: tc.name, dataIndex: 'name', key: 'name' },
    ...(admin
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 170,
            render: (_: unknown, d: CalendarDay) => (
              <Space>
                <Button size="small" onClick={() => setEditingDay(d)} aria-label={fmt(tc.editDay, { date: formatDate(d.date) })}>
                  {t.common.edit}
                </Button>
                <Button size="small" danger onClick={() => confirmDelete(d)} aria-label={fmt(tc.deleteDay, { date: formatDate(d.date) })}>
                  {t.common.delete}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const error = detail.error ?? years.error;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1}>{t.deadlines.calendarTitle}</Typography.Title>
        {admin && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditingYear(null)}>
            {tc.addYear}
          </Button>
        )}
      </div>
      <Typography.Paragraph>{tc.intro}</Typography.Paragraph>
      {me.isSuccess && !admin && <Alert type="info" showIcon title={tc.readOnly} style={{ marginBottom: 16 }} />}

      <div className="plan-filters">
        <label htmlFor="calendar-year" className="calendar-year-label">
          {tc.year}
        </label>
        <Select
          id="calendar-year"
          value={year}
          onChange={(v: number) => setSp({ year: String(v) })}
          options={yearOptions}
          loading={years.isLoading}
          style={{ width: 120 }}
        />
      </div>

      {error && <ProblemAlert problem={error instanceof ApiError ? error.problem : { status: 0 }} />}
      {actionError && <ProblemAlert problem={actionError.problem} onClose={() => setActionError(null)} />}

      <section aria-labelledby="calendar-year-title">
        <div className="page-header">
          <Typography.Title level={2} id="calendar-year-title" style={{ fontSize: 20, margin: 0 }}>
            {fmt(tc.entries, { year })}
          </Typography.Title>
          {admin && (
            <Space wrap>
              {detail.data && <Button onClick={() => setEditingYear(detail.data)}>{tc.editYear}</Button>}
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditingDay(null)}>
                {tc.addDay}
              </Button>
            </Space>
          )}
        </div>
        {detail.isPending ? (
          <Skeleton active />
        ) : (
          detail.data && (
            <>
              <Descriptions
                size="small"
                bordered
                column={{ xs: 1, sm: 1, md: 3 }}
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: 'status',
                    label: tc.status,
                    children: (
                      <Tag variant="solid" color={YEAR_STATUS_COLORS[status]} style={{ color: '#fff' }}>
                        {tc[status]}
                      </Tag>
                    ),
                  },
                  {
                    key: 'count',
                    label: tc.counts,
                    children: summary ? fmt(tc.summary, { holidays: summary.holidays, workingDays: summary.workingDays }) : t.common.empty,
                  },
                  { key: 'note', label: tc.note, children: detail.data.note || t.common.empty },
                ]}
              />
              {status === 'unknown' && <Alert type="warning" showIcon title={fmt(tc.unknownText, { year })} style={{ marginBottom: 16 }} />}
              {status === 'provisional' && (
                <Alert type="info" showIcon title={fmt(tc.provisionalText, { year })} style={{ marginBottom: 16 }} />
              )}
              <Table<CalendarDay>
                rowKey="date"
                columns={columns}
                dataSource={detail.data.days}
                aria-label={fmt(tc.entries, { year })}
                pagination={false}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tc.none} /> }}
                scroll={{ x: 700 }}
              />
            </>
          )
        )}
      </section>

      <WorkingDaysHelper />

      {admin && (
        <>
          <DayFormDialog
            day={editingDay}
            year={year}
            onClose={() => setEditingDay(undefined)}
            onSaved={(d, added) => {
              setEditingDay(undefined);
              message.success(fmt(added ? tc.dayAdded : tc.daySaved, { date: formatDate(d.date) }));
              if (Number(d.date.slice(0, 4)) !== year) setSp({ year: d.date.slice(0, 4) });
            }}
          />
          <YearDialog
            year={editingYear}
            onClose={() => setEditingYear(undefined)}
            onSaved={(y) => {
              setEditingYear(undefined);
              message.success(fmt(tc.yearSaved, { year: y.year }));
              setSp({ year: String(y.year) });
            }}
          />
        </>
      )}
    </>
  );
}
