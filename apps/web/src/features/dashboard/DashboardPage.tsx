import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { downloadBlob } from '../../components/download';
import { SelectField } from '../../components/Field';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { type MessageKey, useI18n } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { type ChaseRow, type DashboardView, dashboardApi, type Figures, type NodeRow } from './api';
import { StandardTables } from './StandardTables';
import { StatusBars } from './StatusBars';
import './dashboard.css';

const percentOf = (value: number, total: number) =>
  total > 0 ? Math.round((value / total) * 1000) / 10 : null;

function Percent({ value }: { value: number | null }) {
  const { t, locale } = useI18n();
  if (value === null) return <span className="muted">—</span>;
  return <>{t('dashboard.percent', { value: value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}</>;
}

function Kpis({ figures }: { figures: Figures }) {
  const { t } = useI18n();
  const f = figures;
  const completeness = f.completeness === null ? null : Math.round(f.completeness * 1000) / 10;
  const items: {
    key: string;
    label: string;
    value: string | number;
    extra?: number | null;
    tone?: string;
    hint?: string;
  }[] = [
    { key: 'expected', label: t('dashboard.expected'), value: f.expected },
    {
      key: 'submitted',
      label: t('dashboard.submitted'),
      value: f.submitted,
      extra: percentOf(f.submitted, f.expected),
    },
    { key: 'onTime', label: t('dashboard.onTime'), value: f.onTime, extra: percentOf(f.onTime, f.expected) },
    {
      key: 'late',
      label: t('dashboard.late'),
      value: f.late,
      tone: f.late > 0 ? 'danger' : 'success',
    },
    {
      key: 'approved',
      label: t('dashboard.approved'),
      value: f.approved,
      extra: percentOf(f.approved, f.expected),
      tone: f.expected > 0 && f.approved === f.expected ? 'success' : undefined,
    },
    {
      key: 'completeness',
      label: t('dashboard.completeness'),
      value: completeness === null ? t('dashboard.noData') : t('dashboard.percent', { value: completeness }),
      hint: t('dashboard.completenessHint', { count: f.withData }),
    },
    {
      key: 'issues',
      label: t('dashboard.issues'),
      value: f.openIssues,
      tone: f.blockingIssues > 0 ? 'warning' : undefined,
      hint: t('dashboard.issuesHint'),
    },
  ];
  return (
    <dl className="stats dash-kpis" aria-label={t('dashboard.kpis')}>
      {items.map((item) => (
        <div
          key={item.key}
          className={item.tone ? `stats__item--${item.tone}` : undefined}
          data-kpi={item.key}
          title={item.hint}
        >
          <dt>{item.label}</dt>
          <dd>
            {item.value}
            {item.extra !== undefined && item.extra !== null && (
              <span className="dash-kpis__extra"> · {t('dashboard.percent', { value: item.extra })}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FiguresTable({ view, linkTo }: { view: DashboardView; linkTo: (row: NodeRow) => string }) {
  const { t } = useI18n();
  const rows = view.children;
  const columns: { key: string; label: MessageKey; cell: (f: Figures) => React.ReactNode }[] = [
    { key: 'expected', label: 'dashboard.expected', cell: (f) => f.expected },
    { key: 'submitted', label: 'dashboard.submitted', cell: (f) => f.submitted },
    { key: 'onTime', label: 'dashboard.onTime', cell: (f) => f.onTime },
    { key: 'late', label: 'dashboard.late', cell: (f) => f.late },
    { key: 'returned', label: 'dashboard.returned', cell: (f) => f.returned },
    { key: 'approved', label: 'dashboard.approved', cell: (f) => f.approved },
    {
      key: 'completeness',
      label: 'dashboard.completeness',
      cell: (f) => (
        <Percent value={f.completeness === null ? null : Math.round(f.completeness * 1000) / 10} />
      ),
    },
    { key: 'issues', label: 'dashboard.issues', cell: (f) => f.openIssues },
  ];
  return (
    <TableWrap label={t('dashboard.table')}>
      <table className="table table--compact dash-table">
        <caption className="visually-hidden">{t('dashboard.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.unit')}</th>
            {columns.map((c) => (
              <th scope="col" className="num" key={c.key}>
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow colSpan={columns.length + 1}>{t('dashboard.empty')}</EmptyRow>}
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.hasChildren ? (
                  <Link
                    to={linkTo(row)}
                    className="strong-link"
                    aria-label={t('dashboard.drill', { name: row.name })}
                  >
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              {columns.map((c) => (
                <td className="num" key={c.key}>
                  {c.cell(row.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {rows.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              {columns.map((c) => (
                <td className="num" key={c.key}>
                  {c.cell(view.node.figures)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </TableWrap>
  );
}

const STATE_TONE: Record<string, 'danger' | 'warning' | 'neutral'> = {
  not_submitted: 'danger',
  returned: 'warning',
};

function ChaseList({ view }: { view: DashboardView }) {
  const { t } = useI18n();
  const rows = view.chase;
  return (
    <section className="section" aria-labelledby="dash-chase">
      <h2 className="section-title" id="dash-chase">
        {t('dashboard.chase')}
      </h2>
      <p className="muted">{t('dashboard.chaseLead')}</p>
      {rows.length === 0 ? (
        <Alert kind="success" title={t('dashboard.chaseEmpty')} />
      ) : (
        <>
          {view.chaseTotal > rows.length && (
            <p className="muted">
              {t('dashboard.chaseMore', { shown: rows.length, total: view.chaseTotal })}
            </p>
          )}
          <ul className="dash-chase">
            {rows.map((row: ChaseRow) => (
              <li key={row.unitId} className="dash-chase__item">
                <div className="dash-chase__head">
                  <strong>{row.name}</strong>
                  <Badge tone={STATE_TONE[row.state] ?? 'neutral'}>
                    {t(`dashboard.state.${row.state}` as MessageKey)}
                  </Badge>
                  {row.late && <Badge tone="danger">{t('dashboard.late')}</Badge>}
                </div>
                <p className="muted dash-chase__meta">
                  <code>{row.code}</code>
                  {row.parentName && ` · ${t('dashboard.parent')}: ${row.parentName}`}
                  {row.exceptionUntil &&
                    ` · ${t('dashboard.exceptionUntil', { date: formatDateTime(row.exceptionUntil) })}`}
                </p>
                <ul className="dash-chase__contacts" aria-label={t('dashboard.contacts')}>
                  {row.contacts.length === 0 && !row.phone && !row.email && (
                    <li className="muted">{t('dashboard.noContact')}</li>
                  )}
                  {row.contacts.map((c) => (
                    <li key={`${c.name}|${c.email ?? ''}`}>
                      {c.name} <span className="muted">({t(`dashboard.duty.${c.duty}` as MessageKey)})</span>
                      {c.email && (
                        <>
                          {' · '}
                          <a href={`mailto:${c.email}`}>{c.email}</a>
                        </>
                      )}
                    </li>
                  ))}
                  {(row.phone || row.email) && (
                    <li>
                      {row.phone && (
                        <>
                          {t('dashboard.phone')}:{' '}
                          <a href={`tel:${row.phone.replace(/[^\d+]/g, '')}`}>{row.phone}</a>
                        </>
                      )}
                      {row.phone && row.email && ' · '}
                      {row.email && <a href={`mailto:${row.email}`}>{row.email}</a>}
                    </li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The completeness dashboard: pick a period, read the tree rolled up under
 * the unit in the address (the caller's top unit by default), drill down,
 * chase who is late and read the standard tables from approved data.
 */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const periods = useApiData('dashboard-periods', (signal) => dashboardApi.periods(signal));
  const periodId = params.get('period') ?? periods.data?.items[0]?.id ?? '';
  const unitId = params.get('unit') ?? undefined;
  const query = { periodId, unitId };
  const key = periodId ? `${periodId}|${unitId ?? ''}|${locale}` : null;
  const view = useApiData(key, (signal) => dashboardApi.view(query, signal));
  const [exporting, setExporting] = useState(false);

  const linkTo = (row: { id: string }) =>
    `?${new URLSearchParams({ period: periodId, unit: row.id }).toString()}`;

  async function exportXlsx() {
    if (exporting || !periodId) return;
    setExporting(true);
    try {
      const file = await dashboardApi.exportXlsx(query);
      const name = file.filename ?? 'bang-dieu-khien.xlsx';
      downloadBlob(file.blob, name);
      toast.success(t('dashboard.exported', { name }));
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('error.unexpected'));
    } finally {
      setExporting(false);
    }
  }

  const data = view.data;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.lead')}
        actions={
          periodId ? (
            <button
              type="button"
              className="button"
              onClick={exportXlsx}
              disabled={exporting}
              aria-busy={exporting}
            >
              {exporting ? t('dashboard.exporting') : t('dashboard.export')}
            </button>
          ) : null
        }
      />
      {periods.error ? <ErrorAlert error={periods.error} /> : null}
      {periods.loading && !periods.data && <Loading />}
      {periods.data && periods.data.items.length === 0 && (
        <Alert kind="info" title={t('dashboard.noPeriods')} />
      )}
      {periods.data && periods.data.items.length > 0 && (
        <section className="toolbar" aria-label={t('dashboard.period')}>
          <SelectField
            label={t('dashboard.period')}
            value={periodId}
            onChange={(id) => setParams(new URLSearchParams({ period: id }))}
            options={periods.data.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        </section>
      )}
      {view.error ? <ErrorAlert error={view.error} /> : null}
      {view.loading && !data && <Loading />}
      {data && (
        <div aria-busy={view.loading}>
          <p className="muted dash-period">
            {t('dashboard.deadline', { date: formatDateTime(data.period.deadlineAt) })}{' '}
            <Badge tone={data.period.deadlinePassed ? 'warning' : 'info'}>
              {data.period.deadlinePassed ? t('dashboard.deadlinePassed') : t('dashboard.deadlineOpen')}
            </Badge>
            {' · '}
            {t('dashboard.treeAsOf', { date: formatDate(data.period.treeAsOf) })}
          </p>
          <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
            <ol className="dash-crumbs">
              {data.breadcrumb.map((crumb, i) => (
                <li key={crumb.id}>
                  {i === data.breadcrumb.length - 1 ? (
                    <span aria-current="page">{crumb.name}</span>
                  ) : (
                    <Link to={linkTo(crumb)}>{crumb.name}</Link>
                  )}
                </li>
              ))}
            </ol>
          </nav>
          <h2 className="section-title">{data.node.name}</h2>
          <Kpis figures={data.node.figures} />
          {data.node.figures.expected === 0 && <Alert kind="info" title={t('dashboard.empty')} />}
          {data.children.length > 0 && (
            <section className="section" aria-labelledby="dash-children">
              <h2 className="section-title" id="dash-children">
                {t('dashboard.children')}
              </h2>
              <StatusBars rows={data.children} linkTo={linkTo} />
              <FiguresTable view={data} linkTo={linkTo} />
            </section>
          )}
          <ChaseList view={data} />
          <StandardTables periodId={periodId} unitId={unitId} />
        </div>
      )}
    </>
  );
}
