import { Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { NARRATIVE_KEYS, targetText, type MetricInfo } from './model';
import { ReportStateTag, TimelinessTag } from './Tags';
import type { Report } from './types';
import { formatDate } from '../../components/dates';
import { DateText } from '../../components/DateText';
import { planLabel } from '../../components/PlanFilterSelect';
import { RoleTag, taskNumber } from '../../components/TaskCells';
import { UnitLink } from '../../components/UnitLink';
import { fmt, formatNumber, useI18n } from '../../i18n';

/** The report's facts: unit, plan, period and the days its figures cover, due date, receiver, state, when sent. */
export function ReportHeader({ report }: { report: Report }) {
  const { t } = useI18n();
  const tr = t.reports;
  const p = report.period;
  const items: DescriptionsProps['items'] = [
    { key: 'unit', label: tr.unit, children: <UnitLink unit={report.unit} /> },
    { key: 'plan', label: tr.plan, children: <Link to={`/plans/${report.plan.id}`}>{planLabel(report.plan)}</Link> },
    { key: 'schedule', label: tr.schedule, children: report.schedule.name },
    {
      key: 'period',
      label: tr.periodCovered,
      children: fmt(tr.periodRange, { period: p.label, start: formatDate(p.start), end: formatDate(p.end) }),
    },
    {
      key: 'due',
      label: tr.dueOn,
      children: (
        <>
          <DateText value={p.dueOn} />
          {!p.dueOnWorkingDay && <Typography.Text type="secondary"> ({p.dueNote || tr.dueNotWorkingDay})</Typography.Text>}
        </>
      ),
    },
    { key: 'receiver', label: tr.receivingUnit, children: <UnitLink unit={report.receivingUnit} /> },
    { key: 'state', label: tr.stateColumn, children: <ReportStateTag state={report.state} /> },
    {
      key: 'sent',
      label: tr.sentOn,
      children: report.sentOn ? (
        <span className="report-sent">
          {report.sentOnTime === false
            ? fmt(tr.sentLate, { date: formatDate(report.sentOn), due: formatDate(p.dueOn) })
            : fmt(tr.sentOnTime, { date: formatDate(report.sentOn) })}{' '}
          <TimelinessTag sentOn={report.sentOn} dueOn={p.dueOn} />
        </span>
      ) : (
        tr.notSent
      ),
    },
  ];
  return (
    <section aria-labelledby="report-header">
      <Typography.Title level={2} id="report-header" style={{ fontSize: 18 }}>
        {tr.header}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </section>
  );
}

/** Who did what and when, with the comments and reasons given. */
export function ReportHistory({ report }: { report: Report }) {
  const { t } = useI18n();
  const tr = t.reports;
  return (
    <section className="report-section" aria-labelledby="report-history">
      <Typography.Title level={2} id="report-history">
        {tr.history}
      </Typography.Title>
      {report.history.length === 0 ? (
        <Typography.Paragraph>{tr.historyEmpty}</Typography.Paragraph>
      ) : (
        <ol className="report-history">
          {report.history.map((e, i) => (
            <li key={i}>
              <DateText value={e.at} withTime /> ·{' '}
              <strong>{fmt(tr.historyItem, { who: e.displayName || e.username, action: tr.action[e.action] })}</strong>
              {e.fromState && (
                <Typography.Text type="secondary">
                  {' '}
                  ({fmt(tr.stateChange, { from: tr.state[e.fromState], to: tr.state[e.toState] })})
                </Typography.Text>
              )}
              {e.comment && (
                <p className="report-history-comment">
                  <span className="visually-hidden">{tr.comment}: </span>
                  {e.comment}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Figures as text: "Cuộc đối thoại: 3 cuộc". */
export function FigureList({ figures, metrics }: { figures: Record<string, number>; metrics: MetricInfo[] }) {
  const { t, lang } = useI18n();
  const entries = Object.entries(figures);
  if (entries.length === 0) return <>{t.common.empty}</>;
  const ordered = entries.sort(([a], [b]) => order(metrics, a) - order(metrics, b));
  return (
    <ul className="report-figure-list">
      {ordered.map(([code, value]) => {
        const m = metrics.find((x) => x.code === code);
        return (
          <li key={code} data-metric={code}>
            {m?.label ?? code}: {formatNumber(value, lang)}
            {m?.measure ? ` ${m.measure}` : ''}
          </li>
        );
      })}
    </ul>
  );
}

function order(metrics: MetricInfo[], code: string) {
  const i = metrics.findIndex((m) => m.code === code);
  return i < 0 ? metrics.length : i;
}

/** The report as written, for whoever may not change it (sent, awaiting approval, or another role). */
export function ReportContent({ report, metrics }: { report: Report; metrics: MetricInfo[] }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  return (
    <>
      <section className="report-section" aria-labelledby="report-items">
        <Typography.Title level={2} id="report-items">
          {tr.items}
        </Typography.Title>
        {report.items.length === 0 && <Typography.Paragraph>{tr.noItems}</Typography.Paragraph>}
        <div className="table-scroll">
          {report.items.length > 0 && (
            <table className="report-table">
              <caption className="visually-hidden">{tr.items}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr.taskCol}</th>
                  <th scope="col">{tr.taskRole}</th>
                  <th scope="col">{tr.status}</th>
                  <th scope="col" className="num">
                    {tr.percent}
                  </th>
                  <th scope="col">{tr.output}</th>
                  <th scope="col">{tr.figures}</th>
                </tr>
              </thead>
              <tbody>
                {report.items.map((i) => (
                  <tr key={i.task.id} id={`report-item-${i.task.id}`}>
                    <th scope="row" style={{ fontWeight: 'normal' }}>
                      <strong>{taskNumber(i.task.sectionCode, i.task.orderNo)}</strong> {i.task.excerpt}
                      {i.target && <div className="report-item-meta">{fmt(tr.target, { target: targetText(i.target, tr) })}</div>}
                    </th>
                    <td>
                      <RoleTag role={i.role} />
                    </td>
                    <td>
                      <Tag>{tr.progress[i.status]}</Tag>
                    </td>
                    <td className="num">{i.percent == null ? t.common.empty : `${formatNumber(i.percent, lang)}%`}</td>
                    <td className="multiline">{i.output || t.common.empty}</td>
                    <td>
                      <FigureList figures={Object.fromEntries(i.figures.map((f) => [f.metric, f.value]))} metrics={metrics} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>
      <section className="report-section" aria-labelledby="report-narrative">
        <Typography.Title level={2} id="report-narrative">
          {tr.narrative}
        </Typography.Title>
        {NARRATIVE_KEYS.map((k) => (
          <div key={k}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {tr[k]}
            </Typography.Title>
            <Typography.Paragraph className="multiline">{report[k] || t.common.empty}</Typography.Paragraph>
          </div>
        ))}
      </section>
    </>
  );
}
