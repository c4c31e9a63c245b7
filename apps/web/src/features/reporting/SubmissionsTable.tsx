import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { SubmissionItem } from './api';
import { STATE_TONE } from './labels';

/** Submissions as a table: unit, period, state, when submitted and on time, named reviewers. */
export function SubmissionsTable({
  items,
  label,
  empty,
  showPeriod = false,
  extra,
}: {
  items: SubmissionItem[];
  label: string;
  empty: string;
  showPeriod?: boolean;
  extra?: (item: SubmissionItem) => ReactNode;
}) {
  const t = useT();
  const columns = 5 + (showPeriod ? 1 : 0) + (extra ? 1 : 0);
  return (
    <TableWrap label={label}>
      <table className="table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.unit')}</th>
            {showPeriod && <th scope="col">{t('reporting.period')}</th>}
            <th scope="col">{t('reporting.status')}</th>
            <th scope="col">{t('reporting.submittedAt')}</th>
            <th scope="col">{t('reporting.deadline')}</th>
            <th scope="col">{t('reporting.reviewers')}</th>
            {extra && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && <EmptyRow colSpan={columns}>{empty}</EmptyRow>}
          {items.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/reporting/submissions/${s.id}`} className="strong-link">
                  {s.unitName}
                </Link>
                <div className="muted">
                  <code>{s.unitCode}</code>
                </div>
              </td>
              {showPeriod && <td>{s.periodName}</td>}
              <td>
                <Badge tone={STATE_TONE[s.state]}>{t(`reporting.state.${s.state}`)}</Badge>
                {s.version > 0 && (
                  <div className="muted">{t('reporting.versionValue', { version: s.version })}</div>
                )}
              </td>
              <td className="nowrap">
                {s.lastSubmittedAt ? formatDateTime(s.lastSubmittedAt) : '—'}
                {s.onTime !== null && (
                  <div>
                    <Badge tone={s.onTime ? 'success' : 'danger'}>
                      {s.onTime ? t('reporting.onTime') : t('reporting.late')}
                    </Badge>
                  </div>
                )}
              </td>
              <td className="nowrap">
                {formatDate(s.deadlineAt)}
                {s.exceptionUntil && (
                  <div className="muted">
                    {t('reporting.exceptionUntil', { date: formatDate(s.exceptionUntil) })}
                  </div>
                )}
              </td>
              <td>
                {s.reviewers ?? <span className="muted">{t('reporting.anyReviewer')}</span>}
                {s.assignedToMe && (
                  <div>
                    <Badge tone="info">{t('reporting.assignedToMe')}</Badge>
                  </div>
                )}
              </td>
              {extra && <td>{extra(s)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
