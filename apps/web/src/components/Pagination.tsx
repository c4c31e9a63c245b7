import { useT } from '../i18n';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__summary">{t('pagination.summary', { first, last, total })}</p>
      <div className="pagination__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t('pagination.previous')}
        </button>
        <span className="pagination__page">{t('pagination.page', { page, pages })}</span>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}
