import { Alert, Button, DatePicker, Form, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAddWorkingDays } from './api';
import { DATE_FORMAT, formatDate, isoWeekday } from '../../components/dates';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Values {
  from: Dayjs | null;
  days: number | null;
}

/** 1 = Monday … 7 = Sunday for a yyyy-MM-dd date. */
const weekdayOf = isoWeekday;

/** "15 working days after 02/03/2026 is Monday, 23/03/2026", over the official calendar. */
export function WorkingDaysHelper() {
  const { t } = useI18n();
  const tc = t.deadlines.calendar;
  const [asked, setAsked] = useState<{ from: string; days: number } | null>(null);
  const result = useAddWorkingDays(asked?.from ?? null, asked?.days ?? null);
  const weekdays = t.deadlines.month.weekdaysLong.split(',');
  const r = result.data;

  return (
    <section aria-labelledby="working-days-helper" className="calendar-helper">
      <Typography.Title level={2} id="working-days-helper" style={{ fontSize: 18 }}>
        {tc.helper}
      </Typography.Title>
      <Typography.Paragraph>{tc.helperIntro}</Typography.Paragraph>
      <Form<Values>
        layout="inline"
        initialValues={{ from: null, days: 15 }}
        onFinish={(v) => v.from && v.days !== null && setAsked({ from: v.from.format('YYYY-MM-DD'), days: v.days })}
      >
        <Form.Item
          name="from"
          label={tc.helperFrom}
          rules={[{ required: true, message: fmt(t.common.requiredSelect, { field: tc.helperFrom.toLowerCase() }) }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="days" label={tc.helperDays} rules={[{ required: true, type: 'number', min: -1000, max: 1000 }]}>
          <InputNumber min={-1000} max={1000} precision={0} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{tc.helperSubmit}</Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {result.error && <ProblemAlert problem={result.error instanceof ApiError ? result.error.problem : { status: 0 }} />}
        {r && (
          <>
            <Typography.Paragraph strong className="helper-result">
              {fmt(tc.helperResult, {
                days: r.days,
                from: formatDate(r.from),
                weekday: weekdays[weekdayOf(r.result) - 1],
                result: formatDate(r.result),
              })}
            </Typography.Paragraph>
            {r.calendarMissingYears.length > 0 && (
              <Alert type="warning" showIcon title={fmt(tc.helperMissing, { years: r.calendarMissingYears.join(', ') })} />
            )}
            {r.provisionalYears.length > 0 && (
              <Alert type="info" showIcon title={fmt(tc.helperProvisional, { years: r.provisionalYears.join(', ') })} />
            )}
          </>
        )}
      </div>
    </section>
  );
}
