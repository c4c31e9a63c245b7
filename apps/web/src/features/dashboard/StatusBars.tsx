import { useId } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import type { Figures, NodeRow } from './api';

/** The four parts of a unit's bar, in drawing order; each has a class (colours live in dashboard.css). */
export function statusParts(f: Figures) {
  const pending = Math.max(0, f.submitted - f.approved);
  return [
    { key: 'approved', value: f.approved },
    { key: 'pending', value: pending },
    { key: 'returned', value: f.returned },
    { key: 'outstanding', value: Math.max(0, f.outstanding - f.returned) },
  ] as const;
}

/** One stacked bar, drawn as SVG rectangles in a 100-wide box that stretches to the row. */
function Bar({ figures, label }: { figures: Figures; label: string }) {
  const total = Math.max(1, figures.expected);
  let x = 0;
  return (
    <svg className="dash-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className="dash-bar__track" x="0" y="0" width="100" height="10" />
      {statusParts(figures).map((part) => {
        const width = (part.value / total) * 100;
        const rect =
          width > 0 ? (
            <rect
              key={part.key}
              className={`dash-bar__part dash-part--${part.key}`}
              x={x}
              y="0"
              width={width}
              height="10"
            />
          ) : null;
        x += width;
        return rect;
      })}
    </svg>
  );
}

/**
 * Submission status by unit as hand-drawn bars: each row names the unit (a
 * drill-down link when there is something below), its bar with a text
 * alternative, and the approved count. The table below the chart carries
 * every figure for those who cannot see it.
 */
export function StatusBars({ rows, linkTo }: { rows: NodeRow[]; linkTo: (row: NodeRow) => string }) {
  const t = useT();
  const titleId = useId();
  const descId = useId();
  return (
    <figure className="dash-chart" aria-labelledby={titleId} aria-describedby={descId}>
      <figcaption>
        <h3 className="subsection-title" id={titleId}>
          {t('dashboard.chart')}
        </h3>
        <p className="muted" id={descId}>
          {t('dashboard.chartDesc')}
        </p>
      </figcaption>
      <ul className="dash-legend" aria-label={t('dashboard.legend')}>
        {(['approved', 'pending', 'returned', 'outstanding'] as const).map((key) => (
          <li key={key}>
            <svg className="dash-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect className={`dash-part--${key}`} x="0" y="0" width="10" height="10" />
            </svg>
            {t(`dashboard.${key}`)}
          </li>
        ))}
      </ul>
      <ul className="dash-bars">
        {rows.map((row) => {
          const parts = Object.fromEntries(statusParts(row.figures).map((p) => [p.key, p.value]));
          const label = t('dashboard.barLabel', {
            name: row.name,
            approved: parts.approved ?? 0,
            pending: parts.pending ?? 0,
            returned: parts.returned ?? 0,
            outstanding: parts.outstanding ?? 0,
            expected: row.figures.expected,
          });
          return (
            <li key={row.id} className="dash-bars__row">
              <span className="dash-bars__name">
                {row.hasChildren ? (
                  <Link to={linkTo(row)} className="strong-link">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </span>
              <Bar figures={row.figures} label={label} />
              <span className="dash-bars__value">
                {t('dashboard.ofExpected', { value: row.figures.approved, total: row.figures.expected })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
