import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useCalendarYear, useEveryDeadline } from './api';
import { STATE_ICONS } from './DeadlineStateTag';
import { DeadlineTable, deadlineTitle, totalText } from './DeadlineTable';
import { addMonths, firstDay, isoWeekday, lastDay, monthOf, monthWeeks, moveFocus } from './monthGrid';
import type { DeadlineQuery } from './params';
import { todayInVietnam } from './state';
import type { Deadline } from './types';
import { formatDate } from '../../components/dates';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

const MAX = 500;
const CHIPS_PER_DAY = 3;

interface Props {
  /** The filters of the page (unit, kind, state, plan); the month sets the dates. */
  query: Omit<DeadlineQuery, 'from' | 'to' | 'page' | 'size' | 'sort'>;
  month: string;
  onMonthChange: (month: string) => void;
  onComplete: (d: Deadline) => void;
}

/**
 * The deadlines of a month on a grid of days (Monday first), usable by keyboard: one tab stop, arrow
 * keys between days, Page Up/Down between months, Enter or Space to list a day's deadlines below.
 */
export function MonthView({ query, month, onMonthChange, onComplete }: Props) {
  const { t, lang } = useI18n();
  const tm = t.deadlines.month;
  const today = todayInVietnam();
  const list = useEveryDeadline({ ...query, from: firstDay(month), to: lastDay(month), sort: 'dueOn,asc' }, MAX);
  const calendar = useCalendarYear(Number(month.slice(0, 4)));
  const [selected, setSelected] = useState<string>(() => (monthOf(today) === month ? today : firstDay(month)));
  const [focused, setFocused] = useState<string>(selected);
  const focusAfterRender = useRef(false);
  const gridRef = useRef<HTMLTableElement>(null);

  // A new month (from the buttons or the URL) selects its first day, or today in the current month.
  useEffect(() => {
    if (monthOf(focused) !== month) {
      const day = monthOf(today) === month ? today : firstDay(month);
      setFocused(day);
      setSelected(day);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [month]);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    // after a move into another month, the button appears once the month has changed
    const button = gridRef.current?.querySelector<HTMLButtonElement>(`button[data-date="${focused}"]`);
    if (button) {
      focusAfterRender.current = false;
      button.focus();
    }
  }, [focused, month]);

  const byDay = useMemo(() => {
    const map = new Map<string, Deadline[]>();
    for (const d of list.data?.items ?? []) {
      const day = map.get(d.dueOn) ?? [];
      day.push(d);
      map.set(d.dueOn, day);
    }
    return map;
  }, [list.data]);

  const specialDays = useMemo(() => new Map((calendar.data?.days ?? []).map((d) => [d.date, d])), [calendar.data]);
  const weekdayShort = tm.weekdays.split(',');
  const weekdayLong = tm.weekdaysLong.split(',');
  const [year, monthNo] = month.split('-');

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const next = moveFocus(date, e.key);
    if (!next) return;
    e.preventDefault();
    focusAfterRender.current = true;
    setFocused(next);
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  };

  const dayLabel = (date: string, items: Deadline[]) => {
    const special = specialDays.get(date);
    const overdue = items.filter((d) => d.state === 'OVERDUE').length;
    return [
      `${weekdayLong[isoWeekday(date) - 1]}, ${formatDate(date)}`,
      date === today ? tm.today : null,
      special ? `${special.kind === 'HOLIDAY' ? tm.holiday : tm.makeUp}: ${special.name}` : null,
      fmt(tm.dayCount, { count: items.length }),
      overdue > 0 ? fmt(tm.dayOverdue, { count: overdue }) : null,
    ]
      .filter(Boolean)
      .join('; ');
  };

  const selectedItems = byDay.get(selected) ?? [];
  const error = list.error instanceof ApiError ? list.error.problem : list.error ? { status: 0 } : null;

  return (
    <div className="month-view">
      <div className="month-toolbar">
        <Space wrap>
          <Button icon={<LeftOutlined aria-hidden />} onClick={() => onMonthChange(addMonths(month, -1))}>
            {tm.prev}
          </Button>
          <Button onClick={() => onMonthChange(monthOf(today))} disabled={monthOf(today) === month}>
            {tm.current}
          </Button>
          <Button onClick={() => onMonthChange(addMonths(month, 1))}>
            {tm.next} <RightOutlined aria-hidden />
          </Button>
        </Space>
        <Typography.Text type="secondary" id="month-help">
          {tm.help}
        </Typography.Text>
      </div>
      <ProblemAlert problem={error} />
      {list.data?.truncated && (
        <Alert
          type="warning"
          showIcon
          title={fmt(tm.truncated, { total: totalText(list.data!, t, lang), shown: MAX })}
          style={{ marginBottom: 12 }}
        />
      )}
      <div className="table-scroll">
        <table className="month-grid" ref={gridRef} aria-describedby="month-help" aria-busy={list.isFetching}>
          <caption>{fmt(tm.caption, { month: monthNo, year })}</caption>
          <thead>
            <tr>
              {weekdayShort.map((w, i) => (
                <th key={w} scope="col" abbr={weekdayLong[i]}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, wi) => (
              <tr key={wi}>
                {week.map((date, di) => {
                  if (!date) return <td key={`empty-${di}`} className="month-cell month-cell-outside" />;
                  const items = byDay.get(date) ?? [];
                  const special = specialDays.get(date);
                  const weekend = isoWeekday(date) >= 6;
                  const off = special ? special.kind === 'HOLIDAY' : weekend;
                  const classes = [
                    'month-cell',
                    off ? 'month-cell-off' : '',
                    special?.kind === 'WORKING_DAY' ? 'month-cell-makeup' : '',
                    date === today ? 'month-cell-today' : '',
                    date === selected ? 'month-cell-selected' : '',
                  ].filter(Boolean);
                  return (
                    <td key={date} className={classes.join(' ')}>
                      <button
                        type="button"
                        className="month-day"
                        data-date={date}
                        tabIndex={date === focused ? 0 : -1}
                        aria-pressed={date === selected}
                        aria-label={dayLabel(date, items)}
                        onClick={() => {
                          setSelected(date);
                          setFocused(date);
                        }}
                        onKeyDown={(e) => onKeyDown(e, date)}
                      >
                        <span className="month-day-number" aria-hidden>
                          {Number(date.slice(8))}
                        </span>
                        {special && (
                          <span className="month-day-special" aria-hidden>
                            {special.kind === 'HOLIDAY' ? special.name : tm.makeUp}
                          </span>
                        )}
                        {items.slice(0, CHIPS_PER_DAY).map((d) => (
                          <span key={d.id} className={`month-chip month-chip-${d.state.toLowerCase()}`} aria-hidden>
                            {STATE_ICONS[d.state]} {deadlineTitle(d, t)}
                          </span>
                        ))}
                        {items.length > CHIPS_PER_DAY && (
                          <span className="month-more" aria-hidden>
                            {fmt(tm.more, { n: items.length - CHIPS_PER_DAY })}
                          </span>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="month-selected-title" className="month-selected">
        <span className="visually-hidden" aria-live="polite">
          {list.isFetching
            ? ''
            : `${fmt(tm.selected, { date: formatDate(selected) })}: ${fmt(tm.dayCount, { count: selectedItems.length })}`}
        </span>
        <Typography.Title level={2} id="month-selected-title" style={{ fontSize: 18 }}>
          {fmt(tm.selected, { date: formatDate(selected) })}
        </Typography.Title>
        <DeadlineTable
          items={selectedItems}
          loading={list.isFetching}
          onComplete={onComplete}
          label={fmt(tm.selected, { date: formatDate(selected) })}
          emptyText={tm.noneOnDay}
        />
      </section>
    </div>
  );
}
