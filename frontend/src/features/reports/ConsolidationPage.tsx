import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  downloadConsolidatedDocument,
  downloadConsolidationSpreadsheet,
  useConsolidation,
  useMetrics,
  useReportSchedules,
  type DocumentOptions,
} from './api';
import { BarChart } from './BarChart';
import { DownloadButton } from './DownloadButton';
import { completionBars, figureBars, formatPercent, NARRATIVE_KEYS, share, targetText, type MetricInfo } from './model';
import { PeriodPicker, usePeriodChoice } from './PlanReportingSection';
import { FigureList } from './ReportView';
import { ReportStateTag, TimelinessTag } from './Tags';
import type { Consolidation, TaskConsolidation } from './types';
import { api, unwrap } from '../../app/api';
import { ButtonLink } from '../../components/ButtonLink';
import { DateText } from '../../components/DateText';
import { NotFound } from '../../components/NotFound';
import { planLabel } from '../../components/PlanFilterSelect';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { taskNumber } from '../../components/TaskCells';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './reports.css';

export default function ConsolidationPage() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <ConsolidationScreen planId={id} />;
}

function ConsolidationScreen({ planId }: { planId: number }) {
  const { t } = useI18n();
  const tr = t.reports;
  const plan = useQuery({
    queryKey: ['plans', 'detail', planId],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: planId } } })),
  });
  const schedules = useReportSchedules(planId);
  const { schedule, period, choose } = usePeriodChoice(schedules.data);
  const consolidation = useConsolidation(planId, schedule?.id, period);
  const periodLabel = consolidation.data?.period.label ?? schedule?.occurrences.find((o) => o.key === period)?.label ?? '';
  const heading = periodLabel ? fmt(tr.consolidationOf, { period: periodLabel }) : tr.consolidationTitle;
  useDocumentTitle(heading);

  if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFound />;
  const error = plan.error ?? schedules.error;
  const forbidden = consolidation.error instanceof ApiError && consolidation.error.status === 403;

  return (
    <article aria-labelledby="consolidation-title">
      <div className="page-header">
        <div>
          {plan.data && (
            <Typography.Text type="secondary">
              <Link to={`/plans/${planId}?tab=reporting`}>{planLabel(plan.data)}</Link>
            </Typography.Text>
          )}
          <Typography.Title level={1} id="consolidation-title" style={{ fontSize: 26 }}>
            {heading}
          </Typography.Title>
        </div>
        <ButtonLink to={`/plans/${planId}?tab=reporting`}>{tr.backToPlan}</ButtonLink>
      </div>
      {error && <ProblemAlert problem={error instanceof ApiError ? error.problem : { status: 0 }} />}
      {schedules.data && schedules.data.length === 0 && <Alert type="info" showIcon title={tr.noSchedules} />}
      {schedules.data && schedules.data.length > 0 && (
        <PeriodPicker schedules={schedules.data} schedule={schedule} period={period} onChange={choose} idPrefix="consolidation" />
      )}
      {forbidden ? (
        <Alert type="info" showIcon title={tr.forbidden} />
      ) : consolidation.error ? (
        <ProblemAlert problem={consolidation.error instanceof ApiError ? consolidation.error.problem : { status: 0 }} />
      ) : consolidation.data ? (
        <ConsolidationView c={consolidation.data} planId={planId} scheduleId={schedule?.id} />
      ) : schedules.isPending || consolidation.isFetching ? (
        <Skeleton active />
      ) : null}
    </article>
  );
}

function ConsolidationView({ c, planId, scheduleId }: { c: Consolidation; planId: number; scheduleId: number | undefined }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const metrics = useMetrics();
  const province = c.scope === 'PROVINCE';
  const completion = completionBars(c, (done, total) =>
    fmt(tr.completionValue, {
      done: formatNumber(done, lang),
      total: formatNumber(total, lang),
      percent: formatPercent(share(done, total), lang),
    }),
  );
  const figures = figureBars(c.totals, metrics, (n) => formatNumber(n, lang));

  return (
    <>
      <Typography.Paragraph className="consolidation-scope">{province ? tr.scopeProvince : tr.scopeLeadUnit}</Typography.Paragraph>

      <div className="form-row" style={{ gap: '0 48px' }}>
        <section className="report-section" aria-labelledby="included-title" style={{ flex: 1, minWidth: 320 }}>
          <Typography.Title level={2} id="included-title">
            {fmt(tr.included, { count: c.included.length })}
          </Typography.Title>
          {c.included.length === 0 ? (
            <Typography.Paragraph>{tr.noneIncluded}</Typography.Paragraph>
          ) : (
            <ul className="plain-list consolidation-included">
              {c.included.map((r) => (
                <li key={r.reportId} style={{ marginBottom: 4 }}>
                  <Link to={`/reports/${r.reportId}`}>{r.unit.name}</Link> <ReportStateTag state={r.state} /> <DateText value={r.sentOn} />{' '}
                  <TimelinessTag sentOn={r.sentOn} dueOn={c.period.dueOn} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="report-section" aria-labelledby="not-included-title" style={{ flex: 1, minWidth: 320 }}>
          <Typography.Title level={2} id="not-included-title">
            {fmt(tr.notIncluded, { count: c.notIncluded.length })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{tr.notIncludedHelp}</Typography.Paragraph>
          {c.notIncluded.length === 0 ? (
            <Typography.Paragraph>{tr.allIncluded}</Typography.Paragraph>
          ) : (
            <ul className="plain-list consolidation-not-included">
              {c.notIncluded.map((u) => (
                <li key={u.id}>
                  <UnitLink unit={u} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="report-section" aria-labelledby="totals-title">
        <Typography.Title level={2} id="totals-title">
          {tr.totals}
        </Typography.Title>
        <TotalsTable totals={c.totals} metrics={metrics} />
      </section>

      <section className="report-section" aria-labelledby="charts-title">
        <Typography.Title level={2} id="charts-title">
          {tr.charts}
        </Typography.Title>
        <div className="form-row" style={{ gap: '0 48px' }}>
          <div style={{ flex: 1, minWidth: 360 }}>
            <BarChart title={tr.chartCompletion} description={tr.chartCompletionDesc} bars={completion} labelHeader={tr.unit} />
          </div>
          <div style={{ flex: 1, minWidth: 360 }}>
            <BarChart title={tr.chartFigures} description={tr.chartFiguresDesc} bars={figures} labelHeader={tr.metric} />
          </div>
        </div>
      </section>

      <section className="report-section" aria-labelledby="tasks-title">
        <Typography.Title level={2} id="tasks-title">
          {tr.byTask}
        </Typography.Title>
        {c.tasks.map((task) => (
          <TaskBlock key={task.task.id} task={task} metrics={metrics} />
        ))}
      </section>

      {province && (
        <section className="report-section report-narrative" aria-labelledby="narratives-title">
          <Typography.Title level={2} id="narratives-title">
            {tr.narratives}
          </Typography.Title>
          {NARRATIVE_KEYS.map((k) => (
            <div key={k}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {tr[k]}
              </Typography.Title>
              {c[k].length === 0 ? (
                <Typography.Paragraph type="secondary">{tr.noNarrative}</Typography.Paragraph>
              ) : (
                c[k].map((e) => (
                  <div key={e.unit.id}>
                    <strong>
                      <UnitLink unit={e.unit} />
                    </strong>
                    <blockquote>{e.text}</blockquote>
                  </div>
                ))
              )}
            </div>
          ))}
        </section>
      )}

      {province && <Documents planId={planId} scheduleId={scheduleId} period={c.period.key} />}
    </>
  );
}

export function TotalsTable({ totals, metrics }: { totals: Record<string, number>; metrics: MetricInfo[] }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const rows = figureBars(totals, metrics, (n) => formatNumber(n, lang));
  if (rows.length === 0) return <Typography.Paragraph>{tr.noFiguresTotal}</Typography.Paragraph>;
  return (
    <table className="report-table consolidation-totals" style={{ maxWidth: 720 }}>
      <caption className="visually-hidden">{tr.totals}</caption>
      <thead>
        <tr>
          <th scope="col">{tr.metric}</th>
          <th scope="col">{tr.measure}</th>
          <th scope="col" className="num">
            {tr.value}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-metric={r.key}>
            <th scope="row">{r.label}</th>
            <td>{metrics.find((m) => m.code === r.key)?.measure ?? ''}</td>
            <td className="num">{formatNumber(r.value, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TaskBlock({ task, metrics }: { task: TaskConsolidation; metrics: MetricInfo[] }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const number = taskNumber(task.task.sectionCode, task.task.orderNo);
  const headingId = `consolidation-task-${task.task.id}`;
  const target = task.target;
  return (
    <section className="report-item" aria-labelledby={headingId} data-task={task.task.id}>
      <Typography.Title level={3} id={headingId}>
        {number}. {task.task.excerpt}
      </Typography.Title>
      <Space wrap className="report-item-meta">
        <span>
          {tr.unitsReported}: {formatNumber(task.units.length, lang)}
        </span>
        <span>
          {tr.doneCount}: {formatNumber(task.done, lang)}
        </span>
        <span>
          {tr.inProgressCount}: {formatNumber(task.inProgress, lang)}
        </span>
        <span>
          {tr.notStartedCount}: {formatNumber(task.notStarted, lang)}
        </span>
      </Space>
      {target && (
        <div className="consolidation-target" style={{ maxWidth: 520, margin: '8px 0' }}>
          <div>
            <strong>{tr.targetProgress}</strong> – {fmt(tr.target, { target: targetText(target.target, tr) })}
          </div>
          <Progress percent={target.percent} aria-label={tr.targetProgress} strokeColor="#1d4ed8" format={(p) => `${p}%`} />
          <div>
            {fmt(tr.targetLine, {
              achieved: formatNumber(target.achieved, lang),
              required: formatNumber(target.required, lang),
              measure: target.target.measure ?? '',
              percent: target.percent,
            })}
            {target.target.perUnit && (
              <>
                {' · '}
                {fmt(tr.targetUnits, { meeting: target.unitsMeeting, expected: target.unitsExpected })}
              </>
            )}
          </div>
        </div>
      )}
      <div>
        <strong>{tr.taskTotals}:</strong> <FigureList figures={task.totals} metrics={metrics} />
      </div>
      {task.units.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {tr.noUnitResults}
        </Typography.Paragraph>
      ) : (
        <div className="table-scroll" style={{ marginTop: 8 }}>
          <table className="report-table">
            <caption className="visually-hidden">
              {tr.unitsOfTask} {number}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr.unit}</th>
                <th scope="col">{tr.status}</th>
                <th scope="col" className="num">
                  {tr.percent}
                </th>
                <th scope="col">{tr.output}</th>
                <th scope="col">{tr.figures}</th>
              </tr>
            </thead>
            <tbody>
              {task.units.map((u) => (
                <tr key={u.unit.id} data-unit={u.unit.code}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    <UnitLink unit={u.unit} />
                  </th>
                  <td>
                    <Tag>{tr.progress[u.status]}</Tag>
                  </td>
                  <td className="num">{u.percent == null ? t.common.empty : `${formatNumber(u.percent, lang)}%`}</td>
                  <td className="multiline">{u.output || t.common.empty}</td>
                  <td>
                    <FigureList figures={u.figures} metrics={metrics} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Documents({ planId, scheduleId, period }: { planId: number; scheduleId: number | undefined; period: string }) {
  const { t } = useI18n();
  const tr = t.reports;
  const [options, setOptions] = useState<DocumentOptions>({});
  const field = (key: keyof DocumentOptions, label: string, max: number) => (
    <Form.Item label={label} htmlFor={`doc-${key}`}>
      <Input
        id={`doc-${key}`}
        maxLength={max}
        value={options[key] ?? ''}
        onChange={(e) => setOptions((o) => ({ ...o, [key]: e.target.value }))}
        style={{ width: key === 'number' ? 120 : 220 }}
      />
    </Form.Item>
  );
  return (
    <section className="report-section" aria-labelledby="documents-title">
      <Typography.Title level={2} id="documents-title">
        {tr.documents}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{tr.documentHelp}</Typography.Paragraph>
      <Form layout="vertical" className="plan-filters" component="div">
        {field('number', tr.documentNumber, 10)}
        {field('signingCapacity', tr.signingCapacity, 100)}
        {field('signerPosition', tr.signerPosition, 100)}
        {field('signerName', tr.signerName, 100)}
      </Form>
      <Space wrap>
        <DownloadButton type="primary" run={() => downloadConsolidatedDocument(planId, scheduleId, period, options)}>
          {tr.downloadConsolidatedDocx}
        </DownloadButton>
        <DownloadButton run={() => downloadConsolidationSpreadsheet(planId, scheduleId, period)}>{tr.downloadXlsx}</DownloadButton>
      </Space>
    </section>
  );
}
