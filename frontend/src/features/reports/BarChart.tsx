import { useId } from 'react';
import { barRatio, type Bar } from './model';
import { useI18n } from '../../i18n';

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 150;
const ROW = 30;
const BAR = 18;
const MAX_LABEL = 34;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A horizontal bar chart drawn in SVG (no chart library): a labelled figure whose picture has a text name,
 * and the same data as a table for screen readers and for copying.
 */
export function BarChart({
  title,
  description,
  bars,
  labelHeader,
}: {
  title: string;
  description: string;
  bars: Bar[];
  labelHeader: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  if (bars.length === 0) {
    return (
      <figure className="report-chart" aria-labelledby={titleId}>
        <figcaption>
          <strong id={titleId}>{title}</strong>
        </figcaption>
        <p>{t.reports.chartEmpty}</p>
      </figure>
    );
  }
  const height = bars.length * ROW + 8;
  const track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  return (
    <figure className="report-chart" aria-labelledby={titleId}>
      <figcaption>
        <strong id={titleId}>{title}</strong>
        <span id={descId} className="report-chart-desc">
          {description}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const y = 4 + i * ROW;
          const length = Math.max(b.value > 0 ? 2 : 0, Math.round(barRatio(b, bars) * track));
          return (
            <g key={b.key} data-bar={b.key}>
              <title>{`${b.label}: ${b.text}`}</title>
              <text x={LABEL_WIDTH - 8} y={y + BAR / 2} dominantBaseline="middle" textAnchor="end" fontSize={13} fill="#1f2937">
                {shorten(b.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={track} height={BAR} fill="#e2e8f0" rx={2} />
              <rect x={LABEL_WIDTH} y={y} width={length} height={BAR} fill="#1d4ed8" rx={2} />
              <text x={LABEL_WIDTH + track + 8} y={y + BAR / 2} dominantBaseline="middle" fontSize={13} fill="#1f2937">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="report-chart-data">
        <summary>{t.reports.chartData}</summary>
        <table className="report-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{t.reports.chartValue}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label}</th>
                <td>{b.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
