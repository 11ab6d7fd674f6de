import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 640;
const ROW = 46;
const BAR_HEIGHT = 18;
const VALUE_ROOM = 60;

/**
 * A horizontal bar chart that says everything in text too: each bar carries its label and its
 * number, the SVG's description lists them for screen readers, and a table gives the same
 * figures for anyone who prefers one.
 */
export function BarChart({ title, bars, unit = 'cases' }: { title: string; bars: Bar[]; unit?: string }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const description = bars.map((b) => `${b.label}: ${b.value}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p>Nothing to show yet.</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          {bars.map((b, i) => {
            const y = i * ROW;
            const barWidth = ((WIDTH - VALUE_ROOM) * b.value) / max;
            return (
              <g key={b.label}>
                <text x={0} y={y + 16} className="chart-label">
                  {b.label}
                </text>
                <rect x={0} y={y + 22} width={barWidth} height={BAR_HEIGHT} className="chart-bar" />
                <text x={barWidth + 8} y={y + 36} className="chart-value">
                  {b.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {bars.length > 0 && (
        <details>
          <summary>Show “{title}” as a table</summary>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col" className="numeric">
                  Number of {unit}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.label}</th>
                  <td className="numeric">{b.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
