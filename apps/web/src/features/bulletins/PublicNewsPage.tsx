import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { useApiData } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { bulletinsApi, type PublicItem } from './api';
import { BulletinBody } from './BulletinBody';
import { SEVERITY_TONE } from './labels';
import './bulletins.css';

const PAGE_SIZE = 10;

function Badges({ item }: { item: PublicItem }) {
  const t = useT();
  return (
    <div className="bulletin-card__meta">
      <Badge tone={SEVERITY_TONE[item.severity]}>{t(`bulletins.severity.${item.severity}`)}</Badge>
      <Badge tone={item.kind === 'scam_alert' ? 'warning' : 'neutral'}>
        {t(`bulletins.kind.${item.kind}`)}
      </Badge>
      <span className="muted">
        {item.unitName} · {formatDateTime(item.publishedAt)}
      </span>
    </div>
  );
}

function NewsList() {
  const t = useT();
  const [page, setPage] = useState(1);
  usePageTitle(t('bulletins.public.title'));
  const news = useApiData(`public-news|${page}`, (signal) => bulletinsApi.publicList(page, signal));
  return (
    <>
      <h1 className="page-title">{t('bulletins.public.title')}</h1>
      <p className="page-description">{t('bulletins.public.lead')}</p>
      {news.error ? <ErrorAlert error={news.error} /> : null}
      {!news.data ? (
        news.loading && <Loading />
      ) : news.data.items.length === 0 ? (
        <Alert kind="info" title={t('bulletins.public.empty')} />
      ) : (
        <>
          <ul className="bulletin-list">
            {news.data.items.map((item) => (
              <li key={item.id} className={`bulletin-card bulletin-card--${item.severity}`}>
                <Badges item={item} />
                <h2 className="bulletin-card__title">
                  <Link to={`/news/${item.id}`} className="strong-link">
                    {item.title}
                  </Link>
                </h2>
                {item.summary && <p className="bulletin-card__summary">{item.summary}</p>}
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={news.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

function NewsItem() {
  const t = useT();
  const { id = '' } = useParams();
  const item = useApiData(`public-news-item|${id}`, (signal) => bulletinsApi.publicItem(id, signal));
  usePageTitle(item.data?.title ?? t('bulletins.public.title'));
  return (
    <article className="bulletin-article">
      <p>
        <Link to="/news">{t('bulletins.public.back')}</Link>
      </p>
      {item.error ? <ErrorAlert error={item.error} /> : null}
      {!item.data ? (
        item.loading && <Loading />
      ) : (
        <>
          <h1 className="page-title">{item.data.title}</h1>
          <Badges item={item.data} />
          {item.data.summary && (
            <p>
              <strong>{item.data.summary}</strong>
            </p>
          )}
          <BulletinBody html={item.data.bodyHtml} />
        </>
      )}
    </article>
  );
}

/**
 * The public news page (no sign-in, inside the public layout): published
 * public bulletins and scam alerts, one page per item, and the RSS feed.
 */
export function PublicNewsPage() {
  const t = useT();
  return (
    <div className="public-news">
      <p className="public-news__links">
        <a href="/api/public/bulletins.rss">{t('bulletins.public.rss')}</a>
        <Link to="/login">{t('bulletins.public.signIn')}</Link>
      </p>
      <Routes>
        <Route index element={<NewsList />} />
        <Route path=":id" element={<NewsItem />} />
      </Routes>
    </div>
  );
}
