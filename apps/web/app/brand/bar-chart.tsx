import { useId } from 'react';
import { useBrandT } from '../lib/i18n/brand-i18n';

export interface Bar {
  label: string;
  value: number;
  /** The value as read aloud and printed (a number, a duration…). */
  shown: string;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const WIDTH = 480;

/**
 * A horizontal bar chart drawn in SVG (role="img", named by its title, with a spoken summary), followed by the
 * same figures as a table: the table is the equivalent for screen readers and for copying the numbers.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const t = useBrandT();
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const summary = bars.map((bar) => `${bar.label}: ${bar.shown}`).join(', ');
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title>{title}</title>
        <desc id={`${id}-desc`}>{summary || t('brand.insights.noData')}</desc>
        {bars.map((bar, index) => {
          const width = ((WIDTH - LABEL_WIDTH - 60) * bar.value) / max;
          const y = index * ROW;
          return (
            <g key={bar.label} transform={`translate(0 ${y})`}>
              <text x={0} y={ROW / 2 + 5} className="chart-label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={5} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={ROW - 10} className="chart-bar" />
              <text x={LABEL_WIDTH + width + 6} y={ROW / 2 + 5} className="chart-value">
                {bar.shown}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="chart-table">
        <caption className="visually-hidden">{t('brand.insights.tableOf', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('brand.insights.measure')}</th>
            <th scope="col">{t('brand.insights.value')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.shown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
