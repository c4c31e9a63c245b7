import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/client';
import type { ImportBatch } from '../../../api/sector';
import { ErrorAlert, Loading } from '../../../components/Alert';
import { Badge } from '../../../components/Badge';
import { useApiData } from '../../../components/hooks';
import { Pagination } from '../../../components/Pagination';
import { EmptyRow, TableWrap } from '../../../components/Table';
import { useI18n } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { ErrorWorkbookButton, statusLabel } from './ImportParts';

/** A line of GET /api/imports: a school's past imports, newest first. */
export interface ImportListItem {
  id: string;
  filename: string;
  status: ImportBatch['status'];
  mode: string | null;
  createdAt: string;
  finishedAt: string | null;
  createdBy: { id: string; name: string } | null;
  counts: { rows: number; valid: number; withWarnings: number; blocking: number } | null;
  commit: { mode: string; created: number; updated: number; unchanged: number; skipped: number } | null;
  errorWorkbook: boolean;
  error: { code: string; message: string } | null;
}

interface ImportList {
  page: number;
  pageSize: number;
  total: number;
  items: ImportListItem[];
}

const PAGE_SIZE = 10;

export const importHistoryApi = {
  list: (unitId: string, page: number, signal?: AbortSignal) =>
    api<ImportList>('/api/imports', { signal, query: { unitId, page, pageSize: PAGE_SIZE } }),
};

export function statusTone(status: ImportBatch['status']) {
  if (status === 'committed') return 'success' as const;
  if (status === 'failed') return 'danger' as const;
  if (status === 'cancelled') return 'neutral' as const;
  if (status === 'analysed') return 'warning' as const;
  return 'info' as const;
}

/** The school's imports as the server keeps them: who, when, what happened, the error workbook. */
export function ImportHistory({ schoolId }: { schoolId: string }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const [page, setPage] = useState(1);
  const list = useApiData(schoolId ? `imports|${schoolId}|${page}|${locale}` : null, (signal) =>
    importHistoryApi.list(schoolId, page, signal),
  );
  return (
    <section className="section" aria-labelledby="import-history">
      <h2 id="import-history" className="section-title">
        {t('simport.history')}
      </h2>
      {!schoolId ? (
        <p className="muted">{t('simport.historyChooseSchool')}</p>
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <TableWrap label={t('simport.history')}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('simport.historyAt')}</th>
                  <th scope="col">{t('simport.historyFile')}</th>
                  <th scope="col">{t('simport.historyBy')}</th>
                  <th scope="col">{t('student.status')}</th>
                  <th scope="col">{t('simport.historyResult')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('simport.errorWorkbook')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.length === 0 && <EmptyRow colSpan={6}>{t('simport.historyEmpty')}</EmptyRow>}
                {list.data.items.map((item) => (
                  <tr key={item.id}>
                    <td className="nowrap">{formatDateTime(item.createdAt)}</td>
                    <td>
                      <Link
                        to={{
                          pathname: `/sector/imports/${encodeURIComponent(item.id)}`,
                          search: `?${params.toString()}`,
                        }}
                      >
                        {item.filename}
                      </Link>
                    </td>
                    <td>{item.createdBy?.name ?? '—'}</td>
                    <td>
                      <Badge tone={statusTone(item.status)}>{statusLabel(item.status, t)}</Badge>
                    </td>
                    <td>{resultText(item, t)}</td>
                    <td>
                      <ErrorWorkbookButton batch={item} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {list.data.total > PAGE_SIZE && (
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
          )}
        </>
      )}
    </section>
  );
}

function resultText(item: ImportListItem, t: ReturnType<typeof useI18n>['t']): string {
  if (item.error) return item.error.message;
  if (item.commit)
    return t('simport.historyWritten', {
      created: item.commit.created,
      updated: item.commit.updated,
      skipped: item.commit.skipped,
    });
  if (item.counts)
    return t('simport.historyCounts', {
      rows: item.counts.rows,
      blocking: item.counts.blocking,
    });
  return '—';
}
