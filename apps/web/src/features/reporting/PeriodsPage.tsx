import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { reportingApi } from './api';
import { PeriodFormDialog } from './PeriodFormDialog';

const STATUS_TONE = { draft: 'neutral', open: 'info', closed: 'success' } as const;

export function PeriodsPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const periods = useApiData('periods', (signal) => reportingApi.periods(signal));
  return (
    <>
      <PageHeader
        title={t('reporting.periodsTitle')}
        description={t('reporting.periodsLead')}
        actions={
          can('reporting.manage') ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('reporting.createPeriod')}
            </button>
          ) : null
        }
      />
      {periods.error ? <ErrorAlert error={periods.error} /> : null}
      {!periods.data ? (
        periods.loading && <Loading />
      ) : periods.data.items.length === 0 ? (
        <Alert kind="info" title={t('reporting.noPeriods')} />
      ) : (
        <TableWrap label={t('reporting.periodsTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t('reporting.periodsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.periodName')}</th>
                <th scope="col">{t('reporting.kind')}</th>
                <th scope="col">{t('reporting.deadline')}</th>
                <th scope="col">{t('reporting.status')}</th>
                <th scope="col">{t('reporting.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.data.items.length === 0 && <EmptyRow colSpan={5}>{t('reporting.noPeriods')}</EmptyRow>}
              {periods.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/reporting/periods/${p.id}`} className="strong-link">
                      {p.name}
                    </Link>
                    <div className="muted">{p.rootUnitName}</div>
                  </td>
                  <td>
                    {t(`reporting.kind.${p.kind}`)}
                    {p.schoolYearCode ? ` ${p.schoolYearCode}` : ''}
                  </td>
                  <td className="nowrap">{formatDate(p.deadlineAt)}</td>
                  <td>
                    <Badge tone={STATUS_TONE[p.status]}>{t(`reporting.status.${p.status}`)}</Badge>
                  </td>
                  <td className="nowrap">
                    {t('reporting.progressValue', {
                      done: p.counts.expected - p.counts.notSubmitted,
                      expected: p.counts.expected,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {creating && (
        <PeriodFormDialog
          onClose={() => setCreating(false)}
          onSaved={(created) => navigate(`/reporting/periods/${created.id}`)}
        />
      )}
    </>
  );
}
