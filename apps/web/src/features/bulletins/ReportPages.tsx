import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { downloadBlob } from '../../components/download';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { bulletinsApi, type Counts } from './api';
import { ackPercent, percentText, SEVERITY_TONE } from './labels';

/** The unit a report is about: ?unitId=…, else the user's own unit. */
function useReportUnit(): [string, (unitId: string) => void] {
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') || session.user?.unitId || '';
  return [unitId, (next) => setParams(next ? { unitId: next } : {})];
}

function ReportUnitPicker({ unitId, onChange }: { unitId: string; onChange: (unitId: string) => void }) {
  const t = useT();
  const units = useUnitList();
  if (!units.data) return units.error ? <ErrorAlert error={units.error} /> : null;
  return (
    <div className="toolbar">
      <UnitPicker label={t('bulletins.report.unit')} units={units.data} value={unitId} onChange={onChange} />
    </div>
  );
}

function RateCell({ counts, ack }: { counts: Counts; ack: boolean }) {
  const t = useT();
  const done = ack ? counts.acknowledged : counts.read;
  const rate = percentText(ackPercent(done, counts.recipients));
  return (
    <td className="nowrap">
      <span className="bulletin-rate">{rate ?? '—'}</span>{' '}
      <span className="muted">{t('bulletins.fraction', { part: done, whole: counts.recipients })}</span>
    </td>
  );
}

/** Bulletins that reached a unit's subtree, with how many there have read and acknowledged. */
export function ReceivedPage() {
  const t = useT();
  const [unitId, setUnitId] = useReportUnit();
  const [page, setPage] = useState(1);
  const received = useApiData(unitId ? `bulletins-received|${unitId}|${page}` : null, (signal) =>
    bulletinsApi.received(unitId, page, signal),
  );
  return (
    <>
      <PageHeader title={t('bulletins.received.title')} description={t('bulletins.received.lead')} />
      <ReportUnitPicker
        unitId={unitId}
        onChange={(next) => {
          setUnitId(next);
          setPage(1);
        }}
      />
      {received.error ? <ErrorAlert error={received.error} /> : null}
      {!received.data ? (
        received.loading && <Loading />
      ) : (
        <>
          <TableWrap label={t('bulletins.received.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('bulletins.received.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bulletins.col.title')}</th>
                  <th scope="col">{t('bulletins.col.published')}</th>
                  <th scope="col">{t('bulletins.report.col.read')}</th>
                  <th scope="col">{t('bulletins.report.col.acknowledged')}</th>
                </tr>
              </thead>
              <tbody>
                {received.data.items.length === 0 && (
                  <EmptyRow colSpan={4}>{t('bulletins.received.empty')}</EmptyRow>
                )}
                {received.data.items.map((b) => (
                  <tr key={b.id}>
                    <td>
                      <Link
                        to={`/bulletins/received/${b.id}?unitId=${encodeURIComponent(unitId)}`}
                        className="strong-link"
                      >
                        {b.title}
                      </Link>
                      <div className="bulletin-card__meta">
                        <Badge tone={SEVERITY_TONE[b.severity]}>
                          {t(`bulletins.severity.${b.severity}`)}
                        </Badge>
                        <span className="muted">
                          {t(`bulletins.kind.${b.kind}`)} · {b.unitName}
                        </span>
                        {b.status === 'archived' && (
                          <Badge tone="neutral">{t('bulletins.status.archived')}</Badge>
                        )}
                      </div>
                    </td>
                    <td className="nowrap">
                      {formatDateTime(b.publishedAt)}
                      {b.requiresAck && b.ackDeadline && (
                        <div className="muted">
                          {t('bulletins.deadline', { date: formatDateTime(b.ackDeadline) })}
                        </div>
                      )}
                    </td>
                    <RateCell counts={b} ack={false} />
                    {b.requiresAck ? (
                      <RateCell counts={b} ack />
                    ) : (
                      <td className="muted">{t('bulletins.noAck')}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={page} pageSize={50} total={received.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

/** One bulletin in one unit: counts per child unit (drill down), and who has not acknowledged. */
export function BulletinReportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [unitId, setUnitId] = useReportUnit();
  const [page, setPage] = useState(1);
  const report = useApiData(unitId ? `bulletin-report|${id}|${unitId}` : null, (signal) =>
    bulletinsApi.report(id, unitId, signal),
  );
  const ack = report.data?.bulletin.requiresAck ?? false;
  const pending = useApiData(ack ? `bulletin-pending|${id}|${unitId}|${page}` : null, (signal) =>
    bulletinsApi.pending(id, unitId, page, signal),
  );
  const download = useAction(async () => {
    const file = await bulletinsApi.pendingXlsx(id, unitId);
    downloadBlob(file.blob, file.filename ?? 'chua-xac-nhan.xlsx');
  });
  const root = report.data?.rows[0];
  const drill = (next: string) => {
    setUnitId(next);
    setPage(1);
  };

  return (
    <>
      <p>
        <Link to={`/bulletins/received?unitId=${encodeURIComponent(unitId)}`}>
          {t('bulletins.backToReceived')}
        </Link>
      </p>
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {!report.data ? (
        report.loading && <Loading />
      ) : (
        <>
          <PageHeader
            title={report.data.bulletin.title}
            description={t('bulletins.report.lead', { unit: root?.unitName ?? '' })}
          />
          <div className="bulletin-card__meta">
            <Badge tone={SEVERITY_TONE[report.data.bulletin.severity]}>
              {t(`bulletins.severity.${report.data.bulletin.severity}`)}
            </Badge>
            <span>{formatDateTime(report.data.bulletin.publishedAt)}</span>
            {report.data.bulletin.ackDeadline && (
              <span>
                {t('bulletins.deadline', { date: formatDateTime(report.data.bulletin.ackDeadline) })}
              </span>
            )}
          </div>
          {root?.parentId && (
            <p>
              <button type="button" className="link-button" onClick={() => drill(root.parentId!)}>
                {t('bulletins.report.up')}
              </button>
            </p>
          )}
          <TableWrap label={t('bulletins.report.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('bulletins.report.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bulletins.report.col.unit')}</th>
                  <th scope="col">{t('bulletins.report.col.recipients')}</th>
                  <th scope="col">{t('bulletins.report.col.read')}</th>
                  {ack && <th scope="col">{t('bulletins.report.col.acknowledged')}</th>}
                </tr>
              </thead>
              <tbody>
                {report.data.rows.map((row, index) => (
                  <tr key={row.unitId}>
                    <th scope="row">
                      {index > 0 ? (
                        <button type="button" className="link-button" onClick={() => drill(row.unitId)}>
                          {row.unitName}
                        </button>
                      ) : (
                        <strong>
                          {row.unitName} ({t('bulletins.report.total')})
                        </strong>
                      )}
                    </th>
                    <td>{row.recipients}</td>
                    <RateCell counts={row} ack={false} />
                    {ack && <RateCell counts={row} ack />}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {ack ? (
            <section className="section">
              <div className="panel__header">
                <h2 className="section-title">{t('bulletins.pending.title')}</h2>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={download.pending || !pending.data?.total}
                  onClick={() => void download.run()}
                >
                  {download.pending ? t('common.working') : t('bulletins.pending.export')}
                </button>
              </div>
              {download.error ? <ErrorAlert error={download.error} /> : null}
              {pending.error ? <ErrorAlert error={pending.error} /> : null}
              {!pending.data ? (
                pending.loading && <Loading />
              ) : pending.data.total === 0 ? (
                <Alert kind="success" title={t('bulletins.pending.empty')} />
              ) : (
                <>
                  <TableWrap label={t('bulletins.pending.title')}>
                    <table className="table">
                      <caption className="visually-hidden">{t('bulletins.pending.title')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('bulletins.pending.col.name')}</th>
                          <th scope="col">{t('bulletins.pending.col.unit')}</th>
                          <th scope="col">{t('bulletins.pending.col.read')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {pending.data.items.map((p) => (
                          <tr key={p.userId}>
                            <td>
                              {p.fullName}
                              <div className="muted">{p.username}</div>
                            </td>
                            <td>{p.unitName}</td>
                            <td className="nowrap">
                              {p.readAt ? formatDateTime(p.readAt) : t('bulletins.pending.notRead')}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableWrap>
                  <Pagination page={page} pageSize={100} total={pending.data.total} onPage={setPage} />
                </>
              )}
            </section>
          ) : (
            <Alert kind="info" title={t('bulletins.noAckRequired')} />
          )}
        </>
      )}
    </>
  );
}

/** Course completion, scores, drill results and acknowledgements for a unit and its children. */
export function DashboardPage() {
  const t = useT();
  const [unitId, setUnitId] = useReportUnit();
  const data = useApiData(unitId ? `awareness-dashboard|${unitId}` : null, (signal) =>
    bulletinsApi.dashboard(unitId, signal),
  );
  const root = data.data?.rows[0];
  const value = (text: string | null, detail?: string) => (
    <td className="nowrap">
      {text ?? '—'}
      {detail && <div className="muted">{detail}</div>}
    </td>
  );
  return (
    <>
      <PageHeader title={t('bulletins.dashboard.title')} description={t('bulletins.dashboard.lead')} />
      <ReportUnitPicker unitId={unitId} onChange={setUnitId} />
      {data.error ? <ErrorAlert error={data.error} /> : null}
      {!data.data ? (
        data.loading && <Loading />
      ) : (
        <>
          {root?.parentId && (
            <p>
              <button type="button" className="link-button" onClick={() => setUnitId(root.parentId!)}>
                {t('bulletins.report.up')}
              </button>
            </p>
          )}
          <TableWrap label={t('bulletins.dashboard.title')}>
            <table className="table table--wide">
              <caption className="visually-hidden">{t('bulletins.dashboard.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bulletins.report.col.unit')}</th>
                  <th scope="col">{t('bulletins.dashboard.col.completion')}</th>
                  <th scope="col">{t('bulletins.dashboard.col.avgScore')}</th>
                  <th scope="col">{t('bulletins.dashboard.col.phishProne')}</th>
                  <th scope="col">{t('bulletins.dashboard.col.reportRate')}</th>
                  <th scope="col">{t('bulletins.dashboard.col.ack')}</th>
                </tr>
              </thead>
              <tbody>
                {data.data.rows.map((row, index) => (
                  <tr key={row.unitId}>
                    <th scope="row">
                      {index > 0 ? (
                        <button type="button" className="link-button" onClick={() => setUnitId(row.unitId)}>
                          {row.unitName}
                        </button>
                      ) : (
                        <strong>
                          {row.unitName} ({t('bulletins.report.total')})
                        </strong>
                      )}
                    </th>
                    {value(
                      percentText(row.learning?.completionPercent),
                      row.learning
                        ? t('bulletins.fraction', {
                            part: row.learning.completed,
                            whole: row.learning.assigned,
                          })
                        : undefined,
                    )}
                    {value(row.learning?.avgScore == null ? null : String(row.learning.avgScore))}
                    {value(
                      percentText(row.drills?.phishPronePercent),
                      row.drills
                        ? t('bulletins.fraction', { part: row.drills.clicked, whole: row.drills.sent })
                        : undefined,
                    )}
                    {value(
                      percentText(row.drills?.reportRatePercent),
                      row.drills
                        ? t('bulletins.fraction', { part: row.drills.reported, whole: row.drills.sent })
                        : undefined,
                    )}
                    {value(
                      percentText(row.bulletins.ackRatePercent),
                      t('bulletins.fraction', {
                        part: row.bulletins.acknowledged,
                        whole: row.bulletins.recipients,
                      }),
                    )}
                  </tr>
                ))}
                {data.data.rows.length === 0 && (
                  <EmptyRow colSpan={6}>{t('bulletins.dashboard.empty')}</EmptyRow>
                )}
              </tbody>
            </table>
          </TableWrap>
          <p className="muted">{t('bulletins.dashboard.legend')}</p>
        </>
      )}
    </>
  );
}
