// Pure helpers of the reporting screens: form ↔ API mapping, timeliness, due periods, rates, chart data.
import type { Consolidation, Deadline, Report, ReportInput, ReportItem, ReportState, ReportSummary, TaskProgress } from './types';
import { fmt, formatNumber, type Messages } from '../../i18n';

// ---------------------------------------------------------------- the report form

export const NARRATIVE_KEYS = ['results', 'shortcomings', 'difficulties', 'proposals'] as const;

/** "3 cuộc đối thoại mỗi đơn vị" / "3 cuộc". */
export function targetText(target: NonNullable<ReportItem['target']>, tr: Messages['reports']): string {
  const vars = { quantity: formatNumber(target.quantity), measure: target.measure ?? '' };
  return (target.perUnit ? fmt(tr.targetPerUnit, vars) : fmt(tr.targetTotal, vars)).replace(/\s+/g, ' ').trim();
}

/** A figure being typed: null until the user enters a number (the field then asks for one). */
export type FigureValues = Record<string, number | null | undefined>;

export interface ItemValues {
  taskId: number;
  status: TaskProgress;
  percent: number | null;
  output: string;
  /** Keyed by METRIC code, so the server's "items[0].figures[DIALOGUES]" lands on the field. */
  figures: FigureValues;
}

export interface ReportFormValues {
  items: ItemValues[];
  results: string;
  shortcomings: string;
  difficulties: string;
  proposals: string;
}

export function reportToFormValues(report: Report): ReportFormValues {
  return {
    items: report.items.map((i) => ({
      taskId: i.task.id,
      status: i.status,
      percent: i.percent ?? null,
      output: i.output ?? '',
      figures: Object.fromEntries(i.figures.map((f) => [f.metric, f.value])),
    })),
    results: report.results ?? '',
    shortcomings: report.shortcomings ?? '',
    difficulties: report.difficulties ?? '',
    proposals: report.proposals ?? '',
  };
}

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Form → ReportInput: every task is sent (the server keeps tasks not listed), figures without a value are left out. */
export function formValuesToInput(values: ReportFormValues): ReportInput {
  return {
    items: values.items.map((i) => {
      const figures: Record<string, number> = {};
      for (const [metric, value] of Object.entries(i.figures ?? {})) {
        if (value !== null && value !== undefined) figures[metric] = value;
      }
      return {
        taskId: i.taskId,
        status: i.status,
        percent: i.status === 'DONE' && (i.percent === null || i.percent === undefined) ? 100 : (i.percent ?? null),
        output: blankToNull(i.output),
        figures,
      };
    }),
    results: blankToNull(values.results),
    shortcomings: blankToNull(values.shortcomings),
    difficulties: blankToNull(values.difficulties),
    proposals: blankToNull(values.proposals),
  };
}

/** A figure the API accepts: a whole number from 0 to 10^12. */
export function isValidFigure(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000_000_000;
}

// ---------------------------------------------------------------- states and timeliness

/** Solid colours with white text, all ≥ 4.5:1 on white (antd's presets are not). */
export const STATE_COLORS: Record<ReportState, string> = {
  DRAFT: '#475569',
  AWAITING_APPROVAL: '#92400e',
  SENT: '#1d4ed8',
  ACCEPTED: '#166534',
  RETURNED: '#b91c1c',
};

export type Timeliness = 'ON_TIME' | 'LATE';

/** Whether a report sent on `sentOn` met its due date (civil dates, yyyy-MM-dd compare as text). */
export function timeliness(sentOn: string | null | undefined, dueOn: string | null | undefined): Timeliness | null {
  if (!sentOn || !dueOn) return null;
  return sentOn <= dueOn ? 'ON_TIME' : 'LATE';
}

/** The state groups of "My reports", in the order a unit works through them. */
export const STATE_ORDER: ReportState[] = ['RETURNED', 'DRAFT', 'AWAITING_APPROVAL', 'SENT', 'ACCEPTED'];

export function countByState(reports: ReportSummary[]): Record<ReportState, number> {
  const counts: Record<ReportState, number> = { DRAFT: 0, AWAITING_APPROVAL: 0, SENT: 0, ACCEPTED: 0, RETURNED: 0 };
  for (const r of reports) counts[r.state]++;
  return counts;
}

const reportKey = (scheduleId: number, periodKey: string, unitId: number) => `${scheduleId}|${periodKey}|${unitId}`;

/** The report deadlines that have no report yet (and are not met otherwise): what the unit has to start. */
export function dueWithoutReport(deadlines: Deadline[], reports: ReportSummary[]): Deadline[] {
  const started = new Set(reports.map((r) => reportKey(r.schedule.id, r.periodKey, r.unit.id)));
  return deadlines.filter(
    (d) =>
      d.kind === 'REPORT' &&
      d.schedule &&
      d.period &&
      d.state !== 'MET_ON_TIME' &&
      d.state !== 'MET_LATE' &&
      !started.has(reportKey(d.schedule.id, d.period.key, d.unit.id)),
  );
}

// ---------------------------------------------------------------- rates

/** "3/4 (75%)"-style share; 0 of 0 is shown as 0%. */
export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

export function formatPercent(fraction: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

// ---------------------------------------------------------------- chart data

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The whole the value is part of, for shares (completion); absent for plain quantities. */
  max?: number;
  /** Text shown beside the bar and in the data table. */
  text: string;
}

/** Per unit counted: tasks done out of the tasks it reported on. */
export function completionBars(c: Consolidation, text: (done: number, total: number) => string): Bar[] {
  const byUnit = new Map<number, { label: string; done: number; total: number }>();
  for (const inc of c.included) byUnit.set(inc.unit.id, { label: inc.unit.name, done: 0, total: 0 });
  for (const task of c.tasks) {
    for (const u of task.units) {
      const entry = byUnit.get(u.unit.id) ?? { label: u.unit.name, done: 0, total: 0 };
      entry.total++;
      if (u.status === 'DONE') entry.done++;
      byUnit.set(u.unit.id, entry);
    }
  }
  return [...byUnit.entries()]
    .filter(([, e]) => e.total > 0)
    .map(([id, e]) => ({ key: String(id), label: e.label, value: e.done, max: e.total, text: text(e.done, e.total) }));
}

export interface MetricInfo {
  code: string;
  label: string;
  measure: string | null;
}

/** The province's totals per metric, in the reference list's order; metrics nobody reported are left out. */
export function figureBars(totals: Record<string, number>, metrics: MetricInfo[], format: (n: number) => string): Bar[] {
  const known = metrics.filter((m) => totals[m.code] !== undefined);
  const unknown = Object.keys(totals)
    .filter((code) => !metrics.some((m) => m.code === code))
    .map((code) => ({ code, label: code, measure: null }));
  return [...known, ...unknown].map((m) => ({
    key: m.code,
    label: m.label,
    value: totals[m.code],
    text: `${format(totals[m.code])}${m.measure ? ` ${m.measure}` : ''}`,
  }));
}

/** A bar's length as a share of the longest (or of its own whole), 0–1. */
export function barRatio(bar: Bar, bars: Bar[]): number {
  if (bar.max !== undefined) return share(bar.value, bar.max);
  const longest = Math.max(0, ...bars.map((b) => b.value));
  return share(bar.value, longest);
}
