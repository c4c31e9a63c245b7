import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { useApiData } from '../../components/hooks';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useT } from '../../i18n';
import { reportingApi } from './api';
import { completeness } from './labels';

/** What is missing and what blocks submitting, computed by the server from the school's current data. */
export function ReadinessPanel({ submissionId, reloadKey }: { submissionId: string; reloadKey: number }) {
  const t = useT();
  const data = useApiData(`readiness|${submissionId}|${reloadKey}`, (signal) =>
    reportingApi.readiness(submissionId, signal),
  );
  if (data.error) return <ErrorAlert error={data.error} />;
  if (!data.data) return data.loading ? <Loading /> : null;
  const r = data.data;
  const percent = completeness(r.requiredFilled, r.requiredTotal);
  return (
    <section className="section" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="section-title">
        {t('reporting.readiness')}
      </h2>
      <p className="muted">{t('reporting.readinessLead')}</p>
      <dl className="reporting-stats">
        <div>
          <dt>{t('reporting.pupils')}</dt>
          <dd>{r.pupils}</dd>
        </div>
        <div>
          <dt>{t('reporting.classes')}</dt>
          <dd>{r.classes}</dd>
        </div>
        <div>
          <dt>{t('reporting.staff')}</dt>
          <dd>{r.staff}</dd>
        </div>
        <div>
          <dt>{t('reporting.completeness')}</dt>
          <dd>
            {t('reporting.completenessValue', { percent, filled: r.requiredFilled, total: r.requiredTotal })}
          </dd>
        </div>
        <div>
          <dt>{t('reporting.blocking')}</dt>
          <dd>{r.blockingTotal}</dd>
        </div>
        <div>
          <dt>{t('reporting.warnings')}</dt>
          <dd>{r.warningsTotal}</dd>
        </div>
      </dl>
      {r.missing.length > 0 && (
        <>
          <h3 className="subsection-title">{t('reporting.missing')}</h3>
          <ul className="plain-list">
            {r.missing.map((m) => (
              <li key={`${m.entity}.${m.field}`}>
                {t('reporting.missingValue', {
                  entity: t(`reporting.entity.${m.entity}`),
                  field: m.field,
                  count: m.count,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.blockingTotal === 0 ? (
        <Alert kind="success" title={t('reporting.noBlocking')} />
      ) : (
        <TableWrap label={t('reporting.blockingList')}>
          <table className="table">
            <caption>{t('reporting.blockingList')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.record')}</th>
                <th scope="col">{t('reporting.field')}</th>
                <th scope="col">{t('reporting.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {r.blocking.length === 0 && <EmptyRow colSpan={3}>—</EmptyRow>}
              {r.blocking.map((p) => (
                <tr key={`${p.entity}-${p.recordId}-${p.field}-${p.ruleCode}`}>
                  <td>
                    {t(`reporting.entity.${p.entity}`)} <code>{p.recordLabel ?? ''}</code>
                  </td>
                  <td>{p.field}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {r.blockingTotal > r.blocking.length && (
        <p className="muted">{t('reporting.blockingMore', { count: r.blockingTotal - r.blocking.length })}</p>
      )}
    </section>
  );
}
