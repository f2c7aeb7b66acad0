import { TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { referenceLabel, useReferenceLists } from '../app/queries';
import type { Assignment, AssignmentRole, Timeframe, UnitGroup } from '../app/types';
import { fmt, formatNumber, useI18n, type Lang, type Messages } from '../i18n';
import { formatDate } from './dates';
import { UnitLink } from './UnitLink';

// How a task's units, groups and timeframe are shown wherever tasks appear: the plan's appendix,
// the import preview, "My tasks" and the coverage view.

/** "II.2", or "2" for a task outside any section. */
export function taskNumber(sectionCode: string | null | undefined, orderNo: number): string {
  return sectionCode ? `${sectionCode}.${orderNo}` : String(orderNo);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "01/04–30/09/2026" within one year, else "01/12/2026–31/01/2027". */
export function formatDateRange(start: string, end: string): string {
  const s = formatDate(start);
  const e = formatDate(end);
  if (start.slice(0, 4) === end.slice(0, 4)) return `${s.slice(0, 5)}–${e}`;
  return `${s}–${e}`;
}

/**
 * The structured reading of a timeframe, e.g. "Quý II, III (01/04–30/09/2026)"; '' when the text was
 * not understood (UNSPECIFIED).
 */
export function timeframeReading(tf: Pick<Timeframe, 'kind' | 'quarters' | 'start' | 'end'>, t: Messages): string {
  const r = t.tasks.timeframeReading;
  const range = tf.start && tf.end ? ` (${formatDateRange(tf.start, tf.end)})` : '';
  switch (tf.kind) {
    case 'WHOLE_YEAR':
      return r.wholeYear + range;
    case 'ONGOING':
      return r.ongoing + range;
    case 'MONTHLY':
      return r.monthly + range;
    case 'QUARTERLY':
      return r.quarterly + range;
    case 'QUARTERS':
      return fmt(r.quarters, { quarters: tf.quarters.map((q) => ROMAN[q - 1] ?? String(q)).join(', ') }) + range;
    case 'DATE': {
      const d = tf.end ?? tf.start;
      return d ? fmt(r.date, { date: formatDate(d) }) : '';
    }
    case 'DATE_RANGE':
      return tf.start && tf.end ? formatDateRange(tf.start, tf.end) : '';
    default:
      return '';
  }
}

/** The timeframe as written, with its reading on a secondary line. */
export function TimeframeCell({ timeframe }: { timeframe: Timeframe }) {
  const { t } = useI18n();
  const reading = timeframeReading(timeframe, t);
  const text = timeframe.text?.trim();
  if (!text && !reading) return <>{t.common.empty}</>;
  return (
    <div className="timeframe-cell">
      {text && <div>{text}</div>}
      {reading && reading !== text && (
        <Typography.Text type="secondary" className="timeframe-reading">
          {reading}
        </Typography.Text>
      )}
    </div>
  );
}

/** A group named instead of a unit ("UBND cấp xã"), as a tag with its label. */
export function GroupTag({ group, fallback }: { group: UnitGroup; fallback?: string }) {
  const refs = useReferenceLists();
  const label = refs.data ? referenceLabel(refs.data, 'unitGroups', group) : (fallback ?? group);
  return (
    <Tag icon={<TeamOutlined aria-hidden />} className="group-tag">
      {label}
    </Tag>
  );
}

/** A name that matched no unit: shown as written, with a warning icon and words saying so. */
export function UnresolvedName({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <span className="assignment-unresolved">
      <WarningOutlined aria-hidden className="assignment-unresolved-icon" />
      <span>{text}</span> <span className="visually-hidden">({t.tasks.unresolved})</span>
    </span>
  );
}

/** One lead or cooperating entry: a unit, a group (tag) or a name as written. */
export function AssignmentItem({ assignment }: { assignment: Assignment }) {
  if (assignment.unit)
    return (
      <span title={assignment.text !== assignment.unit.name ? assignment.text : undefined}>
        <UnitLink unit={assignment.unit} />
      </span>
    );
  if (assignment.group) return <GroupTag group={assignment.group} fallback={assignment.text} />;
  if (!assignment.resolved) return <UnresolvedName text={assignment.text} />;
  return <span>{assignment.text}</span>;
}

/** The lead or cooperating cell: one entry per line. */
export function AssignmentList({ items }: { items: Assignment[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <>{t.common.empty}</>;
  if (items.length === 1) return <AssignmentItem assignment={items[0]} />;
  return (
    <ul className="assignment-list">
      {items.map((a, i) => (
        <li key={i}>
          <AssignmentItem assignment={a} />
        </li>
      ))}
    </ul>
  );
}

// Solid colours with white text, ≥ 4.5:1.
export const ROLE_COLORS: Record<AssignmentRole, string> = {
  LEAD: '#1d4ed8',
  COOPERATING: '#475569',
};

/** "Chủ trì" / "Phối hợp". */
export function RoleTag({ role }: { role: AssignmentRole }) {
  const { t } = useI18n();
  return (
    <Tag variant="solid" color={ROLE_COLORS[role]} style={{ color: '#fff', marginInlineEnd: 0 }}>
      {t.tasks.role[role]}
    </Tag>
  );
}

/** Budget in VND with vi-VN thousands separators: "50.000.000 đ". */
export function formatVnd(amount: number, lang: Lang): string {
  return `${formatNumber(amount, 'vi')}${lang === 'vi' ? ' đ' : ' VND'}`;
}
