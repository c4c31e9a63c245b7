import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { announceNoticesChanged, NOTICE_PAGE_SIZE, type Notice, type NoticeChannel, notifyApi } from './api';
import { kindKey } from './labels';
import './notifications.css';

const STATUS_TONE: Record<NoticeChannel['status'], BadgeTone> = {
  queued: 'info',
  sent: 'success',
  failed: 'danger',
  skipped: 'neutral',
};

/** The signed-in user's own notifications: newest first, unread marked, with links to what they are about. */
export function NotificationsPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unreadOnly = params.get('show') === 'unread';
  const list = useApiData(`notices|${page}|${unreadOnly}|${locale}`, (signal) =>
    notifyApi.list({ page, pageSize: NOTICE_PAGE_SIZE, unread: unreadOnly }, signal),
  );
  const markOne = useAction(notifyApi.markRead);
  const markAll = useAction(notifyApi.markAllRead);

  const go = (next: { page?: number; unread?: boolean }) => {
    const search = new URLSearchParams();
    const u = next.unread ?? unreadOnly;
    if (u) search.set('show', 'unread');
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    setParams(search);
  };

  const read = async (notice: Notice) => {
    if (notice.readAt) return;
    if (await markOne.run(notice.id)) {
      announceNoticesChanged();
      list.reload();
    }
  };

  const data = list.data;
  return (
    <>
      <PageHeader
        title={t('notify.title')}
        description={t('notify.lead')}
        actions={
          <button
            type="button"
            className="button button--secondary"
            disabled={markAll.pending || !data || data.unread === 0}
            onClick={async () => {
              const result = await markAll.run();
              if (result) {
                toast.success(t('notify.markedAllRead', { count: result.updated }));
                announceNoticesChanged();
                list.reload();
              }
            }}
          >
            {t('notify.markAllRead')}
          </button>
        }
      />
      <div className="notify-toolbar">
        <fieldset className="notify-filter">
          <legend className="visually-hidden">{t('notify.filterLabel')}</legend>
          <button
            type="button"
            className={`button button--small ${unreadOnly ? 'button--ghost' : 'button--primary'}`}
            aria-pressed={!unreadOnly}
            onClick={() => go({ unread: false })}
          >
            {t('notify.filterAll')}
          </button>
          <button
            type="button"
            className={`button button--small ${unreadOnly ? 'button--primary' : 'button--ghost'}`}
            aria-pressed={unreadOnly}
            onClick={() => go({ unread: true })}
          >
            {t('notify.filterUnread')}
          </button>
        </fieldset>
        {data && (
          <p className="notify-toolbar__summary" role="status">
            {data.unread > 0 ? t('notify.unreadSummary', { count: data.unread }) : t('notify.allRead')}
          </p>
        )}
      </div>
      <ErrorAlert error={list.error ?? markOne.error ?? markAll.error} />
      {list.loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 && (
        <p className="notify-empty">{unreadOnly ? t('notify.emptyUnread') : t('notify.empty')}</p>
      )}
      {data && data.items.length > 0 && (
        <ul className="notify-list">
          {data.items.map((n) => (
            <li key={n.id} className={`notify-item${n.readAt ? '' : ' notify-item--unread'}`}>
              <div className="notify-item__head">
                <span className="notify-item__kind">{t(kindKey(n.kind))}</span>
                {!n.readAt && <Badge tone="info">{t('notify.new')}</Badge>}
                <time className="notify-item__time" dateTime={n.createdAt}>
                  {formatDateTime(n.createdAt)}
                </time>
              </div>
              <h2 className="notify-item__title">{n.title}</h2>
              <p className="notify-item__body">{n.body}</p>
              <div className="notify-item__meta">
                {n.unitName && (
                  <span>
                    {t('notify.unit')}: {n.unitName}
                  </span>
                )}
                {n.channels.length > 0 && (
                  <span className="notify-item__channels">
                    {t('notify.sentVia')}:{' '}
                    {n.channels.map((c) => (
                      <Badge key={c.channel} tone={STATUS_TONE[c.status]}>
                        {t(`notify.channel.${c.channel}`)} — {t(`notify.status.${c.status}`)}
                      </Badge>
                    ))}
                  </span>
                )}
              </div>
              <div className="notify-item__actions">
                {n.link && (
                  <Link
                    to={n.link}
                    className="button button--primary button--small"
                    onClick={() => void read(n)}
                  >
                    {t('notify.open')}
                  </Link>
                )}
                {!n.readAt && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={markOne.pending}
                    onClick={() => void read(n)}
                  >
                    {t('notify.markRead')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {data && data.total > data.pageSize && (
        <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={(p) => go({ page: p })} />
      )}
    </>
  );
}
