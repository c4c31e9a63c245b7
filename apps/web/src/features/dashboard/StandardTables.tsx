import { ErrorAlert, Loading } from '../../components/Alert';
import { useApiData } from '../../components/hooks';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { dashboardApi, type StandardTable } from './api';

/** A two-dimension table (grade × sex) as a grid: one row per first value, one column per second. */
function Pivot({ table }: { table: StandardTable }) {
  const { t } = useI18n();
  const columns = [...new Map(table.rows.map((r) => [r.dim2, r.label2])).entries()];
  const rows = [...new Map(table.rows.map((r) => [r.dim1, r.label1])).entries()];
  const cell = (d1: string, d2: string) => table.rows.find((r) => r.dim1 === d1 && r.dim2 === d2)?.value ?? 0;
  const rowTotal = (d1: string) => table.rows.filter((r) => r.dim1 === d1).reduce((s, r) => s + r.value, 0);
  const colTotal = (d2: string) => table.rows.filter((r) => r.dim2 === d2).reduce((s, r) => s + r.value, 0);
  return (
    <table className="table table--compact">
      <caption className="table__caption">{table.title}</caption>
      <thead>
        <tr>
          <th scope="col">{table.dim1Title}</th>
          {columns.map(([code, label]) => (
            <th scope="col" className="num" key={code}>
              {label}
            </th>
          ))}
          <th scope="col" className="num">
            {t('dashboard.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={2}>{t('dashboard.tableEmpty')}</EmptyRow>}
        {rows.map(([d1, label]) => (
          <tr key={d1}>
            <th scope="row">{label}</th>
            {columns.map(([d2]) => (
              <td className="num" key={d2}>
                {cell(d1, d2)}
              </td>
            ))}
            <td className="num">{rowTotal(d1)}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > 0 && (
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            {columns.map(([d2]) => (
              <td className="num" key={d2}>
                {colTotal(d2)}
              </td>
            ))}
            <td className="num">{table.total}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Simple({ table }: { table: StandardTable }) {
  const { t } = useI18n();
  return (
    <table className="table table--compact">
      <caption className="table__caption">{table.title}</caption>
      <thead>
        <tr>
          <th scope="col">{table.dim1Title}</th>
          <th scope="col" className="num">
            {t('dashboard.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 && <EmptyRow colSpan={2}>{t('dashboard.tableEmpty')}</EmptyRow>}
        {table.rows.map((r) => (
          <tr key={r.dim1}>
            <th scope="row">{r.label1}</th>
            <td className="num">{r.value}</td>
          </tr>
        ))}
      </tbody>
      {table.rows.length > 0 && (
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            <td className="num">{table.total}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The standard statistical tables under the node, from approved submissions only. */
export function StandardTables({ periodId, unitId }: { periodId: string; unitId: string | undefined }) {
  const { t, locale } = useI18n();
  const data = useApiData(`tables|${periodId}|${unitId ?? ''}|${locale}`, (signal) =>
    dashboardApi.tables({ periodId, unitId }, signal),
  );
  return (
    <section className="section" aria-labelledby="dash-tables">
      <h2 className="section-title" id="dash-tables">
        {t('dashboard.tables')}
      </h2>
      {data.error ? <ErrorAlert error={data.error} /> : null}
      {data.loading && !data.data && <Loading />}
      {data.data && (
        <>
          <p className="muted">
            {t('dashboard.tablesLead', { approved: data.data.approvedUnits, expected: data.data.expected })}
          </p>
          <div className="dash-tables">
            {data.data.tables.map((table) => (
              <TableWrap key={table.code} label={table.title}>
                {table.dim2Title ? <Pivot table={table} /> : <Simple table={table} />}
              </TableWrap>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
