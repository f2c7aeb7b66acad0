import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRemindMissing, useReportingRates, useReportSchedules } from './api';
import { formatPercent, share } from './model';
import { ReportStateTag, TimelinessTag } from './Tags';
import type { RateTotals, ReminderResult, ReportPeriod, ReportSchedule, ReportState, UnitRate } from './types';
import { todayInVietnam, useWorkflow } from './workflow';
import type { Plan } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { formatDate } from '../../components/dates';
import { DateText } from '../../components/DateText';
import { ApiError, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './reports.css';

/** The period to show first: the next one due (or due today), else the last of the year. */
export function defaultPeriod(periods: ReportPeriod[], today = todayInVietnam()): string | undefined {
  return (periods.find((p) => p.dueOn >= today) ?? periods[periods.length - 1])?.key;
}

/** Reads ?schedule=&period= (kept in the URL so a link or Back returns to the same period), with defaults. */
export function usePeriodChoice(schedules: ReportSchedule[] | undefined) {
  const [sp, setSp] = useSearchParams();
  const requested = Number(sp.get('schedule'));
  const schedule = schedules?.find((s) => s.id === requested) ?? schedules?.[0];
  const wanted = sp.get('period');
  const period = schedule?.occurrences.find((o) => o.key === wanted)?.key ?? (schedule ? defaultPeriod(schedule.occurrences) : undefined);
  const choose = (patch: { schedule?: number; period?: string }) => {
    const next = new URLSearchParams(sp);
    if (patch.schedule !== undefined) {
      next.set('schedule', String(patch.schedule));
      next.delete('period');
    }
    if (patch.period !== undefined) next.set('period', patch.period);
    setSp(next, { replace: true });
  };
  return { schedule, period, choose };
}

/** The schedule and period pickers shared by the monitor and the consolidation. */
export function PeriodPicker({
  schedules,
  schedule,
  period,
  onChange,
  idPrefix,
}: {
  schedules: ReportSchedule[];
  schedule: ReportSchedule | undefined;
  period: string | undefined;
  onChange: (patch: { schedule?: number; period?: string }) => void;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const tr = t.reports;
  return (
    <Form layout="vertical" className="plan-filters" component="div">
      {schedules.length > 1 && (
        <Form.Item label={tr.chooseSchedule} htmlFor={`${idPrefix}-schedule`}>
          <Select
            id={`${idPrefix}-schedule`}
            value={schedule?.id}
            onChange={(v: number) => onChange({ schedule: v })}
            options={schedules.map((s) => ({ value: s.id, label: s.name }))}
            popupMatchSelectWidth={false}
            style={{ width: 280 }}
          />
        </Form.Item>
      )}
      <Form.Item label={tr.choosePeriod} htmlFor={`${idPrefix}-period`}>
        <Select
          id={`${idPrefix}-period`}
          value={period}
          onChange={(v: string) => onChange({ period: v })}
          options={(schedule?.occurrences ?? []).map((o) => ({
            value: o.key,
            label: fmt(tr.periodOption, { label: o.label, due: formatDate(o.dueOn) }),
          }))}
          popupMatchSelectWidth={false}
          style={{ width: 260 }}
        />
      </Form.Item>
    </Form>
  );
}

/** The coordinator's monitor of an issued plan: who has reported for a period, reminders, accept or return. */
export function PlanReportingSection({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const tr = t.reports;
  const schedules = useReportSchedules(plan.id);
  const { schedule, period, choose } = usePeriodChoice(schedules.data);
  const rates = useReportingRates(plan.id, schedule?.id, period);

  if (schedules.isPending) return <Skeleton active />;
  if (schedules.error) return <ProblemAlert problem={schedules.error instanceof ApiError ? schedules.error.problem : { status: 0 }} />;
  if (schedules.data.length === 0) return <Alert type="info" showIcon title={tr.noSchedules} style={{ marginTop: 16 }} />;

  const forbidden = rates.error instanceof ApiError && rates.error.status === 403;
  return (
    <section aria-labelledby="reporting-title" style={{ marginTop: 8 }}>
      <Typography.Title level={2} id="reporting-title" style={{ fontSize: 20 }}>
        {tr.rates}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{tr.monitorIntro}</Typography.Paragraph>
      <PeriodPicker schedules={schedules.data} schedule={schedule} period={period} onChange={choose} idPrefix="reporting" />
      {forbidden ? (
        <Alert type="info" showIcon title={tr.monitorForbidden} />
      ) : rates.error ? (
        <ProblemAlert problem={rates.error instanceof ApiError ? rates.error.problem : { status: 0 }} />
      ) : !rates.data ? (
        <Skeleton active />
      ) : (
        <RatesView planId={plan.id} scheduleId={schedule!.id} rates={rates.data} />
      )}
    </section>
  );
}

function RatesView({
  planId,
  scheduleId,
  rates,
}: {
  planId: number;
  scheduleId: number;
  rates: NonNullable<ReturnType<typeof useReportingRates>['data']>;
}) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const { message } = App.useApp();
  const remind = useRemindMissing(planId);
  const qc = useQueryClient();
  // a refused step (the report changed meanwhile) offers to read the rates again
  const workflow = useWorkflow({ onReload: () => void qc.invalidateQueries({ queryKey: ['reports', 'rates', planId] }) });
  const [reminded, setReminded] = useState<{ text: string; result: ReminderResult } | null>(null);
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const period = rates.period;
  const totals = rates.totals;

  const doRemind = async () => {
    setProblem(null);
    try {
      const r = await remind.mutateAsync({ scheduleId, period: period.key });
      const text =
        r.units.length === 0
          ? tr.remindedNone
          : fmt(tr.reminded, { units: formatNumber(r.units.length, lang), emails: formatNumber(r.emails, lang) });
      setReminded({ text, result: r });
      message.success(text);
    } catch (e) {
      if (e instanceof ApiError) setProblem(e.problem);
      else throw e;
    }
  };

  return (
    <>
      {workflow.ui}
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <RateSummary totals={totals} caption={fmt(tr.ratesTotals, { period: period.label })} />

      <div className="table-scroll">
        <table className="report-table report-rates-table">
          <caption className="visually-hidden">{fmt(tr.ratesTable, { period: period.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.unit}</th>
              <th scope="col">{tr.dueOn}</th>
              <th scope="col">{tr.reportState}</th>
              <th scope="col">{tr.sentOn}</th>
              <th scope="col">{tr.timeliness}</th>
              <th scope="col">{t.common.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rates.units.map((u) => (
              <UnitRateRow
                key={u.unit.id}
                rate={u}
                periodLabel={period.label}
                onAct={(action) => workflow.start(action, { id: u.reportId!, unitName: u.unit.name, periodLabel: period.label })}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {tr.total} ({formatNumber(totals.expected, lang)})
              </th>
              <td />
              <td>
                {tr.sent}: {formatNumber(totals.sent, lang)} · {tr.acceptedCount}: {formatNumber(totals.accepted, lang)}
              </td>
              <td />
              <td>
                {tr.onTime}: {formatNumber(totals.sentOnTime, lang)}
              </td>
              <td>
                {tr.missing}: {formatNumber(totals.missing, lang)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      <section className="report-section" aria-labelledby="missing-units">
        <Typography.Title level={3} id="missing-units" style={{ fontSize: 16 }}>
          {fmt(tr.missingUnits, { count: rates.missingUnits.length })}
        </Typography.Title>
        {rates.missingUnits.length === 0 ? (
          <Typography.Paragraph>{tr.noMissing}</Typography.Paragraph>
        ) : (
          <>
            <ul className="plain-list report-missing-list">
              {rates.missingUnits.map((u) => {
                const rate = rates.units.find((x) => x.unit.id === u.id);
                return (
                  <li key={u.id}>
                    <UnitLink unit={u} />
                    {rate?.overdue && (
                      <>
                        {' '}
                        <Tag variant="solid" color="#b91c1c" style={{ color: '#fff' }}>
                          {tr.overdue}
                        </Tag>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
            <Space wrap style={{ marginTop: 12 }}>
              <Button icon={<BellOutlined aria-hidden />} onClick={doRemind} loading={remind.isPending}>
                {tr.remind}
              </Button>
            </Space>
          </>
        )}
        {/* who was reminded, as the server answers it (the list may have changed since it was shown) */}
        <div aria-live="polite" style={{ marginTop: 8 }}>
          {reminded && <p className="report-reminded">{reminded.text}</p>}
          {reminded && reminded.result.units.length > 0 && (
            <ul className="plain-list" aria-label={tr.remindedUnits}>
              {reminded.result.units.map((u) => (
                <li key={u.id}>
                  <UnitLink unit={u} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <ButtonLink type="primary" to={`/plans/${planId}/consolidation?schedule=${scheduleId}&period=${encodeURIComponent(period.key)}`}>
        {tr.toConsolidation}
      </ButtonLink>
    </>
  );
}

/** The totals of a period: expected, sent, on time, accepted, returned, missing, each with its share. */
export function RateSummary({ totals, caption }: { totals: RateTotals; caption: string }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const rows: [string, string, number][] = [
    ['expected', tr.expected, totals.expected],
    ['sent', tr.sent, totals.sent],
    ['sentOnTime', tr.sentOnTimeCount, totals.sentOnTime],
    ['accepted', tr.acceptedCount, totals.accepted],
    ['returned', tr.returnedCount, totals.returned],
    ['missing', tr.missing, totals.missing],
  ];
  return (
    <table className="report-table report-rate-totals" style={{ maxWidth: 480, marginBottom: 16 }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, marginBottom: 4 }}>{caption}</caption>
      <tbody>
        {rows.map(([key, label, value]) => (
          <tr key={key} data-rate={key}>
            <th scope="row">{label}</th>
            <td className="num">
              {key === 'expected'
                ? formatNumber(value, lang)
                : fmt(tr.ratio, {
                    count: formatNumber(value, lang),
                    total: formatNumber(totals.expected, lang),
                    percent: formatPercent(share(value, totals.expected), lang),
                  })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitRateRow({ rate, periodLabel, onAct }: { rate: UnitRate; periodLabel: string; onAct: (action: 'accept' | 'return') => void }) {
  const { t } = useI18n();
  const tr = t.reports;
  // the receiving coordinators see a report once it has been sent (a returned one stays visible)
  const visible = !!rate.reportId && !!rate.sentOn;
  return (
    <tr data-unit={rate.unit.code}>
      <th scope="row" style={{ fontWeight: 'normal' }}>
        <UnitLink unit={rate.unit} />
      </th>
      <td>
        <DateText value={rate.dueOn} />
      </td>
      <td>
        {rate.reportState ? <ReportStateTag state={rate.reportState as ReportState} /> : <Tag>{tr.notStarted}</Tag>}
        {rate.overdue && (
          <>
            {' '}
            <Tag variant="solid" color="#b91c1c" style={{ color: '#fff' }}>
              {tr.overdue}
            </Tag>
          </>
        )}
      </td>
      <td>{rate.sentOn ? <DateText value={rate.sentOn} /> : t.common.empty}</td>
      <td>{rate.sent ? <TimelinessTag sentOn={rate.sentOn} dueOn={rate.dueOn} /> : t.common.empty}</td>
      <td>
        <Space wrap size="small">
          {visible && (
            <Link to={`/reports/${rate.reportId}`} aria-label={fmt(tr.openReport, { period: periodLabel, unit: rate.unit.name })}>
              {tr.open}
            </Link>
          )}
          {rate.reportState === 'SENT' && (
            <>
              <Button size="small" type="primary" onClick={() => onAct('accept')} aria-label={`${tr.action.ACCEPT} – ${rate.unit.name}`}>
                {tr.action.ACCEPT}
              </Button>
              <Button size="small" danger onClick={() => onAct('return')} aria-label={`${tr.action.RETURN} – ${rate.unit.name}`}>
                {tr.action.RETURN}
              </Button>
            </>
          )}
        </Space>
      </td>
    </tr>
  );
}
