import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { RadioGroup } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { bulletinsApi, type InboxItem, type InboxView } from './api';
import { BulletinBody } from './BulletinBody';
import { isOverdue, SEVERITY_TONE } from './labels';

type Filter = 'all' | 'unread' | 'unacknowledged';
const PAGE_SIZE = 20;

/** Kind, severity and the receipt state of one bulletin, as badges. */
export function ReceiptBadges({ item }: { item: InboxItem }) {
  const t = useT();
  return (
    <>
      <Badge tone={SEVERITY_TONE[item.severity]}>{t(`bulletins.severity.${item.severity}`)}</Badge>
      <Badge tone={item.kind === 'scam_alert' ? 'warning' : 'neutral'}>
        {t(`bulletins.kind.${item.kind}`)}
      </Badge>
      {!item.readAt && <Badge tone="info">{t('bulletins.unread')}</Badge>}
      {item.requiresAck &&
        (item.acknowledgedAt ? (
          <Badge tone="success">{t('bulletins.acknowledged')}</Badge>
        ) : isOverdue(item.ackDeadline, item.acknowledgedAt) ? (
          <Badge tone="danger">{t('bulletins.overdue')}</Badge>
        ) : (
          <Badge tone="warning">{t('bulletins.needsAck')}</Badge>
        ))}
    </>
  );
}

/** Bulletins and alerts addressed to the signed-in user; those awaiting acknowledgement first. */
export function InboxPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const inbox = useApiData(`bulletins-inbox|${filter}|${page}`, (signal) =>
    bulletinsApi.inbox({ filter, page, pageSize: PAGE_SIZE }, signal),
  );
  return (
    <>
      <PageHeader title={t('bulletins.inbox.title')} description={t('bulletins.inbox.lead')} />
      <RadioGroup<Filter>
        legend={t('bulletins.inbox.filter')}
        name="bulletin-filter"
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('bulletins.inbox.filter.all') },
          { value: 'unread', label: t('bulletins.inbox.filter.unread') },
          { value: 'unacknowledged', label: t('bulletins.inbox.filter.unacknowledged') },
        ]}
      />
      {inbox.error ? <ErrorAlert error={inbox.error} /> : null}
      {!inbox.data ? (
        inbox.loading && <Loading />
      ) : (
        <>
          <p className="muted">
            {t('bulletins.inbox.counts', {
              unread: inbox.data.unread,
              unacknowledged: inbox.data.unacknowledged,
            })}
          </p>
          {inbox.data.items.length === 0 ? (
            <Alert kind="info" title={t('bulletins.inbox.empty')} />
          ) : (
            <ul className="bulletin-list">
              {inbox.data.items.map((item) => (
                <li
                  key={item.id}
                  className={`bulletin-card bulletin-card--${item.severity}${item.readAt ? '' : ' bulletin-card--unread'}`}
                >
                  <div className="bulletin-card__meta">
                    <ReceiptBadges item={item} />
                  </div>
                  <h2 className="bulletin-card__title">
                    <Link to={`/bulletins/inbox/${item.id}`} className="strong-link">
                      {item.title}
                    </Link>
                  </h2>
                  {item.summary && <p className="bulletin-card__summary">{item.summary}</p>}
                  <div className="bulletin-card__meta muted">
                    <span>{item.unitName}</span>
                    <span>{formatDateTime(item.publishedAt)}</span>
                    {item.requiresAck && item.ackDeadline && !item.acknowledgedAt && (
                      <span>{t('bulletins.ackDue', { date: formatDateTime(item.ackDeadline) })}</span>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={inbox.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

/** One bulletin: opening it records the read receipt; acknowledging is one button. */
export function InboxItemPage() {
  const t = useT();
  const toast = useToast();
  const { id = '' } = useParams();
  const [item, setItem] = useState<InboxView | null>(null);
  const loaded = useApiData(`bulletins-inbox-item|${id}`, (signal) => bulletinsApi.inboxItem(id, signal));
  const read = useAction((bulletinId: string) => bulletinsApi.markRead(bulletinId));
  const ack = useAction((bulletinId: string) => bulletinsApi.acknowledge(bulletinId));
  const runRead = read.run;

  useEffect(() => {
    if (!loaded.data) return;
    setItem(loaded.data);
    if (!loaded.data.readAt) void runRead(loaded.data.id).then((fresh) => fresh && setItem(fresh));
  }, [loaded.data, runRead]);

  const acknowledge = async () => {
    const fresh = await ack.run(id);
    if (fresh) {
      setItem(fresh);
      toast.success(t('bulletins.ack.done'));
    }
  };

  return (
    <article className="bulletin-article">
      <p>
        <Link to="/bulletins/inbox">{t('bulletins.backToInbox')}</Link>
      </p>
      {loaded.error ? <ErrorAlert error={loaded.error} /> : null}
      {!item ? (
        loaded.loading && <Loading />
      ) : (
        <>
          <PageHeader title={item.title} />
          <div className="bulletin-article__header">
            <div className="bulletin-card__meta">
              <ReceiptBadges item={item} />
            </div>
            <p className="muted">
              {t('bulletins.from', { unit: item.unitName })} · {formatDateTime(item.publishedAt)}
            </p>
            {item.summary && (
              <p>
                <strong>{item.summary}</strong>
              </p>
            )}
          </div>
          <BulletinBody html={item.bodyHtml} />
          {item.requiresAck && (
            <section className="bulletin-ack" aria-labelledby="bulletin-ack-title">
              <h2 id="bulletin-ack-title" className="subsection-title">
                {t('bulletins.ack.heading')}
              </h2>
              {item.acknowledgedAt ? (
                <Alert
                  kind="success"
                  title={t('bulletins.acknowledgedOn', { date: formatDateTime(item.acknowledgedAt) })}
                />
              ) : (
                <>
                  <p>
                    {t('bulletins.ack.prompt')}
                    {item.ackDeadline
                      ? ` ${t('bulletins.ackDue', { date: formatDateTime(item.ackDeadline) })}`
                      : ''}
                  </p>
                  {ack.error ? <ErrorAlert error={ack.error} /> : null}
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={ack.pending}
                    onClick={acknowledge}
                  >
                    {ack.pending ? t('common.working') : t('bulletins.ack.button')}
                  </button>
                </>
              )}
            </section>
          )}
        </>
      )}
    </article>
  );
}
